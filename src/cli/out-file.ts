/** The --out file: checked before any file is read, written whole (temp file + rename), nothing left behind. */
import { renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { InputError } from '../source/errors.js';

/** Refuse an --out path that cannot be written, before a long run is spent on it. */
export function checkOutPath(path: string): void {
  const folder = dirname(resolve(path));
  const kind = (p: string) => {
    try {
      return statSync(p).isDirectory() ? 'folder' : 'file';
    } catch {
      return null;
    }
  };
  if (kind(path) === 'folder')
    throw new InputError('输出路径是一个文件夹，请给出文件名', 'the output path is a folder: give a file name', path);
  if (kind(folder) !== 'folder')
    throw new InputError(`输出文件夹 ${folder} 不存在`, `the output folder ${folder} does not exist`, path);
}

/** Write the whole output at once: never a half-written file, and no temporary file left on failure. */
export function writeOut(path: string, text: string): void {
  const temp = `${path}.tmp-${process.pid}`;
  try {
    writeFileSync(temp, text);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    const code = (error as { code?: string }).code ?? (error instanceof Error ? error.message : String(error));
    throw new InputError(`无法写入输出文件（${code}）`, `cannot write the output file (${code})`, path);
  }
}
