import { type CodeEntry, type CodeList, codeList } from '../codes/lists.js';
import type { CodeSource } from '../model/types.js';

/** The level and code of one classified row, and how the code was obtained. */
export interface Classified {
  level: number | null;
  code: string | null;
  codeSource: CodeSource;
}

export function functionLevelOfCode(code: string): number | null {
  if (/^\d{3}$/.test(code)) return 1;
  if (/^\d{5}$/.test(code)) return 2;
  if (/^\d{7}$/.test(code)) return 3;
  return null;
}

export function economicLevelOfCode(code: string): number | null {
  if (/^\d{3}$/.test(code)) return 1;
  if (/^\d{5}$/.test(code)) return 2;
  return null;
}

/**
 * Walks the rows of a function-classified table in order. Where codes are printed they decide;
 * where they are not, a row is a 类 when its name is a 类 (or it is numbered 一、), a 款 when its
 * name is a 款 of the current 类, otherwise a 项 — and its code is resolved from its parents.
 */
export class FunctionHierarchy {
  private list: CodeList;
  private currentClass: string | null = null;
  private currentSection: { code: string | null; name: string } | null = null;

  constructor(year: number | null, list?: CodeList) {
    this.list = list ?? codeList('function', year ?? 2024);
  }

  classify(name: string, printedCode: string | null, numbered: boolean): Classified {
    if (printedCode) {
      const level = functionLevelOfCode(printedCode);
      if (level === 1) this.currentClass = printedCode;
      if (level === 2) this.currentSection = { code: printedCode, name };
      return { level, code: printedCode, codeSource: 'printed' };
    }
    const asClass = this.list.find(name, 1);
    if (numbered || asClass.length > 0) {
      const entry = asClass[0];
      this.currentClass = entry?.code ?? null;
      this.currentSection = null;
      return { level: 1, code: entry?.code ?? null, codeSource: entry ? 'resolved' : null };
    }
    const sameAsSection = this.currentSection !== null && this.currentSection.name === name;
    const asSection = this.currentClass ? this.list.find(name, 2, this.currentClass) : [];
    if (asSection.length > 0 && !sameAsSection) {
      const entry = asSection[0] as CodeEntry;
      this.currentSection = { code: entry.code, name };
      return { level: 2, code: entry.code, codeSource: 'resolved' };
    }
    const sectionCode = this.currentSection?.code ?? null;
    const asItem = sectionCode ? this.list.find(name, 3, sectionCode) : [];
    const item = asItem.length === 1 ? asItem[0] : undefined;
    return { level: 3, code: item?.code ?? null, codeSource: item ? 'resolved' : null };
  }
}

/** Economic classification (301 工资福利支出 › 30101 基本工资): 类 by code, numbering or name. */
export class EconomicHierarchy {
  private list: CodeList;
  private currentClass: string | null = null;

  constructor(year: number | null, list?: CodeList) {
    this.list = list ?? codeList('economic-department', year ?? 2024);
  }

  classify(name: string, printedCode: string | null, numbered: boolean): Classified {
    if (printedCode) {
      const level = economicLevelOfCode(printedCode);
      if (level === 1) this.currentClass = printedCode;
      return { level, code: printedCode, codeSource: 'printed' };
    }
    const asClass = this.list.find(name, 1);
    if (numbered || asClass.length > 0) {
      this.currentClass = asClass[0]?.code ?? null;
      return { level: 1, code: asClass[0]?.code ?? null, codeSource: asClass[0] ? 'resolved' : null };
    }
    const asItem = this.currentClass ? this.list.find(name, 2, this.currentClass) : [];
    return { level: 2, code: asItem[0]?.code ?? null, codeSource: asItem[0] ? 'resolved' : null };
  }
}
