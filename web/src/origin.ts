/** Where a datum sits, in words. */
import type { Origin } from './api.js';
import { lang } from './i18n.js';

export function originLabel(origin: Origin | undefined): string {
  if (!origin) return '';
  if (origin.sheet) return `${origin.sheet}!${origin.cell ?? ''}`;
  if (origin.page !== undefined) return lang() === 'zh' ? `第 ${origin.page} 页` : `p. ${origin.page}`;
  if (origin.cell) return origin.cell;
  return origin.line !== undefined ? (lang() === 'zh' ? `第 ${origin.line} 行` : `line ${origin.line}`) : '';
}
