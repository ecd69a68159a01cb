/**
 * What a filled workbook must be before anything is written from it: every table the profile
 * requires, sums that tie (the checker's own arithmetic rules), codes of the year's classification
 * lists, no negative amount, every amount a number. Each problem is a Refusal naming its cell.
 */
import type { BudgetDocument, TableKind } from '../../model/types.js';
import type { Profile as CheckProfile } from '../../rules/profiles.js';
import type { CellLocator } from './locate.js';
import type { Refusal } from './refusal.js';
/** The rules whose errors mean the figures do not add up. */
export declare const ARITHMETIC_RULES: import("../../rules/types.js").Rule[];
/** Required tables of the profile that the document lacks: one refusal each, naming the sheet it should be on. */
export declare function missingTables(doc: BudgetDocument, profile: CheckProfile, sheetOf: (kind: TableKind) => string | undefined): Refusal[];
/** Error findings of the arithmetic rules, each at the cell of the figure that does not tie. */
export declare function sumsThatDoNotTie(doc: BudgetDocument, locator: CellLocator): Refusal[];
/** Codes printed in tables by classification that the year's list does not have. */
export declare function unknownCodes(doc: BudgetDocument, locator: CellLocator): Refusal[];
/** Amounts below zero: no budget or final-account figure of the standard tables can be. */
export declare function negativeAmounts(doc: BudgetDocument, locator: CellLocator): Refusal[];
/**
 * Cells of amount columns that hold words or malformed figures (the reader's unparsable-amount
 * findings). A total's label (支出总计) is not one: on an unfilled two-sided table the reader may take
 * the right side's label column for an amount column (Shanghai's own 收支总表 before it is filled).
 */
export declare function notNumbers(doc: BudgetDocument, locator: CellLocator, tableSheets: Set<string>): Refusal[];
/**
 * Required tables left as the template gave them: no figure at all and nothing saying why. A table the
 * department has no money for is published empty with its statement (domain.md: “本部门无政府性基金
 * 预算拨款支出”, 注：本表无数据) — written under the table, or shown by the tables themselves (the
 * checker's empty-statement rule: the 收支总表 prints that fund's income at 0, the 一般公共预算支出表
 * no 基本支出) — and is accepted; the 总表s never are. Each is named by its sheet and the cells its
 * rows take.
 */
export declare function unfilledTables(doc: BudgetDocument, profile: CheckProfile, locator: CellLocator): Refusal[];
/** Every check at once, in the order a person fixes them: tables, cells, codes, then sums. */
export declare function validateDocument(doc: BudgetDocument, profile: CheckProfile, locator: CellLocator, options?: {
    sheetOf?: (kind: TableKind) => string | undefined;
    tableSheets?: Set<string>;
}): Refusal[];
