/**
 * A stored document read back into the model's shapes — its tables with their rows, exact amounts
 * and origins, its narrative and its findings — through the store's read-only `query`, so it is
 * the same code on both engines. The base the exports build on.
 */
import type { Amount, Column, Finding, NarrativeSection, Origin, Row, Table } from '../model/types.js';
import type { QueryRow, Store, StoredDocument } from './store.js';

export interface StoredContent {
  document: StoredDocument;
  tables: Table[];
  narrative: NarrativeSection[];
  overview: NarrativeSection[];
  findings: Finding[];
}

const text = (v: unknown): string | undefined => (v === null || v === undefined ? undefined : String(v));

/** An origin with only the fields the store has for it, as the model writes it. */
export function originOf(row: QueryRow): Origin {
  const origin: Origin = { file: String(row.file ?? '') };
  if (row.page !== null && row.page !== undefined) origin.page = Number(row.page);
  if (row.sheet !== null && row.sheet !== undefined) origin.sheet = String(row.sheet);
  if (row.cell !== null && row.cell !== undefined) origin.cell = String(row.cell);
  if (row.box !== null && row.box !== undefined) origin.box = JSON.parse(String(row.box));
  if (row.line !== null && row.line !== undefined) origin.line = Number(row.line);
  return origin;
}

/** DECIMAL(20,6) text ("16239.540000", "-0.5") → the amount with the decimals printed. */
export function amountOf(decimal: string, scale: number, raw: string): Amount {
  const negative = decimal.startsWith('-');
  const [whole = '0', fraction = ''] = decimal.replace(/^-/, '').split('.');
  const at6 = BigInt(whole + fraction.padEnd(6, '0').slice(0, 6));
  const scaled = at6 / 10n ** BigInt(6 - scale);
  return { raw, scaled: negative ? -scaled : scaled, scale };
}

/** A read-only query: the store's, or a session's inside a transaction (a migration's backfill). */
export type Query = (sql: string, params?: Array<string | number | boolean | null>) => Promise<QueryRow[]>;

function tableOf(t: QueryRow): Table {
  return {
    kind: String(t.kind) as Table['kind'],
    title: String(t.title),
    unit: String(t.unit) as Table['unit'],
    source: originOf(t),
    columns: [],
    rows: [],
    empty: Boolean(t.empty),
    ...(t.empty_statement ? { emptyStatement: JSON.parse(String(t.empty_statement)) } : {}),
    notes: t.notes ? JSON.parse(String(t.notes)) : [],
  };
}

function columnOf(c: QueryRow): Column {
  const column: Column = {
    key: String(c.key),
    label: String(c.label),
    path: JSON.parse(String(c.path)),
    type: c.type as Column['type'],
  };
  if (c.side) column.side = c.side as Column['side'];
  return column;
}

function rowOf(r: QueryRow): Row {
  const row: Row = {
    label: String(r.label),
    name: String(r.name),
    code: text(r.code) ?? null,
    codeSource: (text(r.code_source) ?? null) as Row['codeSource'],
    level: r.level === null ? null : Number(r.level),
    isTotal: Boolean(r.is_total),
    values: {},
    texts: {},
    source: originOf(r),
  };
  if (r.side) row.side = r.side as Row['side'];
  if (r.ocr !== null) row.source.ocr = Boolean(r.ocr);
  return row;
}

/**
 * The tables of the documents with ids from `first` to `last`, by document: one query per table of
 * the store for all of them (a migration backfilling derived rows reads the store this way).
 */
export async function tablesOfDocuments(query: Query, first: number, last: number): Promise<Map<number, Table[]>> {
  const range = 'document_id BETWEEN $1 AND $2';
  const tables = await query(`SELECT * FROM doc_tables WHERE ${range} ORDER BY document_id, table_no`, [first, last]);
  const columns = await query(`SELECT * FROM doc_columns WHERE ${range} ORDER BY document_id, table_no, column_no`, [
    first,
    last,
  ]);
  const rows = await query(`SELECT * FROM doc_rows WHERE ${range} ORDER BY document_id, table_no, row_no`, [first, last]);
  const cells = await query(`SELECT * FROM cells WHERE ${range}`, [first, last]);
  const out = new Map<number, Table[]>();
  const of = (r: QueryRow) => out.get(Number(r.document_id))?.[Number(r.table_no)];
  for (const t of tables) {
    const id = Number(t.document_id);
    out.set(id, [...(out.get(id) ?? []), tableOf(t)]);
  }
  for (const c of columns) of(c)?.columns.push(columnOf(c));
  for (const r of rows) of(r)?.rows.push(rowOf(r));
  for (const c of cells) {
    const row = of(c)?.rows[Number(c.row_no)];
    if (!row) continue;
    const key = String(c.column_key);
    if (c.amount !== null) row.values[key] = amountOf(String(c.amount), Number(c.scale), String(c.raw));
    else row.texts[key] = String(c.text);
  }
  return out;
}

function sectionOf(s: QueryRow): NarrativeSection {
  const section: NarrativeSection = {
    number: String(s.number),
    heading: String(s.heading),
    text: String(s.text),
    source: originOf(s),
  };
  if (s.parent !== null) section.parent = String(s.parent);
  return section;
}

function findingOf(f: QueryRow): Finding {
  const finding: Finding = { rule: String(f.rule), severity: f.severity as Finding['severity'], message: String(f.message) };
  const optional: Array<[keyof Finding, unknown]> = [
    ['table', f.table_kind],
    ['row', f.row_name],
    ['column', f.column_key],
    ['expected', f.expected],
    ['actual', f.actual],
    ['difference', f.difference],
  ];
  for (const [key, value] of optional) if (value !== null) (finding as unknown as Record<string, unknown>)[key] = String(value);
  if (f.file !== null) finding.source = originOf(f);
  if (f.cell_origin !== null) finding.cell = JSON.parse(String(f.cell_origin));
  return finding;
}

/** The stored document with this id, or null. */
export async function readStoredDocument(store: Store, id: number): Promise<StoredContent | null> {
  const [document] = await store.listDocuments({ id });
  if (!document) return null;
  const sections = await store.query('SELECT * FROM sections WHERE document_id = $1 ORDER BY section_no', [id]);
  const findings = await store.query('SELECT * FROM findings WHERE document_id = $1 ORDER BY finding_no', [id]);
  return {
    document,
    tables: (await tablesOfDocuments((sql, params) => store.query(sql, params), id, id)).get(id) ?? [],
    narrative: sections.filter((s) => s.part === 'narrative').map(sectionOf),
    overview: sections.filter((s) => s.part === 'overview').map(sectionOf),
    findings: findings.map(findingOf),
  };
}
