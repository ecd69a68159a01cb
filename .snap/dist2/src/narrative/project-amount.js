import { parseAmount } from '../model/amount.js';
import { compact } from '../model/names.js';
/**
 * The words right before an amount that name it as the project's budget: "2023年预算资金", "本项目
 * 2024年度预算为", "项目资金总额". Nothing else may stand in the clause before them: "单价50万元以上",
 * "其中：设备购置20万元", "中央财政资金10万元" and "每人每年0.3万元" are thresholds, parts and rates.
 */
const BUDGET_WORDS = /^(?:本|该)?(?:项目)?(?:(\d{4})年度?)?(?:本|该)?(?:项目)?(?:年度|全年|当年)?(?:预算资金|预算金额|项目预算|资金预算|预算总额|资金总额|经费预算|预算|资金)(?:总额|总计|合计)?(?:为|是|共计|合计|总计)?$/;
/** After the amount, a threshold or a rate: "50万元以上", "30万元（含）以下", "0.3万元/人". */
const NOT_AN_AMOUNT_AFTER = /^(?:[(（][^()（）]{1,4}[)）])?(?:及|或)?(?:以上|以下|以内|\/|每)/;
const AMOUNT = /(\d[\d,]*(?:\.\d+)?)(万元|元)/g;
/** The amounts a form's text states as the project's budget, clause by clause. */
export function projectAmountStatements(text) {
    const found = [];
    // Clauses before compacting: compacting drops the line breaks between the form's texts.
    for (const clause of text.split(/[。；;\n]/).map(compact)) {
        let cursor = 0;
        for (const m of clause.matchAll(AMOUNT)) {
            const at = m.index ?? 0;
            const before = clause.slice(cursor, at);
            cursor = at + m[0].length;
            // A part of what the clause began with ("其中：…") or a figure in a list of several.
            if (/其中/.test(clause.slice(0, at)))
                break;
            const words = before.split(/[，,：:、]/).pop() ?? '';
            const named = BUDGET_WORDS.exec(words);
            if (!named || NOT_AN_AMOUNT_AFTER.test(clause.slice(cursor)))
                continue;
            const amount = parseAmount(m[1]);
            if (!amount)
                continue;
            found.push({ amount, unit: m[2], year: named[1] ? Number(named[1]) : null, text: clause });
        }
    }
    return found;
}
//# sourceMappingURL=project-amount.js.map