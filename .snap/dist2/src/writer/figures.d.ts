import type { Amount, BudgetDocument, MoneyUnit, Side, TableKind } from '../model/types.js';
export interface Figure {
    amount: Amount;
    unit: MoneyUnit;
}
interface FigureSpec {
    kind: TableKind;
    side?: Side;
    /** Column keys tried in order (a 收入总表 prints 合计 or only 本年收入). */
    keys: string[];
}
/** Every money figure a sentence template may name (docs/writer.md lists them). */
export declare const FIGURES: Record<string, FigureSpec>;
export declare function figure(doc: BudgetDocument, id: string): Figure | null;
export interface ListItem {
    name: string;
    figure: Figure;
}
/** The lists a sentence may enumerate. */
export declare function list(doc: BudgetDocument, id: string): ListItem[];
export {};
