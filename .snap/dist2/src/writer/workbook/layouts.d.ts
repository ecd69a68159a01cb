import type { MoneyUnit, Phase, Scope, TableKind } from '../../model/types.js';
import { type Profile as CheckProfile } from '../../rules/profiles.js';
/** One amount column: its key, and the group label above it when the header has two rows. */
export interface AmountColumn {
    key: string;
    group?: string;
    /** The printed label when the standard name of the key is not what the table prints (预算数, 决算数). */
    label?: string;
}
/** How a table's rows are named: by function or economic code, by item, or two sides (收入 | 支出). */
export type RowLayout = 'function' | 'economic' | 'items' | 'two-sided' | 'three-public-columns';
export interface TableLayout {
    /** The kinds this sheet holds: one, or 三公 and 机关运行经费 printed as one table (Shanghai). */
    kinds: TableKind[];
    title: string;
    rows: RowLayout;
    /** Amount columns (for `two-sided`, the expenditure side's; the income side has one, `total`). */
    columns: AmountColumn[];
    /** The group label over the amount columns (支出预算, 一般公共预算支出 …), when printed. */
    group?: string;
    /** Two-sided tables: the labels over each side. */
    sides?: {
        income: string;
        expenditure: string;
    };
    /** Income items listed on a two-sided table's left, as column keys (their standard names). */
    incomeItems?: string[];
    /** The unit of this table when it differs from the profile's (Shanghai prints 三公 in 万元). */
    unit?: MoneyUnit;
}
export interface TemplateProfile {
    id: string;
    name: {
        zh: string;
        en: string;
    };
    /** The check profile whose required tables a filled workbook must have. */
    check: CheckProfile;
    phase: Phase;
    scope: Scope;
    unit: MoneyUnit;
    /** `single`: one code column (2010101); `split`: 类 | 款 | 项 (Shanghai). */
    codes: 'single' | 'split';
    /** Titles say 部门 or 单位 before the table name (Shanghai: 2026年部门收入预算总表). */
    titlePrefix: string;
    tables: TableLayout[];
}
/** The template's words, from the model's one home for them (column-labels.ts), by what the template uses them for. */
export declare const LEAD: {
    /** The cover's title line: 2026年部门预算, 2025年部门决算 (the reader takes year and department from it). */
    readonly document: {
        readonly budget: "预算";
        readonly final_account: "决算";
    };
    readonly scope: {
        readonly department: "部门";
        readonly unit: "单位";
    };
    readonly threePublic: readonly ["因公出国(境)费", "公务接待费", "公务用车购置及运行费", "其中：公务用车购置费", "公务用车运行费"];
    readonly threePublicGroup: "“三公”经费预算数";
    readonly agencyOperating: "机关运行经费预算数";
    readonly incomeTotal: "本年收入合计";
    readonly expenditureTotal: "本年支出合计";
    readonly incomeGrandTotal: "收入总计";
    readonly expenditureGrandTotal: "支出总计";
    readonly carriedForward: "结转下年";
    readonly subtotal: "小计";
    readonly item: "项目";
    readonly code: {
        readonly function: "功能分类科目编码";
        readonly economic: "经济分类科目编码";
    };
    readonly name: {
        readonly function: "功能分类科目名称";
        readonly economic: "经济分类科目名称";
    };
    readonly split: readonly ["类", "款", "项"];
    readonly measure: {
        readonly budget: "预算数";
        readonly final_account: "决算数";
    };
    readonly budget: string;
    readonly total: string;
};
export declare const TEMPLATE_PROFILES: TemplateProfile[];
export declare function templateProfile(id: string): TemplateProfile | undefined;
/** The printed label of an amount column. */
export declare function columnText(column: AmountColumn): string;
