/** What the export tests share: the seed documents as export tables, a CSV reader, LibreOffice. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot } from '../../tests/paths.js';
import { parseCsvLine } from '../codes/csv.js';
import { parseAmount } from '../model/amount.js';
import { readDocument } from '../reader.js';
import { tablesOf } from './input.js';
export const SEEDS = [
    '000_7094a3d6e0f48fbd.txt',
    '001_91a79292973e8735.txt',
    '002_b9fc89043e8814d5.txt',
    '003_07ebbe8a85530ef6.txt',
].map((name) => join(projectRoot, 'tests', 'fixtures', 'seeds', name));
/** A round-trip fixture: a seed as LibreOffice wrote it (tests/fixtures/roundtrip). */
export const roundtripFixture = (name) => join(projectRoot, 'tests', 'fixtures', 'roundtrip', name);
export async function tablesOfFiles(files) {
    return tablesOf(await Promise.all(files.map((f) => readDocument(f))));
}
/**
 * Records of a CSV text as RFC 4180 reads them: a line whose quotes are still open continues on the
 * next (a quoted field may hold line breaks), and each record is split by the data files' reader.
 */
export function parseCsvRecords(text) {
    const records = [];
    let pending = null;
    const lines = text.split(/\r?\n/);
    if (lines[lines.length - 1] === '')
        lines.pop();
    for (const line of lines) {
        pending = pending === null ? line : `${pending}\n${line}`;
        if ((pending.match(/"/g)?.length ?? 0) % 2 === 0) {
            records.push(parseCsvLine(pending));
            pending = null;
        }
    }
    if (pending !== null)
        records.push(parseCsvLine(pending));
    return records;
}
/** LibreOffice's command, when installed. */
export function soffice() {
    const found = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
    return found.status === 0 ? 'soffice' : null;
}
/** A table as 北京's 报表 print it (万元 to six decimals) with a negative figure and a name holding a comma and quotes. */
export function precisionTable() {
    const row = (code, name, total, isTotal = false) => ({
        code,
        name,
        level: code ? (code.length === 3 ? 1 : 2) : null,
        isTotal,
        values: { total: parseAmount(total) },
        texts: {},
        source: { file: 'beijing-baobiao.pdf', page: 3 },
    });
    return {
        document: {
            title: '北京市某局2026年部门预算',
            department: '北京市某局',
            year: 2026,
            phase: 'budget',
            file: 'beijing-baobiao.pdf',
            sha256: '',
        },
        kind: 'general_budget_expenditure',
        title: '一般公共预算财政拨款支出预算表',
        unit: '万元',
        source: { file: 'beijing-baobiao.pdf', page: 3 },
        columns: [{ key: 'total', label: '合计', path: ['本年', '合计'], type: 'amount' }],
        rows: [
            row(null, '合计', '9151.309668', true),
            row('201', '一般公共服务支出', '9163.809668'),
            row('20101', '人大事务, "代表"工作', '-12.500000'),
            row('221', '住房保障支出', '1633000'),
        ],
    };
}
//# sourceMappingURL=testing.js.map