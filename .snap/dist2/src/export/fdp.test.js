import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import AjvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import { projectRoot } from '../../tests/paths.js';
import { atScale, parseAmount } from '../model/amount.js';
import { fdpFiles, fdpPhase, lineRows } from './fdp.js';
import { parseCsvRecords, precisionTable, SEEDS, tablesOfFiles } from './testing.js';
/** The Fiscal Data Package profile as frictionless ships it (tests/fixtures/schemas/README.md). */
function fdpValidator() {
    const schema = JSON.parse(readFileSync(join(projectRoot, 'tests', 'fixtures', 'schemas', 'fiscal-data-package.json'), 'utf8'));
    // The profile's annotations (propertyOrder, context, examples) are no keywords: not strict about them.
    // Both are CommonJS modules whose class or function is their `default`.
    const ajv = new AjvDraft04.default({ strict: false, allErrors: true });
    ajvFormats.default(ajv);
    ajv.addFormat('textarea', true);
    return ajv.compile(schema);
}
function unpack(tables) {
    const files = fdpFiles(tables);
    const descriptor = JSON.parse(files.find((f) => f.name === 'datapackage.json')?.data);
    const [header, ...records] = parseCsvRecords(files.find((f) => f.name === 'budget-lines.csv')?.data);
    const lines = records.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
    return { descriptor, header: header, lines };
}
describe('fiscal data package', () => {
    let tables;
    before(async () => {
        tables = await tablesOfFiles(SEEDS);
    });
    it('is valid against the Fiscal Data Package schema', () => {
        const validate = fdpValidator();
        const { descriptor } = unpack(tables);
        assert.ok(validate(descriptor), JSON.stringify(validate.errors, null, 2));
    });
    it('is refused by the schema when a measure has no ISO currency or an unknown phase (the validation bites)', () => {
        const validate = fdpValidator();
        for (const change of [{ currency: 'rmb' }, { phase: 'final_account' }, { direction: 'spending' }]) {
            const { descriptor } = unpack(tables);
            const first = Object.values(descriptor.model.measures)[0];
            Object.assign(first, change);
            assert.equal(validate(descriptor), false, JSON.stringify(change));
        }
    });
    it('describes every column of its CSV, and every measure and attribute names one of them', () => {
        const { descriptor, header } = unpack(tables);
        const fields = descriptor.resources[0]?.schema.fields.map((f) => f.name);
        assert.deepEqual(fields, header);
        for (const measure of Object.values(descriptor.model.measures)) {
            assert.ok(header.includes(measure.source), measure.source);
            assert.equal(measure.currency, 'CNY');
            assert.equal(measure.factor, 10000, 'the seeds are in 万元');
            assert.equal(measure.phase, 'proposed');
        }
        for (const dimension of Object.values(descriptor.model.dimensions))
            for (const a of Object.values(dimension.attributes))
                assert.ok(header.includes(a.source), a.source);
        assert.equal(descriptor.model.measures.expenditure_budget_total?.direction, 'expenditure');
        assert.equal(descriptor.model.measures.revenue_budget_general_budget?.direction, 'revenue');
    });
    it('gives the function classification as levels: 类, 款 and 项 codes with their names', () => {
        const { lines } = unpack(tables);
        const line = lines.find((l) => l.department === '吉林省商务厅' && l.table_kind === 'expenditure_summary' && l.row_code === '2011301');
        assert.deepEqual([
            line?.function_l1_code,
            line?.function_l1_name,
            line?.function_l2_code,
            line?.function_l2_name,
            line?.function_l3_code,
            line?.function_l3_name,
        ], ['201', '一般公共服务支出', '20113', '商贸事务', '2011301', '行政运行']);
        assert.equal(line?.expenditure_budget_total, '5116.47');
        const economic = lines.find((l) => l.table_kind === 'general_budget_basic_expenditure' && l.row_code?.length === 5);
        assert.equal(economic?.economic_l1_code, economic?.row_code?.slice(0, 3));
        assert.notEqual(economic?.economic_l2_name, '');
    });
    it('takes the rows no other row breaks down, so each table’s lines add up to its total exactly', () => {
        // Seed 001's tables tie exactly (seed 000's 支出总表 sums its 项 to 0.02 more than its 合计: a
        // rounding of the document, which the checker notes).
        const { lines } = unpack(tables);
        const kinds = ['income_summary', 'expenditure_summary', 'general_budget_expenditure', 'general_budget_basic_expenditure'];
        const chosen = tables.filter((t) => kinds.includes(t.kind) && t.document.department === '吉林省人民政府办公厅');
        assert.equal(chosen.length, 4);
        for (const table of chosen) {
            const total = table.rows.find((r) => r.isTotal);
            const mine = lines.filter((l) => l.table_kind === table.kind && l.department === table.document.department);
            assert.equal(mine.length, lineRows(table.rows).length);
            assert.ok(mine.length > 1, table.title);
            const direction = table.kind === 'income_summary' ? 'revenue' : 'expenditure';
            for (const [key, amount] of Object.entries(total.values)) {
                const field = `${direction}_budget_${key}`;
                const sum = mine.reduce((s, l) => s + (l[field] ? atScale(parseAmount(l[field]), amount.scale) : 0n), 0n);
                assert.equal(sum, amount.scaled, `${table.title} ${key}`);
            }
        }
    });
    it('puts every measure in 元 (factor 1) when the documents mix units, converting 万元 exactly', () => {
        const yuan = { ...precisionTable(), unit: '元', title: '元表' };
        const { descriptor, lines } = unpack([precisionTable(), yuan]);
        assert.equal(descriptor.model.measures.expenditure_budget_total?.factor, 1);
        const wan = lines.filter((l) => l.table_title !== '元表').map((l) => l.expenditure_budget_total);
        const yuanLines = lines.filter((l) => l.table_title === '元表').map((l) => l.expenditure_budget_total);
        // 201 is broken down by 20101: the lines are 20101 and 221.
        assert.deepEqual(wan, ['-125000.000000', '16330000000']);
        assert.deepEqual(yuanLines, ['-12.500000', '1633000']);
    });
    it('says the phase of a 决算 column: 年初预算 approved, 调整预算 adjusted, the rest executed', () => {
        assert.equal(fdpPhase('budget', 'total'), 'proposed');
        assert.equal(fdpPhase('final_account', 'budget'), 'approved');
        assert.equal(fdpPhase('final_account', 'adjusted_budget'), 'adjusted');
        assert.equal(fdpPhase('final_account', 'total'), 'executed');
    });
});
//# sourceMappingURL=fdp.test.js.map