import type { BudgetDocument, Origin, Row, Severity, Table, TableKind } from '../model/types.js';
import type { CheckedClaimOf, ClaimCellOf } from './checked-claim.js';

/** A message template per locale; `{name}` placeholders are filled from the report's data. */
export interface LocalizedText {
  zh: string;
  en: string;
}

export type Locale = keyof LocalizedText;

/** A value put into a message: words that differ between the languages are given in each. */
export type MessageValue = string | number | boolean | LocalizedText;

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
  data?: Record<string, MessageValue>;
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

/** The table cell a narrative figure was checked against (checked-claim.d.ts, shared with the web page). */
export type ClaimCell = ClaimCellOf<Origin, TableKind>;

/** A narrative claim a rule compared, agreeing or not (checked-claim.d.ts, shared with the web page). */
export type CheckedClaim = CheckedClaimOf<Origin, TableKind>;

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
