import { outOfYear } from '../../codes/changes.js';
import { type CodeList, codeList, type Scheme } from '../../codes/lists.js';
import { type ObservedCode, observedCode, printedAsObserved } from '../../codes/observed.js';
import { nameInOtherYear } from '../../codes/renames.js';
import { SPENDING_BY_ECONOMIC, SPENDING_BY_FUNCTION } from '../../model/kinds.js';
import { normalizeName } from '../../model/names.js';
import type { Row, Table } from '../../model/types.js';
import { tableName } from '../table-helpers.js';
import type { Report, Rule, RuleContext } from '../types.js';

const FUNCTION_TABLES = new Set<Table['kind']>(['income_summary', ...SPENDING_BY_FUNCTION]);
const ECONOMIC_TABLES = new Set<Table['kind']>(SPENDING_BY_ECONOMIC);

/** Names compare equal when they differ only by the usual short forms (支出/事务 suffixes, brackets, 的). */
export function sameName(printed: string, listed: string): boolean {
  const a = shortForm(printed);
  const b = shortForm(listed);
  return a === b || a.startsWith(b) || b.startsWith(a);
}

/**
 * Names sharing most of their characters (突发公共卫生事件应急处置 / 应急处理, 妇幼保健医院 / 妇产医院):
 * against another year's list, such a name is probably the code's later name, not a wrong one.
 */
export function closeName(printed: string, listed: string): boolean {
  const a = new Set(shortForm(printed));
  const b = new Set(shortForm(listed));
  let shared = 0;
  for (const ch of a) if (b.has(ch)) shared++;
  return a.size + b.size > 0 && (2 * shared) / (a.size + b.size) >= 0.5;
}

function shortForm(name: string): string {
  return (
    normalizeName(name)
      // 对个人和家庭补助 for 对个人和家庭的补助 (烟台's 基本支出表).
      .replace(/[()（）的]/g, '')
      .replace(/(?:支出|事务|费用?)$/, '')
  );
}

/**
 * The list a printed code belongs to, by its first digit: 支出功能分类 类 are 201–234, 部门预算支出经济分类
 * 类 301–399. A table titled as a function table may print economic codes (泉州's
 * 一般公共预算支出经济分类情况表): each code is checked against its own list.
 */
export function schemeOfCode(code: string): 'function' | 'economic-department' | null {
  if (/^2\d{2}(?:\d{2}){0,2}$/.test(code)) return 'function';
  // 3010201, 3021101: a 项 a region adds under an economic 款 (重庆, 北京).
  if (/^3\d{2}(?:\d{2}){0,2}$/.test(code)) return 'economic-department';
  return null;
}

