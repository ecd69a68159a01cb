import { itemRestatements } from '../../narrative/item-amounts.js';
import type { Rule } from '../types.js';

/** One item, one figure: a numbered paragraph does not give its item two amounts. */
export const itemAmount: Rule = {
  meta: {
    id: 'item-amount',
    title: { zh: '同一段中同一项目的金额一致', en: 'One item, one amount within its paragraph' },
    description: {
      zh: '情况说明中带编号的一段（标题“（三）机关运行经费 120.5万元”及其正文，或以“1、”开头的一段）先给出某一项目的金额，正文又以同一名称（同一名词短语）给出另一个金额（“机关运行经费预算为125.5万元”），前后不一致。只比较名称完全相同的金额；门槛（“50万元以上”）、“其中”“含”之后的分项、其他年度或上年结转的金额、增减额和比率都不是该项目的金额；决算说明中只比较同称为预算或同称为决算的金额。名称不同（换一种说法）时无法判断，不报告；该金额与表格是否一致由 narrative-amount 检查。',
      en: 'A numbered paragraph of the narrative (the heading "（三）机关运行经费 120.5万元" with its body, or a paragraph opening "1、") gives an item an amount, and its body gives the same item (the same noun phrase) another ("机关运行经费预算为125.5万元"): the paragraph contradicts itself. Only figures named exactly alike are compared; thresholds ("50万元以上"), parts after 其中 or 含, another year’s figures or carry-overs, changes and rates are not the item’s amount; in a final account only figures both said to be the budget, or both the outturn, are compared. The same item named in other words cannot be recognised and is not reported; whether the figure matches the tables is narrative-amount’s check.',
    },
    severity: 'error',
    tags: ['narrative'],
    messages: {
      heading: {
        zh: '情况说明“{heading}”：标题称{label} {expected} 万元，正文称 {actual} 万元，前后不一致',
        en: 'Narrative "{heading}": the heading gives {label} as {expected} 万元, the body as {actual} 万元',
      },
      opening: {
        zh: '情况说明“{heading}”：同一段先称{label} {expected} 万元，后称 {actual} 万元，前后不一致',
        en: 'Narrative "{heading}": the paragraph first gives {label} as {expected} 万元, then as {actual} 万元',
      },
    },
  },
  check(context) {
    const { doc } = context;
    for (const found of itemRestatements(doc.narrative, doc.year, doc.phase === 'final_account')) {
      context.report({
        messageId: found.from,
        data: { heading: found.section.heading, label: found.label, expected: found.first.raw, actual: found.later.amount.raw },
        expected: found.first.raw,
        actual: found.later.amount.raw,
        source: found.section.source,
      });
    }
  },
};
