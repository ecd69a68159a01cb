import type { BudgetDocument, Origin, Row, Severity, Table, TableKind } from '../model/types.js';

/** A message template per locale; `{name}` placeholders are filled from the report's data. */
export interface LocalizedText {
  zh: string;
  en: string;
}

export type Locale = keyof LocalizedText;

/** What a rule is, for the registry, the docs and the configuration. */
export interface RuleMeta {
  id: string;
  title: LocalizedText;
  description: LocalizedText;
  /** Default severity; configuration may change it. */
  severity: Severity;
  tags: string[];
  messages: Record<string, LocalizedText>;
}

/** What a rule reports through its context. */
export interface Report {
  messageId: string;
  data?: Record<string, string | number | boolean>;
  table?: Table;
  row?: Row;
  column?: string;
  expected?: string;
  actual?: string;
  difference?: string;
  source?: Origin;
  /** A rounding difference is info whatever the rule's severity. */
  severity?: Severity;
  /**
   * The data the finding is about (the narrative claims, the rows): a finding about a datum another
   * finding already reports, off by the same difference, reports the same fact and is left out.
   */
  about?: object[];
}

/** The table cell a narrative figure was checked against (or, for a change or share, the cell printing the figure it is of). */
export interface ClaimCell {
  /** The table's kind and title, the row, the column key, the row's origin. */
  table: TableKind;
  tableTitle: string;
  row: string;
  column: string;
  cell: Origin;
  /** The cell's figure as printed (in the table's unit), null when the cell is blank. */
  printed: string | null;
  unit: string;
}

/**
 * A narrative claim a rule compared, whether it agreed or not: what lets a reader follow every
 * checked claim, true ones too, to the cell it was checked against. An amount is compared with a
 * cell; a change, a share, a whole of stated parts or an outturn's comparison word with the figures
 * the text states, and carries the cell of the figure it is of when a table prints it.
 */
export interface CheckedClaim extends Partial<ClaimCell> {
  /** The rule that compared it (the engine fills it in). */
  rule: string;
  /** Where the claim is stated (its narrative section) and its heading. */
  source: Origin;
  heading: string;
  label: string;
  /** The figure as the text prints it: 万元 for an amount, change or sum, % for a share, the word for a comparison. */
  stated: string;
  /** What the stated figure is; absent for an amount. */
  figure?: 'change' | 'share' | 'sum' | 'comparison';
  /** What the check makes of the figures the text states, when the claim disagrees with it. */
  expected?: string;
  agrees: boolean;
}

export interface RuleContext {
  doc: BudgetDocument;
  report(report: Report): void;
  /** Records a claim compared with a cell, whatever the outcome (absent where nobody collects them). */
  checked?(claim: Omit<CheckedClaim, 'rule'>): void;
  /** Settings some rules read: `profile` (required-tables). */
  settings?: Record<string, string>;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}
