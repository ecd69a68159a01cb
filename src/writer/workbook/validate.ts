/**
 * What a filled workbook must be before anything is written from it: every table the profile
 * requires, sums that tie (the checker's own arithmetic rules), codes of the year's classification
 * lists, no negative amount, every amount a number. Each problem is a Refusal naming its cell.
 */

import { outOfYear } from '../../codes/changes.js';
import { codeList } from '../../codes/lists.js';
import { KIND_NAMES } from '../../model/kinds.js';
import { compact } from '../../model/names.js';
import type { BudgetDocument, Finding, Origin, Row, Table, TableKind } from '../../model/types.js';
import { check } from '../../rules/engine.js';
import type { Profile as CheckProfile } from '../../rules/profiles.js';
import { RULES } from '../../rules/registry.js';
import { balance } from '../../rules/rules/balance.js';
import { schemeOfCode } from '../../rules/rules/classification-codes.js';
import { crossTable } from '../../rules/rules/cross-table.js';
import { whyEmpty } from '../../rules/rules/empty-statement.js';
import { hierarchySum } from '../../rules/rules/hierarchy-sum.js';
import { procurementSum } from '../../rules/rules/procurement-sum.js';
import { rowIdentity } from '../../rules/rules/row-identity.js';
import { threePublicSum } from '../../rules/rules/three-public-sum.js';
import { tableName } from '../../rules/table-helpers.js';
import type { CellLocator } from './locate.js';
import type { Refusal } from './refusal.js';
import { unbalancedSummaries } from './summary-balance.js';

/** The rules whose errors mean the figures do not add up. */
export const ARITHMETIC_RULES = [hierarchySum, rowIdentity, balance, threePublicSum, procurementSum, crossTable];

/** Required tables of the profile that the document lacks: one refusal each, naming the sheet it should be on. */
export function missingTables(
  doc: BudgetDocument,
  profile: CheckProfile,
  sheetOf: (kind: TableKind) => string | undefined,
): Refusal[] {
  const present = new Set(doc.tables.map((t) => t.kind));
  return profile.required
    .filter(([kind]) => !present.has(kind))
    .map(([kind, name]) => {
      const sheet = sheetOf(kind);
      return {
        reason: 'missing-table',
        table: kind,
        zh: `缺少必须公开的${name}（${profile.name.zh}）${sheet ? `：工作表“${sheet}”中未找到该表` : ''}`,
        en: `the required ${KIND_NAMES[kind]} (${kind}) is missing (${profile.name.en})${sheet ? `: not found on sheet "${sheet}"` : ''}`,
        ...(sheet ? { sheet } : {}),
      };
    });
}

/** Error findings of the arithmetic rules, each at the cell of the figure that does not tie. */
export function sumsThatDoNotTie(doc: BudgetDocument, locator: CellLocator): Refusal[] {
  const rows = new Map<Origin, { table: Table; row: Row }>();
  for (const table of doc.tables) for (const row of table.rows) rows.set(row.source, { table, row });
  // The same run in each language: the findings come in the same order, so each has its two messages.
  const zh = check(doc, { rules: ARITHMETIC_RULES, locale: 'zh' }).findings;
  const en = check(doc, { rules: ARITHMETIC_RULES, locale: 'en' }).findings;
  return zh
    .map((f, i) => ({ f, en: en[i]?.message ?? f.message }))
    .filter(({ f }) => f.severity === 'error')
    .map(({ f, en }) => sumRefusal(f, en, rows, locator));
}

function sumRefusal(f: Finding, en: string, rows: Map<Origin, { table: Table; row: Row }>, locator: CellLocator): Refusal {
  const zh = f.message;
  const at = f.cell ?? f.source;
  const hit = at ? rows.get(at) : undefined;
  const place = hit ? locator.amountCell(hit.table, hit.row, f.column) : at ? locator.cell(at) : {};
  return { reason: 'sum', zh, en, ...place };
}

