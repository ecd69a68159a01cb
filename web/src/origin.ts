/** Where a datum sits, in words; on which file, when the document is of several (北京's 情况说明 and 报表). */
import type { Origin, Report, ReportFile } from './api.js';
import { baseName, fileOf, severalFiles } from './document-files.js';
import { lang, t } from './i18n.js';

/** A file in words: what it holds (情况说明, 报表), or its name when it is the document's only file. */
export function fileWord(file: ReportFile): string {
  if (file.holds === 'narrative') return t('narrativeFile');
  if (file.holds === 'tables') return t('tablesFile');
  return baseName(file.file);
}

function placeLabel(origin: Origin): string {
  if (origin.sheet) return `${origin.sheet}!${origin.cell ?? ''}`;
  if (origin.page !== undefined) return lang() === 'zh' ? `第 ${origin.page} 页` : `p. ${origin.page}`;
  if (origin.cell) return origin.cell;
  return origin.line !== undefined ? (lang() === 'zh' ? `第 ${origin.line} 行` : `line ${origin.line}`) : '';
}

export function originLabel(origin: Origin | undefined, report?: Report): string {
  if (!origin) return '';
  const place = placeLabel(origin);
  const file = report && severalFiles(report) ? fileOf(report, origin) : undefined;
  return file && place ? `${fileWord(file)} ${place}` : place;
}