function checkTable(context: RuleContext, table: Table, rows: Row[], scheme: Scheme, list: CodeList, year: number) {
  let lastClass: string | null = null;
  let lastSection: string | null = null;
  const at = (row: Row) => ({ table, row, column: 'code', source: row.source });
  const looked = new Set<string>();
  // Wrong names are held back: most of a table's codes naming other items is one fact (its own numbering).
  const wrongNames: Report[] = [];
  let named = 0;
  // Parents are checked where the table prints the hierarchy (类 rows): a flat list of 项 may hold a
  // 款 used as an item of its own (21598 超长期特别国债安排的支出 among 7-digit rows).
  const hierarchical = rows.some((r) => r.code?.length === 3);
  for (const row of rows) {
    if (row.codeSource !== 'printed' || !row.code) continue;
    const code = row.code;
    const data = { table: tableName(table), code, name: row.label, year, parent: '' };
    const notUnder = (parent: string | null) => {
      if (!hierarchical || parent === null || code.startsWith(parent)) return;
      context.report({
        messageId: 'parent',
        data: { ...data, parent },
        ...at(row),
        expected: parent,
        actual: code.slice(0, parent.length),
      });
    };
    if (code.length === 3) {
      lastClass = code;
      lastSection = null;
    } else if (code.length === 5) {
      notUnder(lastClass);
      lastSection = code;
    } else if (code.length === 7 && scheme === 'economic-department') {
      // A local item of a 款 (北京 3021101 差旅费 under 30211, printed after a sibling 款): its 款 must
      // be a listed one; the item itself is looked up below (the national list writes out no 项).
      notUnder(lastClass);
      if (list.entries.length > 0 && !list.byCode.has(code.slice(0, 5))) {
        // As for any missing code: a note when the list is derived from another year's.
        context.report({
          messageId: list.isExact ? 'unknown' : 'unknownDerived',
          severity: list.isExact ? 'warning' : 'info',
          data: { ...data, code: code.slice(0, 5), list_year: list.baseYear ?? '' },
          ...at(row),
          actual: code,
        });
        continue;
      }
    } else if (code.length === 7) {
      if (hierarchical && !lastSection && lastClass)
        context.report({ messageId: 'structure', data: { ...data, parent: lastClass }, ...at(row) });
      else notUnder(lastSection);
    }
    if (list.entries.length === 0) continue;
    // A code printed on many rows (a detail table by function and economic classification) is looked up once.
    if (looked.has(`${code}|${row.name}`)) continue;
    looked.add(`${code}|${row.name}`);
    const entry = list.byCode.get(code);
    if (entry) named++;
    const matches = entry !== undefined && sameName(row.name, entry.name);
    // An old name in a newer document (or the reverse) is a renaming, not an unknown code or a wrong name.
    const other = matches ? null : nameInOtherYear(scheme, code, row.name, year, sameName);
    if (other) {
      context.report({
        messageId: 'renamed',
        severity: 'warning',
        data: { ...data, other_year: other.year, listed_code: other.code, listed: other.name },
        ...at(row),
        expected: other.name,
        actual: row.label,
      });
    } else if (!entry) {
      // A code of another year's list (new later, or dropped before) is named as such, not as unknown.
      const change = outOfYear(scheme, code, year);
      const evidence = change || list.isExact ? null : evidenceOf(scheme, list, code, year);
      if (evidence) {
        // Printed in the year's documents: it exists; its name is checked against theirs.
        if (!printedAsObserved(evidence, row.name, sameName))
          context.report(observedNameReport(data, evidence, list, at(row), row));
        continue;
      }
      // Under a parent whose children the list does not write out (214's 项, local 7-digit economic
      // codes), or under a parent it does not have, a missing code says nothing about the document.
      const parent = code.length > 3 ? code.slice(0, code.length - 2) : null;
      const covered = parent === null || list.hasChildren(parent);
      // A list derived from another year's knows only the changes recorded since: a code missing from it
      // may be one nobody recorded (2300255 in a 2023 document), so it is noted, naming the list's status.
      const unknownId = list.isExact ? 'unknown' : 'unknownDerived';
      context.report({
        messageId: change ? (change.change === 'added' ? 'notYet' : 'dropped') : covered ? unknownId : 'uncovered',
        severity: change || (covered && list.isExact) ? 'warning' : 'info',
        data: change ? { ...data, change_year: change.year } : { ...data, parent: parent ?? '', list_year: list.baseYear ?? '' },
        ...at(row),
        actual: code,
      });
    } else if (!matches) {
      // Against another year's list (no list of the document's year), a close name is probably a
      // renaming since, which is not recorded (应急处理 / 应急处置), and so is any name against an entry
      // whose name in that list is itself unverified (湖州 2026 2082805 军供保障 / 部队供应): a note,
      // since the document is more likely right than the list. An unrelated name against a known entry
      // is still wrong.
      // The year's documents printing the list's name (and not this one) say the name is not a later
      // renaming but wrong: an error when several cities print it, a warning on one city's word.
      const evidence = list.isExact ? null : evidenceOf(scheme, list, code, year);
      const confirmed =
        evidence !== null && sameName(evidence.name, entry.name) && !printedAsObserved(evidence, row.name, sameName);
      const renamedSince = !list.isExact && !confirmed && (closeName(row.name, entry.name) || entry.status === 'unverified');
      const severity = confirmed ? (evidence.cities >= 2 ? undefined : 'warning') : undefined;
      const report: Report = {
        messageId: renamedSince ? 'nameInListYear' : confirmed ? 'nameConfirmed' : 'name',
        severity: renamedSince ? 'info' : confirmed ? severity : entry.status === 'unverified' ? 'warning' : undefined,
        data: { ...data, listed: entry.name, list_year: list.baseYear ?? '', cities: evidence?.cities ?? '' },
        ...at(row),
        expected: entry.name,
        actual: row.label,
      };
      if (report.messageId !== 'nameInListYear' && report.severity === undefined) wrongNames.push(report);
      else context.report(report);
    }
  }
  reportWrongNames(context, table, wrongNames, named);
}