/**
 * The checker's rules about the tables themselves, other than the sums: performance targets against
 * their money (performance-amount, performance-indicator) and the classification (classification-codes).
 * Not the narrative rules (the writer computes every sentence, so the input's own text errors are gone)
 * nor completeness (the writer prints every table, statement and 目录 itself; missingTables and
 * unfilledTables hold the input to what it must give).
 */
export const TABLE_RULES = RULES.filter(
  (r) => !ARITHMETIC_RULES.includes(r) && !r.meta.tags.some((t) => t === 'narrative' || t === 'completeness'),
);

/**
 * Error findings of the table rules: a department's tables that the checker finds wrong would be
 * published wrong, so they are refused like a sum that does not tie, each at its row's cell or line.
 */
export function tableErrors(doc: BudgetDocument, locator: CellLocator): Refusal[] {
  const zh = check(doc, { rules: TABLE_RULES, locale: 'zh' }).findings;
  const en = check(doc, { rules: TABLE_RULES, locale: 'en' }).findings;
  return zh.flatMap((f, i) =>
    f.severity === 'error'
      ? [
          {
            reason: 'table',
            zh: f.message,
            en: en[i]?.message ?? f.message,
            ...(f.source ? locator.cell(f.cell ?? f.source) : {}),
          },
        ]
      : [],
  );
}

/** Codes printed in tables by classification that the year's list does not have. */
export function unknownCodes(doc: BudgetDocument, locator: CellLocator): Refusal[] {
  const year = doc.year;
  if (year === null) return [];
  const out: Refusal[] = [];
  for (const table of doc.tables) {
    for (const row of table.rows) {
      if (row.isTotal || !row.code || row.codeSource !== 'printed') continue;
      const scheme = schemeOfCode(row.code);
      if (!scheme) continue;
      const list = codeList(scheme, year);
      if (list.byCode.has(row.code)) continue;
      // A list the year's file does not give (derived or fallback) may lack a code added since: only a
      // code no list of any year knows is refused then. Codes under a parent the list does not write
      // out (214's 项, local economic 项) cannot be checked.
      const parent = row.code.length > 3 ? row.code.slice(0, row.code.length - 2) : null;
      if (parent !== null && !list.hasChildren(parent)) continue;
      if (!list.isExact && outOfYear(scheme, row.code, year)) continue;
      out.push({
        reason: 'code',
        zh: `${tableName(table)}：科目代码 ${row.code}（${row.name}）不在 ${list.baseYear ?? year} 年《政府收支分类科目》中`,
        en: `${table.kind}: classification code ${row.code} (${row.name}) is not in the ${list.baseYear ?? year} classification list`,
        ...locator.cell(row.source),
      });
    }
  }
  return out;
}

/** Amounts below zero: no budget or final-account figure of the standard tables can be. */
export function negativeAmounts(doc: BudgetDocument, locator: CellLocator): Refusal[] {
  const out: Refusal[] = [];
  for (const table of doc.tables) {
    for (const row of table.rows) {
      for (const column of table.columns) {
        const amount = row.values[column.key];
        if (!amount || amount.scaled >= 0n || (row.side && column.side && row.side !== column.side)) continue;
        out.push({
          reason: 'negative',
          zh: `${tableName(table)}：“${row.label.trim() || row.name}”的${column.label}为负数 ${amount.raw}，此处不能为负`,
          en: `${table.kind}: ${column.key} of "${row.name}" is negative (${amount.raw}); it cannot be`,
          ...locator.amountCell(table, row, column.key),
        });
      }
    }
  }
  return out;
}

/**
 * Cells of amount columns that hold words or malformed figures (the reader's unparsable-amount
 * findings). A total's label (支出总计) is not one: on an unfilled two-sided table the reader may take
 * the right side's label column for an amount column (Shanghai's own 收支总表 before it is filled).
 */
