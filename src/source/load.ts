import { createReadStream, readFileSync, statSync } from 'node:fs';
import type { Readable } from 'node:stream';
import type { SourceFormat } from '../model/types.js';
import { InputError } from './errors.js';
import { DEFAULT_LIMITS, type Limits } from './limits.js';

export { DEFAULT_LIMITS, type Limits };

export interface LoadedSource {
  file: string;
  bytes: Buffer;
  sha256: string;
  /** `ole`: a legacy .doc/.xls (OLE compound file). */
  format: SourceFormat | 'ole' | 'unknown-binary';
}

/** Sniff the format from the content, not the extension. */
export function sniff(bytes: Buffer): LoadedSource['format'] {
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    // Entry names: the central directory at the end lists them all, the first local headers too.
    const names =
      bytes.subarray(0, 4096).toString('latin1') + bytes.subarray(Math.max(0, bytes.length - 65536)).toString('latin1');
    if (names.includes('word/')) return 'docx';
    if (names.includes('xl/')) return 'xlsx';
    return 'unknown-binary';
  }
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return 'ole';
  const sample = bytes.subarray(0, Math.min(bytes.length, 8192));
  if (sample.includes(0)) return 'unknown-binary';
  const text = sample.toString('utf8');
  if (/^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*(?:<!doctype html|<html|<head|<meta|<body|<table)/i.test(text))
    return 'html';
  // A GB18030 page: '<' is one byte there and never part of a two- or four-byte character, so a
  // sample without that byte cannot start with a tag (and is not decoded a second time).
  if (sample.includes(0x3c) && /^\s*(?:<!doctype html|<html)/i.test(new TextDecoder('gb18030').decode(sample))) return 'html';
  // Text must decode as UTF-8 without replacement characters (allowing a cut multi-byte tail).
  const replacement = (text.slice(0, -4).match(/\ufffd/g) ?? []).length;
  if (replacement > 0) return 'unknown-binary';
  return 'text';
}

/** How standard input (`-`) is named in messages and origins. */
export const STDIN_NAME = '<stdin>';

const STDIN_PATHS = new Set(['/dev/stdin', '/dev/fd/0', '/proc/self/fd/0']);

/** Read a file, or standard input for `-`; a pipe or device (`/dev/stdin`) is read as a stream. */
export async function loadSource(file: string, limits: Limits = DEFAULT_LIMITS): Promise<LoadedSource> {
  const name = file === '-' ? STDIN_NAME : file;
  // Our own standard input may be a socket, which cannot be opened again by its /dev path.
  const stdin = file === '-' || STDIN_PATHS.has(file);
  const bytes = stdin ? await readStream(process.stdin, name, limits) : await readFile(file, limits);
  return sourceFromBytes(name, bytes, limits);
}

/** Bytes already in memory (an upload) under a name: checked against the size limit, hashed and sniffed. */
export function sourceFromBytes(name: string, bytes: Buffer, limits: Limits = DEFAULT_LIMITS): LoadedSource {
  if (bytes.length === 0) throw new InputError('文件为空', 'file is empty', name);
  if (bytes.length > limits.maxBytes) throw tooLarge(name, limits, bytes.length);
  const sha256 = () => process.getBuiltinModule('node:crypto').createHash('sha256').update(bytes).digest('hex');
  return defineSha256({ file: name, bytes, sha256: '', format: sniff(bytes) }, sha256);
}

/**
 * Make `sha256` of an object a hash computed when first read (JSON, a spread or a message to a
 * thread read it): a `check` of a text file never does, and loading node:crypto was ~10 ms of its
 * cold start (docs/node-versions.md, "Cold start"). Once read, it is a plain value.
 */
export function defineSha256<T extends { sha256: string }>(target: T, hash: () => string): T {
  const settle = (value: string) => {
    Object.defineProperty(target, 'sha256', { value, enumerable: true, writable: true, configurable: true });
    return value;
  };
  return Object.defineProperty(target, 'sha256', {
    enumerable: true,
    configurable: true,
    get: () => settle(hash()),
    set: settle,
  });
}

async function readFile(file: string, limits: Limits): Promise<Buffer> {
  let size: number;
  try {
    const st = statSync(file);
    if (st.isDirectory()) throw new InputError('这是一个目录，不是文件', 'is a directory, not a file', file);
    // A pipe or a device has no size before it is read.
    if (!st.isFile()) return await readStream(createReadStream(file), file, limits);
    size = st.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError('文件不存在或无法读取', 'file does not exist or cannot be read', file);
  }
  if (size === 0) throw new InputError('文件为空', 'file is empty', file);
  if (size > limits.maxBytes) throw tooLarge(file, limits, size);
  return readFileSync(file);
}

async function readStream(stream: Readable, file: string, limits: Limits): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
    total += bytes.length;
    if (total > limits.maxBytes) {
      stream.destroy();
      throw tooLarge(file, limits);
    }
    chunks.push(bytes);
  }
  if (total === 0) throw new InputError('文件为空', 'file is empty', file);
  return Buffer.concat(chunks, total);
}

function tooLarge(file: string, limits: Limits, size?: number): InputError {
  return size === undefined
    ? new InputError(
        `文件过大（超过上限 ${limits.maxBytes} 字节）`,
        `file too large (over the limit of ${limits.maxBytes} bytes)`,
        file,
      )
    : new InputError(
        `文件过大（${size} 字节，上限 ${limits.maxBytes}）`,
        `file too large (${size} bytes, limit ${limits.maxBytes})`,
        file,
      );
}