/**
 * Evidence that documents of the year print this code (src/codes/observed.ts), when it is a code of the
 * numbering: under a parent the list or the evidence has.
 */
function evidenceOf(scheme: Scheme, list: CodeList, code: string, year: number): ObservedCode | null {
  const evidence = observedCode(scheme, year, code);
  const parent = code.length > 3 ? code.slice(0, code.length - 2) : null;
  if (!evidence || (parent !== null && !list.byCode.has(parent) && !observedCode(scheme, year, parent))) return null;
  return evidence;
}

/** A code the list lacks, printed by the year's documents under another name: a warning, since the evidence is unofficial. */
function observedNameReport(
  data: Record<string, string | number>,
  evidence: ObservedCode,
  list: CodeList,
  where: Pick<Report, 'table' | 'row' | 'column' | 'source'>,
  row: Row,
): Report {
  return {
    messageId: 'observedName',
    severity: 'warning',
    data: { ...data, observed: evidence.name, cities: evidence.cities, list_year: list.baseYear ?? '' },
    ...where,
    expected: evidence.name,
    actual: row.label,
  };
}

/** Wrong names from which a table is read as numbering its items its own way: this many, and at least a third of its codes. */
const OWN_NUMBERING = 4;

/**
 * A few wrong names are each an error; most of a table's codes naming other items than the list's
 * is one fact, the table numbering its items its own way (上海 普陀 社会福利院 2024 p.14: 30202 咨询费,
 * 30203 水费 … 12 of its 26 codes): one error naming the first few.
 */
function reportWrongNames(context: RuleContext, table: Table, wrong: Report[], named: number) {
  if (wrong.length < OWN_NUMBERING || wrong.length * 3 < named) {
    for (const report of wrong) context.report(report);
    return;
  }
  const [first] = wrong as [Report];
  const examples = wrong
    .slice(0, 3)
    .map((r) => `${r.data?.code} ${r.actual}（科目表：${r.expected}）`)
    .join('；');
  context.report({
    ...first,
    messageId: 'ownNumbering',
    data: { table: tableName(table), count: wrong.length, named, examples },
    expected: undefined,
    actual: undefined,
  });
}

