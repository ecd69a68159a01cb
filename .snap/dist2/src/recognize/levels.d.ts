import { type CodeList } from '../codes/lists.js';
import type { Amount, CodeSource } from '../model/types.js';
/** The level and code of one classified row, and how the code was obtained. */
export interface Classified {
    level: number | null;
    code: string | null;
    codeSource: CodeSource;
}
export declare function functionLevelOfCode(code: string): number | null;
/** 类 (301) and 款 (30101); a seven-digit code is a 项 a region adds under a 款 (重庆: 3010201 规范性津补贴). */
export declare function economicLevelOfCode(code: string): number | null;
/**
 * Walks the rows of a function-classified table in order. Where codes are printed they decide;
 * where they are not, a row is a 类 when its name is a 类 (or it is numbered 一、), a 款 when its
 * name is a 款 of the current 类, otherwise a 项 — and its code is resolved from its parents.
 */
export declare class FunctionHierarchy {
    private list;
    private currentClass;
    private currentSection;
    constructor(year: number | null, list?: CodeList);
    /**
     * The current 类's printed total and the sum of its 款 so far: a full 类 cannot take another 款.
     * Sums are kept at a precision no cell of the table exceeds (万元 to 6 decimals is 分).
     */
    private classTotal;
    private sectionsSum;
    private sectionTotal;
    private itemsSum;
    private scale;
    classify(name: string, printedCode: string | null, numbered: boolean, total?: Amount): Classified;
    /** A cell printed more finely than any before it: the running sums move to its precision. */
    private rescale;
    private item;
}
/** Economic classification (301 工资福利支出 › 30101 基本工资): 类 by code, numbering or name. */
export declare class EconomicHierarchy {
    private list;
    private currentClass;
    /** A unit row was seen: the table lists each unit's spending under it. */
    private perUnit;
    constructor(year: number | null, list?: CodeList);
    /** A row naming a unit (or the department) starts its group: the 类 below are its own. */
    startGroup(): void;
    classify(name: string, printedCode: string | null, numbered: boolean): Classified;
}
