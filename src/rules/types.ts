import type { BudgetDocument, Origin, Row, Severity, Table } from '../model/types.js';

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
}

export interface RuleContext {
  doc: BudgetDocument;
  report(report: Report): void;
  /** Settings some rules read: `profile` (required-tables). */
  settings?: Record<string, string>;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}
