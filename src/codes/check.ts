import { normalizeName } from '../model/names.js';
import type { BudgetDocument, Finding, Row, Table } from '../model/types.js';
import { type CodeList, codeList } from './lists.js';

/**
 * Checks of printed classification codes against the list of the document's year: a code that
 * does not exist, a printed name that is not the code's name, a 项 under the wrong 款, and a
 * level structure that cannot be right (a 项 directly under a 类).
 */
const FUNCTION_TABLES = new Set<Table['kind']>([
  'income_summary',
  'expenditure_summary',
  'general_budget_expenditure',
  'gov_fund_expenditure',
  'state_capital',
]);

/** Names compare equal when they differ only by the usual short forms. */
export function sameName(printed: string, listed: string): boolean {
  const a = shortForm(printed);
  const b = shortForm(listed);
  return a === b || a.startsWith(b) || b.startsWith(a);
}

function shortForm(name: string): string {
  return normalizeName(name)
    .replace(/[()（）]/g, '')
    .replace(/(?:支出|事务|费用?)$/, '');
}

function finding(table: Table, row: Row, rule: string, message: string, extra: Partial<Finding> = {}): Finding {
  return {
    rule,
    severity: 'warning',
    message,
    table: table.kind,
    row: row.name,
    column: 'code',
    source: row.source,
    ...extra,
  };
}

function checkTable(table: Table, list: CodeList, year: number | null): Finding[] {
  const findings: Finding[] = [];
  let lastClass: string | null = null;
  let lastSection: string | null = null;
  for (const row of table.rows) {
    if (row.codeSource !== 'printed' || !row.code) continue;
    const code = row.code;
    const entry = list.byCode.get(code);
    if (code.length === 3) {
      lastClass = code;
      lastSection = null;
    } else if (code.length === 5) {
      if (lastClass && !code.startsWith(lastClass)) {
        findings.push(
          finding(
            table,
            row,
            'codes/wrong-parent',
            `款 ${code} 不属于其上方的类 ${lastClass} / section ${code} is not under the class ${lastClass} above it`,
            { severity: 'error', expected: lastClass, actual: code.slice(0, 3) },
          ),
        );
      }
      lastSection = code;
    } else if (code.length === 7) {
      if (!lastSection && lastClass) {
        findings.push(
          finding(
            table,
            row,
            'codes/impossible-structure',
            `项 ${code} 直接列在类 ${lastClass} 之下，缺少款 / item ${code} sits directly under class ${lastClass} with no section`,
            { severity: 'error' },
          ),
        );
      } else if (lastSection && !code.startsWith(lastSection)) {
        findings.push(
          finding(
            table,
            row,
            'codes/wrong-parent',
            `项 ${code} 不属于其上方的款 ${lastSection} / item ${code} is not under the section ${lastSection} above it`,
            { severity: 'error', expected: lastSection, actual: code.slice(0, 5) },
          ),
        );
      }
    }
    if (list.entries.length === 0) continue;
    if (!entry) {
      const parentKnown = list.byCode.has(code.slice(0, code.length === 7 ? 5 : 3));
      findings.push(
        finding(
          table,
          row,
          'codes/unknown-code',
          `${year ?? ''}年科目表中没有代码 ${code}（${row.name}）${parentKnown ? '' : '，其上级也不在表中'} / code ${code} (${row.name}) is not in the ${year ?? ''} list`,
          { severity: 'warning', actual: code },
        ),
      );
      continue;
    }
    if (!sameName(row.name, entry.name)) {
      findings.push(
        finding(
          table,
          row,
          'codes/name-mismatch',
          `代码 ${code} 的科目名称应为“${entry.name}”，表中为“${row.label}” / code ${code} is named "${entry.name}", the table prints "${row.label}"`,
          {
            severity: entry.status === 'unverified' ? 'warning' : 'error',
            expected: entry.name,
            actual: row.label,
          },
        ),
      );
    }
  }
  return findings;
}

export function checkCodes(doc: BudgetDocument): Finding[] {
  const functionList = codeList('function', doc.year ?? 2024);
  const economicList = codeList('economic-department', doc.year ?? 2024);
  const findings: Finding[] = [];
  for (const table of doc.tables) {
    if (FUNCTION_TABLES.has(table.kind)) findings.push(...checkTable(table, functionList, doc.year));
    else if (table.kind === 'general_budget_basic_expenditure') findings.push(...checkTable(table, economicList, doc.year));
  }
  return findings;
}
