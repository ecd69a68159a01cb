import { atScale, formatScaled } from '../../model/amount.js';
import { readOutturns } from '../../narrative/outturn.js';
import type { Rule } from '../types.js';

const WORDS = { gt: '大于', lt: '小于', eq: '等于' } as const;
const WORDS_EN = { gt: 'above', lt: 'below', eq: 'equal to' } as const;

/**
 * "年初预算为 X 万元，支出决算为 Y 万元，完成年初预算的 Z%。决算数小于预算数的主要原因是…": the
 * word comparing the outturn with the budget agrees with X and Y, and a completion rate has a
 * budget to be a rate of. (Z = Y / X itself is narrative-share's; X and Y against the tables are
 * narrative-amount's.)
 */
export const outturnComparison: Rule = {
  meta: {
    id: 'outturn-comparison',
    title: { zh: '决算说明中的预决算对比', en: 'Outturn against budget in the narrative' },
    description: {
      zh: '决算情况说明逐项写“年初预算为 X 万元，支出决算为 Y 万元，完成年初预算的 Z%。决算数大于（小于、等于）预算数的主要原因是……”：比较用词应与 X、Y 一致（Y 大于、小于或等于 X）；年初预算为 0 时不存在完成率（完成率印在同一句，或紧接的下一句以“完成年初预算的 Z%”开头时，都是这一对数字的完成率）。Z 是否等于 Y ÷ X 由 narrative-share 检查，X、Y 与决算表中该段所述类/款/项一行的年初预算数、决算数的一致由 narrative-amount 检查。模板中并列的“大于（小于）”由 wording 报告。',
      en: 'A final account states per item "年初预算为 X 万元，支出决算为 Y 万元，完成年初预算的 Z%。决算数大于（小于、等于）预算数的主要原因是…": the comparison word agrees with X and Y (Y above, below or equal to X); a budget of 0 has no completion rate (the rate printed in the same sentence, or opening the next one: "…支出决算为 Y 万元。完成年初预算的 Z%。"). Whether Z = Y / X is narrative-share\'s check, X and Y against the 年初预算数 and 决算数 of the row of the 决算表 the paragraph is about narrative-amount\'s; a template\'s "大于（小于）" left in is reported by wording.',
    },
    severity: 'error',
    tags: ['narrative', 'final-account'],
    messages: {
      comparison: {
        zh: '情况说明“{heading}”：年初预算 {budget} 万元、决算 {outturn} 万元，决算数{actualWord}预算数，说明中却称“{text}”',
        en: 'Narrative "{heading}": budget {budget} 万元 and outturn {outturn} 万元 — the outturn is {actualWordEn} the budget, yet the text says "{text}"',
      },
      zeroBudget: {
        zh: '情况说明“{heading}”：年初预算为 0，决算 {outturn} 万元，不存在“完成年初预算的 {rate}%”',
        en: 'Narrative "{heading}": the budget is 0 and the outturn {outturn} 万元, so there is no completion rate of {rate}%',
      },
    },
  },
  check(context) {
    for (const claim of readOutturns(context.doc.narrative)) {
      const heading = claim.section.heading;
      const scale = Math.max(claim.budget.scale, claim.outturn.scale);
      const budget = atScale(claim.budget, scale);
      const outturn = atScale(claim.outturn, scale);
      if (claim.rate !== null && budget === 0n) {
        context.report({
          messageId: 'zeroBudget',
          severity: 'warning',
          data: { heading, outturn: claim.outturn.raw, rate: claim.rate },
          actual: claim.rate,
          source: claim.section.source,
        });
      }
      if (!claim.comparison) continue;
      const actual = outturn > budget ? 'gt' : outturn < budget ? 'lt' : 'eq';
      const agrees = actual === claim.comparison.says;
      context.checked?.({
        source: claim.section.source,
        heading,
        label: claim.subject,
        stated: claim.comparison.text,
        figure: 'comparison',
        ...(agrees ? {} : { expected: WORDS[actual] }),
        agrees,
      });
      if (agrees) continue;
      context.report({
        messageId: 'comparison',
        data: {
          heading,
          budget: claim.budget.raw,
          outturn: claim.outturn.raw,
          actualWord: WORDS[actual],
          actualWordEn: WORDS_EN[actual],
          text: claim.comparison.text,
        },
        expected: WORDS[actual],
        actual: WORDS[claim.comparison.says],
        difference: formatScaled(outturn - budget, scale),
        source: claim.section.source,
      });
    }
  },
};
