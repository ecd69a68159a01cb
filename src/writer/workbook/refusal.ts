/**
 * Input the writer refuses: every problem found, each naming where it is (sheet and cell, or file and
 * line), Chinese first and English. Thrown as one InputError (exit 2) listing them all, before
 * anything is written.
 */
import type { TableKind } from '../../model/types.js';
import { InputError } from '../../source/errors.js';

export interface Refusal {
  /** What kind of problem: missing-table, unfilled, sum, code, negative, not-a-number, not-a-workbook, json. */
  reason: string;
  zh: string;
  en: string;
  sheet?: string;
  /** A cell, or a range of cells (`A6:I6`: an unfilled table's rows). */
  cell?: string;
  /** The table the problem is about, when it is one table as a whole (missing, unfilled). */
  table?: TableKind;
  line?: number;
}

/** `一般公共预算支出表!D7`, or the sheet alone, or `:12` for a line. */
export function refusalPlace(r: Refusal): string {
  if (r.sheet && r.cell) return `${r.sheet}!${r.cell}`;
  if (r.sheet) return r.sheet;
  return r.line !== undefined ? `第 ${r.line} 行 / line ${r.line}` : '';
}

export class InputRefused extends InputError {
  constructor(
    readonly refusals: Refusal[],
    file: string,
  ) {
    super(
      `输入有 ${refusals.length} 处问题，未写出任何文件`,
      `the input has ${refusals.length} problem${refusals.length === 1 ? '' : 's'}; nothing was written`,
      file,
    );
    this.name = 'InputRefused';
  }

  override line(): string {
    const items = this.refusals.map((r) => {
      const place = refusalPlace(r);
      return `  ${place ? `${place}: ` : ''}${r.zh} / ${r.en}`;
    });
    return [super.line(), ...items].join('\n');
  }
}
