/**
 * The files of a report's document — one, or 北京's 情况说明 and 报表 read as one document — and
 * which of them an origin is on: every origin names its file, as the server's `files` name them.
 */
import type { Origin, Report, ReportFile } from './api.js';

export const baseName = (file: string) => file.split(/[\\/]/).pop() ?? file;

/** The file an origin is on (a document of one file: that file, whatever the origin names). */
export function fileOf(report: Report, origin: Origin | undefined): ReportFile | undefined {
  if (!origin) return undefined;
  const files = report.files ?? [];
  return files.find((f) => f.file === origin.file) ?? (files.length === 1 ? files[0] : undefined);
}

/** Whether the document is of several files, whose places must say which file they are on. */
export const severalFiles = (report: Report): boolean => (report.files ?? []).length > 1;
