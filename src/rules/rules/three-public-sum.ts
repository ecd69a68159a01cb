import type { Row } from '../../model/types.js';
import { type ThreePublicItem, threePublicItemOf } from '../../recognize/vocabulary.js';
import { amountKeys, columnLabel, reportSum, tableName } from '../table-helpers.js';
import type { Rule } from '../types.js';

/** 三公 = 因公出国（境）费 + 公务接待费 + 公务用车购置及运行费, the last = 购置费 + 运行维护费. */
export const threePublicSum: Rule = {
  meta: {
    id: 'three-public-sum',
    title: { zh: '三公经费合计', en: '"Three public" totals' },
    description: {
      zh: '“三公”经费合计 = 因公出国（境）费 + 公务接待费 + 公务用车购置及运行费；公务用车购置及运行费 = 购置费 + 运行维护费。各项按其各种写法认出（“因公出国（境）支出”“公务接待费支出”“公务用车购置及运行维护支出”“公务用车购置和运行维护费”“公务用车运行费”，决算表的“公务接待费支出决算”）；未标为合计、印在各项之中的“三公”经费行（广州）即为合计。表中缺少某一项的，不核对该等式。',
      en: 'The "three public" total equals overseas travel + official reception + official vehicles, and vehicles = purchase + running costs. Items are known in any of their wordings (因公出国（境）支出, 公务接待费支出, 公务用车购置及运行维护支出, 公务用车购置和运行维护费, 公务用车运行费, 公务接待费支出决算 of a final account); a “三公”经费 row printed among the items, not marked as a total (广州), is the total. A table lacking one of the items is not checked for that equation.',
    },
    severity: 'error',
    tags: ['arithmetic', 'three-public'],
    messages: {
      total: {
        zh: '{table}：合计{column}应为三项之和 {expected}，表中为 {actual}（差 {difference}）',
        en: '{table}: the total {column} should be the sum of the three items, {expected}; the table prints {actual} (difference {difference})',
      },
      rounding: {
        zh: '{table}：{column}与各项之和相差 {difference}，属四舍五入误差',
        en: '{table}: {column} differs from the sum of its items by {difference}, within rounding',
      },
      vehicle: {
        zh: '{table}：公务用车{column}应为购置费与运行维护费之和 {expected}，表中为 {actual}（差 {difference}）',
        en: '{table}: vehicles {column} should be purchase + running, {expected}; the table prints {actual} (difference {difference})',
      },
    },
  },
  check(context) {
    for (const table of context.doc.tables) {
      if (table.kind !== 'three_public') continue;
      const by = (item: ThreePublicItem): Row | undefined =>
        table.rows.find((r) => !r.isTotal && threePublicItemOf(r.name) === item);
      // 广州 prints its “三公”经费 row among the items, not marked as a total.
      const total = table.rows.find((r) => r.isTotal) ?? by('total');
      const travel = by('travel');
      const reception = by('reception');
      const vehicle = by('vehicle');
      const purchase = by('purchase');
      const running = by('running');
      for (const key of amountKeys(table)) {
        const col = columnLabel(table, key);
        // A 用车 小计 left blank over printed parts: the total counts the parts (北京 军民融合办 预算09表:
        // 40.77 = 17.10 + 0.15 + 18.69 + 4.83); the blank 小计 is reported once, by the vehicle check.
        const blankVehicle = vehicle?.values[key] === undefined && (purchase?.values[key] ?? running?.values[key]) !== undefined;
        const checks: Array<[Row | undefined, Array<Row | undefined>, 'total' | 'vehicle']> = [
          [total, [travel, reception, ...(blankVehicle ? [purchase, running] : [vehicle])], 'total'],
          [vehicle, [purchase, running], 'vehicle'],
        ];
        for (const [row, parts, messageId] of checks) {
          if (!row || parts.some((p) => p === undefined)) continue;
          const data = { table: tableName(table), column: col === 'total' ? '' : col };
          reportSum(context, { table, row, key, parts: parts.map((p) => p?.values[key]), messageId, data });
        }
      }
    }
  },
};