/** Printed classification codes exist in the list of the document's year, with their names, under the right parents. */
export const classificationCodes: Rule = {
  meta: {
    id: 'classification-codes',
    title: { zh: '科目代码', en: 'Classification codes' },
    description: {
      zh: '表中印出的支出功能分类和经济分类代码应存在于该年度的《政府收支分类科目》中，科目名称应与代码一致（允许常见简称），项应列在所属的款之下，款应列在所属的类之下，项不能直接列在类之下。代码不在该年度完整科目表中时为警告；没有该年度完整科目表、按另一年度推算时为提示（推算的科目表可能缺少未记录的新增科目）；科目表没有列出其上级科目之下的科目（如 214 类的项、地方增设的七位经济分类代码）时无法核对，为提示；印出的是该代码在另一年度科目表中的名称（如新文件用旧名称）时为警告，并指明年度；代码只在另一年度的科目表中（如 2025 年才增设的科目印在 2024 年文件中）时也为警告，并指明增设或删除的年度。没有该年度完整科目表时，以信息说明按哪一年的科目表核对，名称与该科目表相近而不同、或该科目表中的名称本身未经核实时为提示（多为其后未记录的更名，文件比科目表更可信），与已核实名称无关的名称仍为错误。没有该年度完整科目表时，另以该年度各地公开文件实际印出的代码为佐证（非官方，src/codes/evidence）：科目表缺少而公开文件印出的代码不称为“不在科目表中”，其名称与这些文件印出的名称都不符时为警告；科目表的名称与各地文件印出的名称一致而表中名称不同时，不再视为其后的更名：两个以上城市印出时为错误，仅一个城市时为警告。一张表中至少 4 个且不少于三分之一的代码名称不符时，合为一条错误（表中似按另一套编码列示）。',
      en: 'Printed function and economic codes exist in the classification list of the document year, with matching names (usual short forms allowed); each 项 sits under its own 款 and each 款 under its 类; no 项 directly under a 类. A code missing from the complete list of the document year is a warning; missing from a list derived from another year’s (no complete list for the year) it is an info finding, since the derived list may lack additions nobody recorded; it is an info finding too when the list writes out nothing under its parent (the 项 of 214, seven-digit economic codes a region adds), which cannot be checked; a name that is the code’s name in another year’s list (an old name in a newer document) is a warning naming that year, and so is a code only in another year’s list (added later or removed before), naming the year of the change. Without a complete list for the year, an info finding says which list was used, and a name close to but different from the one in that list, or any name against an entry whose name in that list is itself unverified, is an info finding (most likely a later renaming nobody recorded: the document is more likely right than the list); an unrelated name against a known entry is still an error. Without a complete list for the year, the codes that disclosures of that year print (unofficial evidence, src/codes/evidence) are used too: a code the list lacks that they print is not called missing, and a name matching none of the names they print with it is a warning; where they print the list’s name, a different name is not taken for a later renaming: an error when two or more cities print it, a warning on one city’s word. When at least 4 and at least a third of a table’s codes name other items, they are one error (the table numbers its items its own way).',
    },
    severity: 'error',
    tags: ['classification'],
    messages: {
      unknown: {
        zh: '{table}：{year}年科目表中没有代码 {code}（{name}）',
        en: '{table}: code {code} ({name}) is not in the {year} list',
      },
      name: {
        zh: '{table}：代码 {code} 的科目名称应为“{listed}”，表中为“{name}”',
        en: '{table}: code {code} is named "{listed}", the table prints "{name}"',
      },
      ownNumbering: {
        zh: '{table}：{named} 个代码中 {count} 个的科目名称与科目表不符，表中似按另一套编码列示：{examples}…',
        en: '{table}: {count} of {named} codes name other items than the list does; the table seems to number its items its own way: {examples}…',
      },
      nameConfirmed: {
        zh: '{table}：代码 {code} 的科目名称应为“{listed}”，表中为“{name}”（按 {list_year} 年科目表推算，{cities} 个城市的 {year} 年公开文件也印为“{listed}”）',
        en: '{table}: code {code} is named "{listed}", the table prints "{name}" (derived from the {list_year} list; {year} disclosures of {cities} cities print "{listed}" too)',
      },
      observedName: {
        zh: '{table}：代码 {code} 不在按 {list_year} 年推算的 {year} 年科目表中，{cities} 个城市的 {year} 年公开文件印为“{observed}”（非官方科目表，仅为佐证），表中为“{name}”',
        en: '{table}: code {code} is not in the {year} list derived from the {list_year} list; {year} disclosures of {cities} cities print it as "{observed}" (not an official list, evidence only), the table prints "{name}"',
      },
      nameInListYear: {
        zh: '{table}：代码 {code} 在 {list_year} 年科目表中名为“{listed}”，表中为“{name}”（没有 {year} 年科目表，其后的更名未记录）',
        en: '{table}: code {code} is named "{listed}" in the {list_year} list, the table prints "{name}" (no {year} list: later renamings are not recorded)',
      },
      unknownDerived: {
        zh: '{table}：代码 {code}（{name}）不在 {year} 年科目表中；该表由 {list_year} 年科目表和已记录的变化推算，可能缺少未记录的新增科目',
        en: '{table}: code {code} ({name}) is not in the {year} list, which is derived from the {list_year} list and the changes recorded since, and may lack additions nobody recorded',
      },
      uncovered: {
        zh: '{table}：科目表未列出 {parent} 下的科目，无法核对代码 {code}（{name}）',
        en: '{table}: the list does not write out the entries under {parent}; code {code} ({name}) cannot be checked',
      },
      parent: {
        zh: '{table}：{code}（{name}）不属于其上方的 {parent}',
        en: '{table}: {code} ({name}) does not belong under {parent} above it',
      },
      notYet: {
        zh: '{table}：代码 {code}（{name}）自 {change_year} 年起才列入科目表，{year} 年科目表中没有',
        en: '{table}: code {code} ({name}) is in the lists from {change_year} on, not in the {year} list',
      },
      dropped: {
        zh: '{table}：代码 {code}（{name}）已于 {change_year} 年从科目表删除，{year} 年科目表中没有',
        en: '{table}: code {code} ({name}) was removed from the lists in {change_year}; it is not in the {year} list',
      },
      renamed: {
        zh: '{table}：代码 {code} 印为“{name}”，这是 {other_year} 年科目表的名称；{year} 年科目表为 {listed_code}“{listed}”',
        en: '{table}: code {code} prints "{name}", its name in the {other_year} list; the {year} list has {listed_code} "{listed}"',
      },
      year: {
        zh: '没有完整的 {year} 年支出功能分类科目表，按 {list_year} 年科目表（计入已记录的更名和增删）核对',
        en: 'No complete {year} function classification list; checked against the {list_year} list with the recorded renamings, additions and removals',
      },
      economicYear: {
        zh: '没有 {year} 年的经济分类科目表，按 {list_year} 年科目表核对',
        en: 'No {year} economic classification list; checked against the {list_year} list',
      },
      structure: {
        zh: '{table}：项 {code}（{name}）直接列在类 {parent} 之下，缺少款',
        en: '{table}: item {code} ({name}) sits directly under class {parent} with no section',
      },
    },
  },
  check(context) {
    const year = context.doc.year ?? 2024;
    const functions = codeList('function', year);
    const economics = codeList('economic-department', year);
    const tables = context.doc.tables.filter((t) => FUNCTION_TABLES.has(t.kind) || ECONOMIC_TABLES.has(t.kind));
    // A code of neither list's digits is checked against the list the table's kind uses.
    const own = (t: Table): Scheme => (FUNCTION_TABLES.has(t.kind) ? 'function' : 'economic-department');
    const printed = (t: Table, scheme: Scheme) =>
      t.rows.filter((r) => r.codeSource === 'printed' && r.code !== null && (schemeOfCode(r.code) ?? own(t)) === scheme);
    const functionRows = tables.map((t) => printed(t, 'function'));
    const economicRows = tables.map((t) => printed(t, 'economic-department'));
    if (!functions.isExact && tables.some((t) => FUNCTION_TABLES.has(t.kind))) {
      context.report({ messageId: 'year', severity: 'info', data: { year, list_year: functions.baseYear ?? '' } });
    }
    const economicTables = tables.filter((t, i) => ECONOMIC_TABLES.has(t.kind) || economicRows[i]?.length);
    if (!economics.isExact && economicTables.length > 0) {
      context.report({ messageId: 'economicYear', severity: 'info', data: { year, list_year: economics.baseYear ?? '' } });
    }
    tables.forEach((table, i) => {
      checkTable(context, table, functionRows[i] ?? [], 'function', functions, year);
      checkTable(context, table, economicRows[i] ?? [], 'economic-department', economics, year);
    });
  },
};
