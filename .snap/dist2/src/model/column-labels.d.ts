/** The standard name of a column key ("上年结转·一般公共预算" for carry-over funds), or null for other keys. */
export declare function standardColumnLabel(key: string): string | null;
/**
 * A final account's fund tables (政府性基金预算财政拨款收入支出决算表, 国有资本经营预算…) as the national 决算
 * prints them: 年初结转和结余 | 本年收入 | 本年支出 (合计 | 基本支出 | 项目支出) | 年末结转和结余.
 */
export declare const FINAL_ACCOUNT_FUND_HEADERS: {
    readonly carryover: "年初结转和结余";
    readonly current_year: "本年收入";
    readonly spending: "本年支出";
};
/**
 * The headers of the columns that name a table's rows, as the national templates print them (and
 * the recognizer reads them: column-keys.ts): the code, the classification name, or the item.
 */
export declare const ROW_HEADERS: {
    readonly code: "科目编码";
    readonly name: "科目名称";
    readonly item: "项目";
};
/**
 * The words a table prints around its columns' names, as the national templates print them (the
 * writer's template writes them; the reader recognizes them, column-labels.test.ts): the code and name
 * columns by classification, the total rows of a 收支总表's sides, and the 三公 items as rows.
 */
export declare const CLASSIFICATION_HEADERS: {
    readonly code: {
        readonly function: "功能分类科目编码";
        readonly economic: "经济分类科目编码";
    };
    readonly name: {
        readonly function: "功能分类科目名称";
        readonly economic: "经济分类科目名称";
    };
    readonly split: readonly ["类", "款", "项"];
};
export declare const TOTAL_ROWS: {
    readonly incomeTotal: "本年收入合计";
    readonly expenditureTotal: "本年支出合计";
    readonly incomeGrandTotal: "收入总计";
    readonly expenditureGrandTotal: "支出总计";
    readonly carriedForward: "结转下年";
    readonly subtotal: "小计";
};
/** The 三公 items: 因公出国(境)费, 公务接待费, and the vehicles' subtotal with its two parts. */
export declare const THREE_PUBLIC_ITEMS: readonly ["因公出国(境)费", "公务接待费", "公务用车购置及运行费", "其中：公务用车购置费", "公务用车运行费"];
/** The two halves of a 收支总表, as its header names them. */
export declare const SIDE_HEADERS: {
    readonly income: "收入";
    readonly expenditure: "支出";
};