export function notNumbers(doc: BudgetDocument, locator: CellLocator, tableSheets: Set<string>): Refusal[] {
  return doc.findings
    .filter((f) => f.rule === 'reader/unparsable-amount' && f.source?.sheet !== undefined && tableSheets.has(f.source.sheet))
    .map((f) => ({ f, text: /“(.*)”/.exec(f.message)?.[1] }))
    .filter(({ text }) => !/^(?:本年)?(?:收入|支出)?(?:合计|总计)$/.test(compact(text ?? '')))
    .map(({ f, text }) => {
      return {
        reason: 'not-a-number',
        zh: `金额单元格不是数字：“${text ?? ''}”`,
        en: `an amount cell is not a number: "${text ?? ''}"`,
        ...locator.cell(f.source as Origin, text),
      };
    });
}

/**
 * The tables that hold the department's whole money: a department that discloses has income and
 * spends it, so these are never empty — an empty one is a template not yet filled, statement or not.
 */
const NEVER_EMPTY = new Set<TableKind>([
  'income_expenditure_summary',
  'income_summary',
  'expenditure_summary',
  'fiscal_appropriation_summary',
]);

/** A figure typed anywhere, 0 included (a department with no 机关运行经费 types 0), or a text. */
const holdsData = (table: Table) => table.rows.some((r) => Object.keys(r.texts).length > 0 || Object.keys(r.values).length > 0);

/**
 * Required tables left as the template gave them: no figure at all and nothing saying why. A table the
 * department has no money for is published empty with its statement (domain.md: “本部门无政府性基金
 * 预算拨款支出”, 注：本表无数据) — written under the table, or shown by the tables themselves (the
 * checker's empty-statement rule: the 收支总表 prints that fund's income at 0, the 一般公共预算支出表
 * no 基本支出) — and is accepted; the 总表s never are. Each is named by its sheet and the cells its
 * rows take.
 */
export function unfilledTables(doc: BudgetDocument, profile: CheckProfile, locator: CellLocator): Refusal[] {
  const required = new Map(profile.required);
  return doc.tables
    .filter((t) => required.has(t.kind) && !holdsData(t))
    .filter((t) => NEVER_EMPTY.has(t.kind) || (!t.emptyStatement && whyEmpty(doc, t) === null))
    .map((table) => {
      const name = required.get(table.kind) ?? KIND_NAMES[table.kind];
      const place = locator.rowsRange(table);
      const where = place.cell ?? '';
      return {
        reason: 'unfilled',
        table: table.kind,
        zh: NEVER_EMPTY.has(table.kind)
          ? `${name}未填写：${where} 中没有任何数字（本表列示部门的全部收支，不能为空）`
          : `${name}未填写：${where} 中没有任何数字，也没有说明本表为何为空（如无此项资金，请在表下写明“本部门无……，故本表无数据。”）`,
        en: NEVER_EMPTY.has(table.kind)
          ? `${table.kind} is not filled in: no figure in ${where} (it holds all the department's money and cannot be empty)`
          : `${table.kind} is not filled in: no figure in ${where} and no statement why it is empty (with no such money, write under the table "本部门无……，故本表无数据。")`,
        ...place,
      };
    });
}

/** Every check at once, in the order a person fixes them: tables, cells, codes, then sums. */
export function validateDocument(
  doc: BudgetDocument,
  profile: CheckProfile,
  locator: CellLocator,
  options: { sheetOf?: (kind: TableKind) => string | undefined; tableSheets?: Set<string> } = {},
): Refusal[] {
  return [
    ...missingTables(doc, profile, options.sheetOf ?? (() => undefined)),
    ...(options.tableSheets ? unfilledTables(doc, profile, locator) : []),
    ...(options.tableSheets ? notNumbers(doc, locator, options.tableSheets) : []),
    ...negativeAmounts(doc, locator),
    ...unknownCodes(doc, locator),
    ...sumsThatDoNotTie(doc, locator),
    ...unbalancedSummaries(doc, locator),
    ...tableErrors(doc, locator),
  ];
}
