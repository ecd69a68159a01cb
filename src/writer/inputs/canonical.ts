/**
 * The canonical model's JSON (`extract --format json`, src/model/serialize.ts) read back into the
 * model: amounts from their decimal strings exactly (scale as printed), rows, columns and origins as
 * they were. The inverse of `documentJson`; anything that does not have its shape is refused.
 */
import { parseAmount } from '../../model/amount.js';
import type { Amount, BudgetDocument, Column, Row, Table } from '../../model/types.js';
import { TABLE_KINDS } from '../../model/types.js';
import { InputRefused } from '../workbook/refusal.js';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown, fallback = ''): string => (typeof v === 'string' ? v : fallback);

class Shape extends Error {}

function amounts(values: unknown, where: string): Record<string, Amount> {
  const out: Record<string, Amount> = {};
  for (const [key, text] of Object.entries(isObject(values) ? values : {})) {
    const amount = typeof text === 'string' ? parseAmount(text) : null;
    if (!amount) throw new Shape(`${where}: values.${key} = ${JSON.stringify(text)}`);
    out[key] = amount;
  }
  return out;
}

function rowOf(r: unknown, where: string): Row {
  if (!isObject(r)) throw new Shape(where);
  return {
    label: str(r.label),
    name: str(r.name),
    code: typeof r.code === 'string' ? r.code : null,
    codeSource: (r.code_source ?? null) as Row['codeSource'],
    level: typeof r.level === 'number' ? r.level : null,
    isTotal: r.is_total === true,
    ...(r.side === 'income' || r.side === 'expenditure' ? { side: r.side } : {}),
    values: amounts(r.values, where),
    texts: (isObject(r.texts) ? r.texts : {}) as Record<string, string>,
    source: (isObject(r.source) ? r.source : { file: '' }) as unknown as Row['source'],
  };
}

function tableOf(t: unknown, i: number): Table {
  const where = `tables[${i}]`;
  if (!isObject(t) || !(TABLE_KINDS as readonly unknown[]).includes(t.kind)) throw new Shape(`${where}.kind`);
  if (t.unit !== '万元' && t.unit !== '元') throw new Shape(`${where}.unit`);
  return {
    kind: t.kind as Table['kind'],
    title: str(t.title),
    unit: t.unit,
    source: (isObject(t.source) ? t.source : { file: '' }) as unknown as Table['source'],
    columns: list(t.columns).map((c) => {
      const column = c as Json;
      return {
        key: str(column.key),
        label: str(column.label),
        path: list(column.path).map((p) => str(p)),
        type: column.type === 'text' ? 'text' : 'amount',
        ...(column.side === 'income' || column.side === 'expenditure' ? { side: column.side } : {}),
      } satisfies Column;
    }),
    rows: list(t.rows).map((r, j) => rowOf(r, `${where}.rows[${j}]`)),
    empty: t.empty === true,
    ...(isObject(t.empty_statement) ? { emptyStatement: t.empty_statement as unknown as Table['emptyStatement'] } : {}),
    notes: list(t.notes) as Table['notes'],
  };
}

/** The document a canonical JSON text holds (one document, or an array of exactly one). */
export function parseCanonicalJson(text: string, file: string): BudgetDocument {
  const refuse = (zh: string, en: string) => new InputRefused([{ reason: 'json', zh, en }], file);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw refuse(`不是有效的 JSON（${detail}）`, `not valid JSON (${detail})`);
  }
  const one = Array.isArray(parsed) && parsed.length === 1 ? parsed[0] : parsed;
  if (!isObject(one) || !isObject(one.document) || !Array.isArray(one.tables))
    throw refuse(
      '不是 BudgetLens 的文档 JSON（缺少 document 或 tables）',
      'not a BudgetLens document JSON (no document or tables)',
    );
  const d = one.document;
  try {
    return {
      title: str(d.title),
      department: typeof d.department === 'string' ? d.department : null,
      year: typeof d.year === 'number' ? d.year : null,
      phase: d.phase === 'final_account' ? 'final_account' : 'budget',
      scope: d.scope === 'unit' ? 'unit' : 'department',
      unit: d.unit === '元' ? '元' : '万元',
      units: list(d.units).map((u) => str(u)),
      source: (isObject(d.source) ? d.source : { file, format: 'text', sha256: '' }) as unknown as BudgetDocument['source'],
      tables: one.tables.map(tableOf),
      narrative: list(one.narrative) as BudgetDocument['narrative'],
      overview: list(one.overview) as BudgetDocument['overview'],
      toc: list(one.toc) as BudgetDocument['toc'],
      findings: list(one.findings) as BudgetDocument['findings'],
    };
  } catch (error) {
    if (!(error instanceof Shape)) throw error;
    throw refuse(`文档 JSON 的结构不对：${error.message}`, `the document JSON is malformed at ${error.message}`);
  }
}
