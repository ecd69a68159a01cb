/**
 * What `ingest` says while it runs: on a terminal one line rewritten as files are done (files
 * done, pages per second, failed files and error findings so far), failures printed above it; when not a terminal, one
 * plain line per file. And the summary at the end.
 */
import type { FileEvent } from './settle.js';

export interface Tally {
  files: number;
  stored: number;
  skipped: number;
  failed: number;
  pages: number;
  /** Documents of the run (stored now or before) with error findings, and those findings. */
  withErrors: number;
  errors: number;
  failures: FileEvent[];
}

export function emptyTally(): Tally {
  return { files: 0, stored: 0, skipped: 0, failed: 0, pages: 0, withErrors: 0, errors: 0, failures: [] };
}

export function count(tally: Tally, event: FileEvent): void {
  tally.files += event.files.length;
  tally[event.status]++;
  tally.pages += event.pages;
  if (event.errors > 0) tally.withErrors++;
  tally.errors += event.errors;
  if (event.status === 'failed') tally.failures.push(event);
}

const STATUS = { stored: '已存 stored', skipped: '已有 skipped', failed: '失败 failed' } as const;

function rate(pages: number, seconds: number): string {
  return seconds > 0 ? (pages / seconds).toFixed(1) : '0.0';
}

/** The line of one file, as a log line. */
export function fileLine(event: FileEvent, done: number, total: number): string {
  const version = event.version && event.version > 1 ? ` v${event.version}` : '';
  const errors = event.errors > 0 ? ` (${event.errors} 个错误 errors)` : '';
  const reason = event.reason ? `: ${event.reason}` : '';
  return `[${done}/${total}] ${STATUS[event.status]}${version} ${event.files.join(' + ')}${errors}${reason}`;
}

export function progressPrinter(write: (text: string) => void, total: number, tty: boolean, now = () => performance.now()) {
  const tally = emptyTally();
  const started = now();
  let shown = false;
  const bar = () => {
    const seconds = (now() - started) / 1000;
    const width = 20;
    const filled = total > 0 ? Math.round((tally.files / total) * width) : width;
    return `\r\x1b[K[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${tally.files}/${total} 文件 files · ${rate(tally.pages, seconds)} 页/秒 pages/s · ${tally.failed} 失败 failed · ${tally.errors} 个错误 errors`;
  };
  return {
    tally,
    onFile(event: FileEvent): void {
      count(tally, event);
      if (!tty) {
        write(`${fileLine(event, tally.files, total)}\n`);
        return;
      }
      if (event.status === 'failed') write(`\r\x1b[K${fileLine(event, tally.files, total)}\n`);
      write(bar());
      shown = true;
    },
    clear(): void {
      if (shown) write('\r\x1b[K');
    },
    seconds: () => (now() - started) / 1000,
  };
}

export function summaryText(tally: Tally, seconds: number, location: string): string {
  const lines = [
    `入库 ${tally.files} 个文件：新存 ${tally.stored}，已有 ${tally.skipped}，失败 ${tally.failed}；${tally.pages} 页，用时 ${seconds.toFixed(1)} 秒（${rate(tally.pages, seconds)} 页/秒）`,
    `ingested ${tally.files} files: ${tally.stored} stored, ${tally.skipped} already stored, ${tally.failed} failed; ${tally.pages} pages in ${seconds.toFixed(1)} s (${rate(tally.pages, seconds)} pages/s)`,
    `数据库 / database: ${location}`,
  ];
  for (const f of tally.failures) lines.push(`✖ ${f.files.join(' + ')}: ${f.reason ?? ''}`);
  return `${lines.join('\n')}\n`;
}
