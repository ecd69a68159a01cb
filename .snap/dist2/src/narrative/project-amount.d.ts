import type { Amount, MoneyUnit } from '../model/types.js';
/** An amount a project's form states in words as the project's own budget. */
export interface ProjectAmountStatement {
    amount: Amount;
    unit: MoneyUnit;
    /** The year the text gives the budget, when it names one ("2023年预算资金"). */
    year: number | null;
    /** The clause as printed, for the message. */
    text: string;
}
/** The amounts a form's text states as the project's budget, clause by clause. */
export declare function projectAmountStatements(text: string): ProjectAmountStatement[];
