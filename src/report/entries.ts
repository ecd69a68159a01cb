/** A run over several files: each file's report or why it could not be read, and the total across them. */
import type { BudgetDocument, Finding } from '../model/types.js';
import type { Summary } from './stylish.js';

export type ReportEntry =
  | { doc: BudgetDocument; findings: Finding[]; summary: Summary }
  | { file: string; zh: string; en: string };

export interface Total extends Summary {
  files: number;
  read: number;
  unreadable: number;
}

export function totalOf(entries: ReportEntry[]): Total {
  const total: Total = { files: entries.length, read: 0, unreadable: 0, errors: 0, warnings: 0, infos: 0 };
  for (const entry of entries) {
    if (!('doc' in entry)) {
      total.unreadable++;
      continue;
    }
    total.read++;
    total.errors += entry.summary.errors;
    total.warnings += entry.summary.warnings;
    total.infos += entry.summary.infos;
  }
  return total;
}

/** One line, Chinese then English. */
export function totalLine(total: Total): string {
  return `合计 ${total.files} 个文件（${total.read} 个已检查，${total.unreadable} 个无法读取）：${total.errors} 个错误，${total.warnings} 个警告，${total.infos} 条提示 / total ${total.files} files (${total.read} checked, ${total.unreadable} unreadable): ${total.errors} errors, ${total.warnings} warnings, ${total.infos} infos`;
}
