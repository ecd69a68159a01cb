import { type AmountClaim, readClaims } from '../../narrative/claims.js';
import { compareSum } from '../arithmetic.js';
import { cellOfAmount } from '../claim-cell.js';
import type { Rule } from '../types.js';

/**
 * Wholes the narrative splits into parts that are the whole by definition: 政府采购 = 货物 + 工程 +
 * 服务, “三公” = 出国 + 接待 + 用车, 用车 = 购置 + 运行, 基本支出 = 人员经费 + 公用经费.
 */
const PARTITIONS: Array<{ whole: RegExp; parts: RegExp[] }> = [
  { whole: /政府采购(?:预算)?(?:总额|金额)?(?:[(（].*[)）])?$/, parts: [/货物/, /工程/, /服务/] },
  { whole: /三公.?经费(?:预算数?|财政拨款支出决算数?)?$/, parts: [/因公出国/, /公务接待/, /公务用车购置及运/] },
  { whole: /^公务用车购置及运(?:行|维)(?:维护)?费$/, parts: [/^公务用车购置费?$/, /^公务用车运(?:行|维)(?:维护)?费?$/] },
  { whole: /^(?:一般公共预算)?(?:财政拨款)?基本支出$/, parts: [/人员经费$/, /公用经费$/] },
];

/** The parts stated after a whole in its section, one claim per part, or null when one is missing or a claim names two. */
function partsAfter(claims: AmountClaim[], at: number, parts: RegExp[]): AmountClaim[] | null {
  const after = claims.slice(at + 1);
  // The claim the part names first in its label, not one naming it inside a reason (广州 规划和自然资源局:
  // "将用于支付因公出国（境）工作的国内服务费 3.2 万元" before "因公出国（境）费 86.47 万元").
  const where = (p: RegExp, c: AmountClaim) => p.exec(c.label)?.index ?? Number.POSITIVE_INFINITY;
  const found = parts.map((p) =>
    after.reduce<AmountClaim | undefined>(
      (best, c) => (where(p, c) < (best ? where(p, best) : Number.POSITIVE_INFINITY) ? c : best),
      undefined,
    ),
  );
  if (new Set(found).size < found.length) return null;
  return found.every((c) => c !== undefined) ? (found as AmountClaim[]) : null;
}

/** A whole the narrative states equals the parts it states for it. */
export const narrativeSum: Rule = {
  meta: {
    id: 'narrative-sum',
    title: { zh: '说明中的分项合计', en: 'Parts in the narrative add up' },
    description: {
      zh: '情况说明中按定义可分的总数应等于其各分项之和：政府采购 = 货物 + 工程 + 服务，“三公”经费 = 因公出国（境）费 + 公务接待费 + 公务用车购置及运行费，公务用车购置及运行费 = 购置费 + 运行费，基本支出 = 人员经费 + 公用经费。只在各分项都写明时比较；每项差 0.01 以内为四舍五入。',
      en: 'A whole the narrative states equals the sum of the parts it states for it, where the parts make the whole by definition: procurement = goods + works + services; "three public" = travel abroad + reception + vehicles; vehicles = purchase + running; basic expenditure = personnel + public use. Compared only when every part is stated; within one printed unit per part is rounding.',
    },
    severity: 'error',
    tags: ['narrative', 'arithmetic'],
    messages: {
      sum: {
        zh: '情况说明“{heading}”称{whole} {actual} 万元，其分项 {parts} 合计 {expected} 万元（差 {difference}）',
        en: 'Narrative "{heading}" states {whole} {actual} 万元; its parts {parts} add up to {expected} 万元 (difference {difference})',
      },
      rounding: {
        zh: '情况说明“{heading}”中{whole}与其分项之和相差 {difference}，属四舍五入误差',
        en: 'Narrative "{heading}": {whole} differs from the sum of its parts by {difference}, within rounding',
      },
    },
  },
  check(context) {
    const claims = readClaims(context.doc.narrative).amounts;
    for (const section of context.doc.narrative) {
      const own = claims.filter((c) => c.section === section);
      for (const { whole, parts } of PARTITIONS) {
        const at = own.findIndex((c) => whole.test(c.label));
        const stated = own[at];
        const found = stated ? partsAfter(own, at, parts) : null;
        if (!stated || !found) continue;
        const cmp = compareSum(
          stated.amount,
          found.map((c) => c.amount),
        );
        context.checked?.({
          source: section.source,
          heading: section.heading,
          label: stated.label,
          stated: stated.amount.raw,
          figure: 'sum',
          ...(cmp.equal ? {} : { expected: cmp.expected }),
          ...cellOfAmount(context.doc, stated),
          agrees: cmp.equal,
        });
        if (cmp.equal) continue;
        context.report({
          messageId: cmp.rounding ? 'rounding' : 'sum',
          severity: cmp.rounding ? 'info' : undefined,
          data: {
            heading: section.heading,
            whole: stated.label,
            parts: found.map((c) => `${c.label} ${c.amount.raw}`).join(' + '),
            expected: cmp.expected,
            actual: cmp.actual,
            difference: cmp.difference,
          },
          expected: cmp.expected,
          actual: cmp.actual,
          difference: cmp.difference,
          source: section.source,
          about: [stated, ...found],
        });
      }
    }
  },
};
