import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseAmount } from '../model/amount.js';
import { identitiesHold, placeAmounts } from './repair.js';
const a = (text) => parseAmount(text);
const cols = (keys) => keys.map((key, position) => ({ key, position: position + 1 }));
describe('re-placing shifted cells', () => {
    const keys = [
        'total',
        'current_year',
        'general_budget',
        'gov_fund',
        'state_capital',
        'fiscal_special_account',
        'other_income',
        'carryover',
        'carryover_general_budget',
    ];
    it('moves an amount printed one column off back where the identities and the document put it', () => {
        // 273.00 printed under 国有资本经营 (position 5) although it is 财政专户 (position 6).
        const row = [
            { position: 1, amount: a('22198.36') },
            { position: 2, amount: a('19999.37') },
            { position: 3, amount: a('19495.83') },
            { position: 5, amount: a('273.00') },
            { position: 7, amount: a('230.54') },
            { position: 8, amount: a('2198.99') },
            { position: 9, amount: a('2198.99') },
        ];
        const placed = placeAmounts(row, cols(keys), new Set(['gov_fund', 'state_capital']));
        assert.equal(placed?.get('fiscal_special_account')?.raw, '273.00');
        assert.equal(placed?.get('state_capital'), undefined);
        assert.equal(placed?.get('carryover_general_budget')?.raw, '2198.99');
    });
    it('leaves a row that no placement can make consistent (a real error) to the checker', () => {
        const row = [
            { position: 1, amount: a('100.00') },
            { position: 2, amount: a('90.00') },
            { position: 3, amount: a('80.00') },
        ];
        assert.equal(placeAmounts(row, cols(['total', 'current_year', 'general_budget']), new Set()), null);
    });
    it('checks 总计 = 本年 + 上年结转 and the sums of sources', () => {
        const ok = new Map([
            ['total', a('10.00')],
            ['current_year', a('7.00')],
            ['general_budget', a('7.00')],
            ['carryover', a('3.00')],
        ]);
        assert.ok(identitiesHold(ok, new Set(['total', 'current_year', 'general_budget', 'carryover'])));
        ok.set('general_budget', a('6.00'));
        assert.ok(!identitiesHold(ok, new Set(['total', 'current_year', 'general_budget', 'carryover'])));
    });
});
//# sourceMappingURL=repair.test.js.map