/**
 * A document as the rows of the store's tables, in schema.ts's column order: what both engines
 * write (DuckDB through its Appender, PostgreSQL through COPY). Amounts become DECIMAL(20,6) as
 * scaled bigints at 6 decimals, with the decimals printed kept beside them, so reading back gives
 * the amount exactly as printed.
 */
import { regionOf } from '../model/region.js';
import type { BudgetDocument, Finding } from '../model/types.js';
import { readClaims } from '../narrative/claims.js';
import { codeSpendingRecords } from './code-spending.js';
import { lineRecords } from './doc-lines.js';
import { summaryAnswerRecord, summaryRecords } from './summary.js';
import { decimalOf, originValues, type Records } from './values.js';
import { yearFigureRecords } from './year-figures.js';

/** What the store decides about a document before writing it. */
export interface DocumentMeta {
  id: bigint;
  version: number;
  runId: bigint | null;
  profile: string;
  ingestedAt: Date;
}

const json = (value: unknown): string | null => (value === undefined ? null : JSON.stringify(value));

const origin = originValues;

function countSeverities(findings: Finding[]): [number, number, number] {
  const count = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
  return [count('error'), count('warning'), count('info')];
}

function documentRecords(doc: BudgetDocument, findings: Finding[], meta: DocumentMeta, out: Records): void {
  const region = regionOf(doc.department, doc.title);
  out.get('documents')?.push([
    meta.id,
    doc.source.sha256,
    doc.title,
    doc.department,
    region?.name ?? null,
    region?.level ?? null,
    doc.year,
    doc.phase,
    doc.scope,
    doc.unit,
    json(doc.units),
    meta.profile,
    doc.source.file,
    doc.source.format,
    meta.version,
    meta.runId,
    meta.ingestedAt,
    ...countSeverities(findings),
    json(doc.attachments),
    // Stored as the newest; put.ts clears the flag of the versions before it.
    true,
  ]);
  const parts = doc.parts ?? [{ ...doc.source, holds: null }];
  parts.forEach((p, i) => {
    out.get('document_files')?.push([meta.id, i, p.sha256, p.file, p.format, p.holds]);
  });
}

function tableRecords(doc: BudgetDocument, id: bigint, out: Records): void {
  doc.tables.forEach((table, t) => {
    out
      .get('doc_tables')
      ?.push([
        id,
        t,
        table.kind,
        table.title,
        table.unit,
        table.empty,
        json(table.emptyStatement),
        json(table.notes),
        ...origin(table.source),
      ]);
    table.columns.forEach((c, i) => {
      out.get('doc_columns')?.push([id, t, i, c.key, c.label, json(c.path), c.type, c.side ?? null]);
    });
    const cells = out.get('cells');
    table.rows.forEach((row, r) => {
      out
        .get('doc_rows')
        ?.push([
          id,
          t,
          r,
          row.code,
          row.codeSource,
          row.name,
          row.label,
          row.level,
          row.isTotal,
          row.side ?? null,
          ...origin(row.source),
          row.source.ocr ?? null,
        ]);
      for (const [key, amount] of Object.entries(row.values))
        cells?.push([id, t, r, key, decimalOf(amount), amount.scale, amount.raw, null]);
      for (const [key, text] of Object.entries(row.texts)) cells?.push([id, t, r, key, null, null, null, text]);
    });
  });
}

function narrativeRecords(doc: BudgetDocument, id: bigint, out: Records): void {
  const sections = [...doc.narrative.map((s) => ['narrative', s] as const), ...doc.overview.map((s) => ['overview', s] as const)];
  sections.forEach(([part, s], i) => {
    out.get('sections')?.push([id, i, part, s.number, s.heading, s.text, s.parent ?? null, ...origin(s.source)]);
  });
  const sectionNo = (section: unknown) => {
    const at = doc.narrative.indexOf(section as (typeof doc.narrative)[number]);
    return at < 0 ? null : at;
  };
  const claims = readClaims(doc.narrative);
  const rows = out.get('claims');
  let n = 0;
  for (const c of claims.amounts)
    rows?.push([
      id,
      n++,
      sectionNo(c.section),
      'amount',
      c.label,
      decimalOf(c.amount),
      c.amount.scale,
      null,
      null,
      null,
      null,
      null,
      c.sentence,
    ]);
  for (const c of claims.shares)
    rows?.push([
      id,
      n++,
      sectionNo(c.section),
      c.completion ? 'completion' : 'share',
      c.label,
      decimalOf(c.amount),
      c.amount.scale,
      c.share,
      null,
      null,
      null,
      null,
      c.sentence,
    ]);
  for (const c of claims.changes) {
    const prior = c.prior ? [decimalOf(c.prior), c.prior.scale] : [null, null];
    const label = c.label || c.subject?.label || '';
    rows?.push([
      id,
      n++,
      sectionNo(c.section),
      'change',
      label,
      decimalOf(c.change),
      c.change.scale,
      null,
      c.direction,
      ...prior,
      c.percent,
      c.sentence,
    ]);
  }
}

function findingRecords(findings: Finding[], id: bigint, out: Records): void {
  findings.forEach((f, i) => {
    out
      .get('findings')
      ?.push([
        id,
        i,
        f.rule,
        f.severity,
        f.message,
        f.table ?? null,
        f.row ?? null,
        f.column ?? null,
        f.expected ?? null,
        f.actual ?? null,
        f.difference ?? null,
        ...origin(f.source),
        json(f.cell),
      ]);
  });
}

/**
 * What the comparisons read instead of the cells: the prior-year rule's figures, the side-by-side
 * summary, the lines that code search and one department across years read, each code's line that
 * the code comparison shows.
 */
export function derivedRecords(
  doc: Pick<BudgetDocument, 'department' | 'year' | 'phase' | 'tables'>,
  id: bigint,
  out: Records,
): void {
  out.get('year_figures')?.push(...yearFigureRecords(doc, id));
  const summary = summaryRecords(doc.tables, id);
  out.get('summary_figures')?.push(...summary);
  out.get('summary_answers')?.push(summaryAnswerRecord(summary, id));
  out.get('doc_lines')?.push(...lineRecords(doc.tables, id));
  out.get('code_spending')?.push(...codeSpendingRecords(doc.tables, id));
}

/** The tables a document is written to, in the order they are written. */
export const DOCUMENT_TABLES = [
  'documents',
  'document_files',
  'doc_tables',
  'doc_columns',
  'doc_rows',
  'cells',
  'year_figures',
  'summary_figures',
  'summary_answers',
  'doc_lines',
  'code_spending',
  'sections',
  'claims',
  'findings',
];

/** Every row the document adds to the store; throws StoreError for an amount it cannot keep exactly. */
export function documentToRecords(doc: BudgetDocument, findings: Finding[], meta: DocumentMeta): Records {
  const out: Records = new Map(DOCUMENT_TABLES.map((name) => [name, []]));
  documentRecords(doc, findings, meta, out);
  tableRecords(doc, meta.id, out);
  derivedRecords(doc, meta.id, out);
  narrativeRecords(doc, meta.id, out);
  findingRecords(findings, meta.id, out);
  return out;
}
