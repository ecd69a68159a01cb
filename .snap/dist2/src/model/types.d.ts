/** The canonical BudgetDocument model. No I/O here: every reader produces these types. */
export type Phase = 'budget' | 'final_account';
export type Scope = 'department' | 'unit';
export type MoneyUnit = '万元' | '元';
export type Side = 'income' | 'expenditure';
export type SourceFormat = 'text' | 'pdf' | 'docx' | 'xlsx' | 'html';
export declare const TABLE_KINDS: readonly ["income_expenditure_summary", "income_summary", "expenditure_summary", "fiscal_appropriation_summary", "general_budget_expenditure", "general_budget_basic_expenditure", "three_public", "gov_fund_income", "gov_fund_expenditure", "state_capital", "project_expenditure", "agency_operating", "entrusted_business", "performance_targets", "unit_performance", "procurement", "service_purchase", "assets", "organization_units", "fiscal_appropriation_expenditure", "general_budget_economic_expenditure", "general_budget_project_expenditure", "unknown"];
export type TableKind = (typeof TABLE_KINDS)[number];
/**
 * Where a block sits in a binary source: PDF page and box (points, origin top-left), spreadsheet
 * sheet and cell (A1), or a Word/HTML table cell (表3 第5行 第2列 as `T3R5C2`).
 */
export interface Placement {
    page?: number;
    sheet?: string;
    cell?: string;
    /** [x0, y0, x1, y1] in PDF points from the page's top-left corner. */
    box?: [number, number, number, number];
    /** Read by OCR from a scanned page: lower confidence, to be confirmed by the totals. */
    ocr?: boolean;
}
/**
 * Where a datum came from. `line` is 1-based: the line of a text source, or the block's number in
 * reading order for binary sources (as `extract --debug-layout` prints them); page/sheet/cell/box
 * come with the binary readers.
 */
export interface Origin extends Placement {
    file: string;
    line?: number;
}
/** An exact amount: value = scaled × 10^-scale, in the table's unit. Never a float. */
export interface Amount {
    raw: string;
    scaled: bigint;
    scale: number;
}
export interface Column {
    key: string;
    label: string;
    /** Header path as printed, top to bottom. */
    path: string[];
    side?: Side;
    /** `amount` columns hold money (or counts); `text` columns hold names, yes/no, descriptions. */
    type: 'amount' | 'text';
    /** Why the column got its key: which header label decided it, by which part of the vocabulary. */
    because?: ColumnReason;
}
/**
 * How a column key was found (docs/model.md, "Recognition"): `label` a text column's own label;
 * `fund` / `amount` an amount label of the vocabulary (`carryover_` when under a carry-over group);
 * `group` a 合计/小计 taking the key of the group above it; `total` a total at the top; `fallback`
 * a label no rule knows (`col_…`); `content` such a label over cells that are mostly words (a text
 * column); `whole` a column that totals its side or the whole table though its label names a part
 * (a side's only 本年预算, a 基本支出表's 基本支出 › 总计); `prior_year` the earlier of two years
 * printed side by side; `panel` / `turned` keys given by a side-by-side half's total row or by
 * turning a column-wise 三公 table into rows.
 */
export interface ColumnReason {
    rule: 'label' | 'fund' | 'amount' | 'group' | 'total' | 'fallback' | 'content' | 'whole' | 'prior_year' | 'panel' | 'turned';
    /** The header label that decided (as compacted), and the group it was read under, if any. */
    label: string;
    group?: string;
}
/** What a piece of evidence about a table's kind was taken from. */
export type EvidenceSource = 'title' | 'header' | 'rows' | 'totals' | 'context';
/** One piece of evidence weighed for a table's kind: what was seen, where, and for (or against) which kind. */
export interface KindEvidence {
    source: EvidenceSource;
    kind: TableKind;
    /** Positive for the kind, negative against it. */
    weight: number;
    /** 中文 / English: what this evidence is. */
    note: string;
    /** What was seen, as printed: title words, header cells, row names or codes (a few). */
    seen: string[];
}
/**
 * Why a table got its kind: the evidence for the kind chosen (and against it), the kinds that came
 * next, and for an `unknown` table what it lacked.
 */
export interface Recognition {
    kind: TableKind;
    score: number;
    evidence: KindEvidence[];
    alternatives: Array<{
        kind: TableKind;
        score: number;
    }>;
    /** 中文 / English: what an `unknown` table lacked (empty otherwise). */
    lacking: string[];
}
/** How a row's code was obtained: printed, resolved from name and parents, several candidates, or none found. */
export type CodeSource = 'printed' | 'resolved' | 'ambiguous' | 'unknown' | null;
export interface Row {
    label: string;
    name: string;
    code: string | null;
    codeSource: CodeSource;
    level: number | null;
    isTotal: boolean;
    side?: Side;
    values: Record<string, Amount>;
    texts: Record<string, string>;
    source: Origin;
}
export interface Statement {
    text: string;
    source: Origin;
}
export interface Table {
    kind: TableKind;
    title: string;
    unit: MoneyUnit;
    source: Origin;
    columns: Column[];
    rows: Row[];
    empty: boolean;
    emptyStatement?: Statement;
    notes: Statement[];
    /** Why the table got its kind (`extract --explain`). */
    recognition?: Recognition;
}
export interface NarrativeSection {
    number: string;
    heading: string;
    text: string;
    parent?: string;
    source: Origin;
}
export interface TocEntry {
    text: string;
    source: Origin;
}
export type Severity = 'error' | 'warning' | 'info';
/** A problem met while reading or checking; points at its origin. */
export interface Finding {
    rule: string;
    severity: Severity;
    message: string;
    table?: TableKind;
    row?: string;
    column?: string;
    expected?: string;
    actual?: string;
    difference?: string;
    source?: Origin;
    /** The table row the finding is about, when `source` points elsewhere (a narrative sentence). */
    cell?: Origin;
}
export interface DocumentSource {
    file: string;
    format: SourceFormat;
    sha256: string;
}
/**
 * One file of a disclosure published as several (北京: 附件1 情况说明 and 附件2 报表), read as one
 * document: what the file holds.
 */
export interface DocumentPart extends DocumentSource {
    holds: 'narrative' | 'tables';
}
/** A part of the disclosure the document says is published on its own: 附件：…部门预算报表, a linked file. */
export interface Attachment {
    /** The text naming it, as printed (the link text of a web page). */
    text: string;
    /** The link target, for a web page. */
    href?: string;
    source: Origin;
}
export interface BudgetDocument {
    title: string;
    department: string | null;
    year: number | null;
    phase: Phase;
    scope: Scope;
    unit: MoneyUnit;
    units: string[];
    source: DocumentSource;
    /** The files of a disclosure read from several, in the order given (absent for one file). */
    parts?: DocumentPart[];
    /** What the document names as published separately (its tables, in a two-file disclosure). */
    attachments?: Attachment[];
    tables: Table[];
    narrative: NarrativeSection[];
    /** The 部门概况 part (主要职能, 机构设置 …), in the same sections as the narrative. */
    overview: NarrativeSection[];
    toc: TocEntry[];
    findings: Finding[];
}
