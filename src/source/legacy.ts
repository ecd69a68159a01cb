/**
 * Legacy .doc/.xls (OLE compound files): converted to .docx/.xlsx by LibreOffice when it is
 * installed (`soffice --headless --convert-to`), in a private temporary profile and directory,
 * within the time budget (the conversion has its own; reading the converted file another); else
 * a clear message.
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError } from './errors.js';
import type { Limits } from './limits.js';

let available: boolean | undefined;

export function libreOfficeAvailable(): boolean {
  if (available === undefined) {
    try {
      execFileSync('soffice', ['--version'], { stdio: 'ignore', timeout: 20_000 });
      available = true;
    } catch {
      available = false;
    }
  }
  return available;
}

/** Which Office program wrote an OLE file: its directory names the main stream (UTF-16). */
export function legacyKind(bytes: Buffer): 'doc' | 'xls' | null {
  const utf16 = (s: string) => Buffer.from(s, 'utf16le');
  if (bytes.includes(utf16('WordDocument'))) return 'doc';
  if (bytes.includes(utf16('Workbook')) || bytes.includes(utf16('Book'))) return 'xls';
  return null;
}

/** Convert in a child process (asynchronously: other files go on being read meanwhile), within the time budget. */
export async function convertLegacy(
  bytes: Buffer,
  file: string,
  limits: Limits,
): Promise<{ bytes: Buffer; format: 'docx' | 'xlsx' }> {
  if (!libreOfficeAvailable())
    throw new InputError(
      '旧版 Office 文件（.doc/.xls）需要先转换：请安装 LibreOffice，或另存为 .docx/.xlsx',
      'legacy Office file (.doc/.xls): install LibreOffice to convert it, or save it as .docx/.xlsx',
      file,
    );
  const kind = legacyKind(bytes);
  if (!kind) throw new InputError('无法识别的旧版 Office 文件', 'unrecognised legacy Office file', file);
  const target = kind === 'doc' ? 'docx' : 'xlsx';
  const converted = await convertWithLibreOffice(bytes, kind, target, limits.timeMs);
  if (!converted)
    throw new InputError(
      'LibreOffice 无法转换该文件（已损坏或超时）',
      'LibreOffice could not convert the file (damaged or timed out)',
      file,
    );
  return { bytes: converted, format: target };
}

/**
 * Convert bytes with LibreOffice (`soffice --headless --convert-to <target>`) in a private temporary
 * profile and directory, asynchronously, killed at `timeMs`. Null when it failed or produced nothing.
 * The legacy reader converts .doc/.xls with it; the writer converts its DOCX to PDF.
 */
export async function convertWithLibreOffice(
  bytes: Buffer,
  inputExtension: string,
  target: string,
  timeMs: number,
): Promise<Buffer | null> {
  return (await convertAllWithLibreOffice([bytes], inputExtension, target, timeMs))[0] ?? null;
}

/**
 * Convert several files in one LibreOffice run: soffice takes many files and pays its start-up (a
 * second or more, several on a loaded machine) once. Each result in the order given, null for one that
 * produced nothing; all null when the run failed or took longer than `timeMs`.
 */
export async function convertAllWithLibreOffice(
  files: Buffer[],
  inputExtension: string,
  target: string,
  timeMs: number,
): Promise<Array<Buffer | null>> {
  const dir = mkdtempSync(join(tmpdir(), 'budgetlens-office-'));
  try {
    const inputs = files.map((bytes, i) => {
      const input = join(dir, `input-${i}.${inputExtension}`);
      writeFileSync(input, bytes);
      return input;
    });
    const failed = await new Promise<boolean>((resolve) =>
      execFile(
        'soffice',
        [
          `-env:UserInstallation=file://${join(dir, 'profile')}`,
          '--headless',
          '--norestore',
          '--convert-to',
          target,
          '--outdir',
          join(dir, 'out'),
          ...inputs,
        ],
        { timeout: timeMs, killSignal: 'SIGKILL' },
        (error) => resolve(error !== null),
      ),
    );
    const extension = target.split(':')[0] as string;
    const out = join(dir, 'out');
    const produced = new Set(failed || !existsSync(out) ? [] : readdirSync(out));
    return files.map((_, i) => {
      const name = `input-${i}.${extension}`;
      return produced.has(name) ? readFileSync(join(dir, 'out', name)) : null;
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
