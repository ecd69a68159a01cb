import { atScale, formatScaled, parseAmount } from '../../model/amount.js';
import { readClaims } from '../../narrative/claims.js';
import { cellOfAmount } from '../claim-cell.js';
import type { Rule } from '../types.js';
import { reportUnverified, type Unverified } from '../unverified.js';

/** x / base as a percentage at `decimals` decimals, rounded half up. */
export function percentOf(part: bigint, base: bigint, decimals: number): bigint {
  const factor = 10n ** BigInt(decimals + 2);
  const scaled = part * factor * 10n;
  const q = scaled / base;
  return (q + 5n) / 10n;
}

/** Every share the narrative states (占 x%) equals the amount over the whole it is a share of. */
export const narrativeShare: Rule = {
  meta: {
    id: 'narrative-share',
    title: { zh: '说明中的占比', en: 'Shares in the narrative' },
    description: {
      zh: '情况说明中“X 万元，占 y%”的占比应等于该金额除以其所属总数（同句的第一个金额，“……中，”所指的金额，或本节的第一个金额），按所印小数位四舍五入，允许末位差 1；决算的“完成预算的 y%”为决算数除以预算数（完成率也可印在紧接的下一句开头：“……支出决算为 Y 万元。完成年初预算的 Z%。”，仍是上一句这两个数的完成率）。找不到分母（或分母为 0）的占比无法核实：每个说明章节列为一条提示（info）。',
      en: 'A share stated as "X 万元, 占 y%" equals the amount over the whole it belongs to (the first amount of the sentence, the amount named by "…中", or the first of the section), rounded to the printed decimals, within one unit of the last digit; in a final account, "完成预算的 y%" is the outturn over the budget, also when it opens the sentence after the two figures ("…支出决算为 Y 万元。完成年初预算的 Z%。"). A share with no whole to divide by (or a zero one) is unverifiable: one note (info) per narrative section lists them.',
    },
    severity: 'error',
    tags: ['narrative'],
    messages: {
      unverifiable: {
        zh: '情况说明“{heading}”中有 {count} 个占比没有可作分母的总数：{items}',
        en: 'Narrative "{heading}" states {count} share(s) of no whole the text states: {items}',
      },
      share: {
        zh: '情况说明“{heading}”：{label} {amount} 万元占 {base} 万元的 {expected}%，说明中为 {actual}%',
        en: 'Narrative "{heading}": {label} {amount} 万元 is {expected}% of {base} 万元; the text says {actual}%',
      },
    },
  },
  check(context) {
    const unverified: Unverified[] = [];
    for (const claim of readClaims(context.doc.narrative).shares) {
      // A completion rate of a zero budget is outturn-comparison's finding.
      if (claim.completion && claim.base?.amount.scaled === 0n) continue;
      if (!claim.base || claim.base.amount.scaled === 0n) {
        // "占 100.00%" of nothing the text names: a claim we cannot check is noted, not dropped.
        unverified.push({ section: claim.section, item: `${claim.label} ${claim.amount.raw} 万元占 ${claim.share}%` });
        continue;
      }
      const stated = parseAmount(claim.share);
      if (!stated) continue;
      const decimals = stated.scale;
      const scale = Math.max(claim.amount.scale, claim.base.amount.scale);
      const expected = percentOf(atScale(claim.amount, scale), atScale(claim.base.amount, scale), decimals);
      const diff = expected - stated.scaled;
      const agrees = diff >= -1n && diff <= 1n;
      const expectedText = formatScaled(expected, decimals);
      context.checked?.({
        source: claim.section.source,
        heading: claim.section.heading,
        label: claim.label,
        stated: claim.share,
        figure: 'share',
        ...(agrees ? {} : { expected: expectedText }),
        ...cellOfAmount(context.doc, claim.base),
        agrees,
      });
      if (agrees) continue;
      context.report({
        messageId: 'share',
        data: {
          heading: claim.section.heading,
          label: claim.label,
          amount: claim.amount.raw,
          base: claim.base.amount.raw,
          expected: expectedText,
          actual: claim.share,
        },
        expected: expectedText,
        actual: claim.share,
        difference: formatScaled(stated.scaled - expected, decimals),
        source: claim.section.source,
      });
    }
    reportUnverified(context, 'unverifiable', unverified);
  },
};
