import { atScale, parseAmount } from '../model/amount.js';
import { compact } from '../model/names.js';
import type { Amount, Row } from '../model/types.js';
import { speaksOfAnotherYear } from '../narrative/claims.js';

/** An indicator's value as a bound on a count ("≥200人次"). */
export interface CountTarget {
  bound: 'eq' | 'ge' | 'gt' | 'le' | 'lt';
  value: Amount;
  unit: string;
}

/** A quantity the form's text states that contradicts the indicator: the clause, and the figure. */
export interface TextContradiction {
  text: string;
  value: string;
}

/** Count units: a rate or a 满意度 measured in these is a count, not a share. Time units (天, 月底…) are not here. */
const COUNT_UNITS = [
  '场次',
  '人次',
  '批次',
  '个',
  '次',
  '家',
  '类',
  '场',
  '人',
  '项',
  '件',
  '户',
  '批',
  '台',
  '套',
  '份',
  '篇',
  '期',
  '条',
  '名',
  '所',
  '座',
  '辆',
  '册',
  '种',
  '款',
  '本',
];
export const COUNT_UNIT = new RegExp(`^(?:${COUNT_UNITS.join('|')})$`);
/** A count as text prints it, the longest unit first: "100人次" is 人次, not 人. */
const UNIT_IN_TEXT = new RegExp(`(\\d[\\d,]*(?:\\.\\d+)?)(${COUNT_UNITS.join('|')})`, 'g');

/** The words of an indicator's name that name the quantity: "培训人次" → 培训, "举办培训班次数" → 举办培训班. */
function quantityWords(name: string, unit: string): string {
  return compact(name)
    .replace(/[(（][^()（）]*[)）]$/, '')
    .replace(new RegExp(`(?:${unit})?(?:数量|次数|人数|个数|场次|数|量|规模)?$`), '')
    .replace(/^(?:完成|开展|举办|组织|实施)/, '');
}

/** Whether a planned figure `stated` meets the indicator's bound. */
function meets(stated: bigint, target: CountTarget, value: bigint): boolean {
  switch (target.bound) {
    case 'eq':
      return stated === value;
    case 'ge':
      return stated >= value;
    case 'gt':
      return stated > value;
    case 'le':
      return stated <= value;
    default:
      return stated < value;
  }
}

/**
 * A count indicator against its form's own text (项目概况, 年度目标): "培训人次 ≥200人次" where the text says
 * "培训100人次". Only a figure of the same unit right after the words the indicator's name is made of is
 * the same quantity; when any such figure meets the bound, or the text names none, nothing is said.
 */
export function contradictingText(
  project: Row,
  indicator: Row,
  target: CountTarget,
  year: number | null,
): TextContradiction | null {
  const words = quantityWords(indicator.name, target.unit);
  if (words.length < 2) return null;
  const text = [project.texts.overview, project.texts.objective].filter((t) => t !== undefined).join('\n');
  const found: TextContradiction[] = [];
  for (const clause of text.split(/[。；;，,\n]/).map(compact)) {
    for (const m of clause.matchAll(UNIT_IN_TEXT)) {
      if (m[2] !== target.unit) continue;
      const before = clause.slice(0, m.index ?? 0);
      // The quantity's own words just before the figure: "培训100人次", "完成培训100人次" — not "其中", not another year's.
      const after = clause.slice((m.index ?? 0) + m[0].length);
      if (!before.slice(-words.length - 4).includes(words) || /其中|累计/.test(before) || speaksOfAnotherYear(before, year))
        continue;
      // "培训100人次以上", "不少于4次", "约100人次": a bound or an estimate, not the plan.
      if (
        /^(?:以上|以下|以内|左右)/.test(after) ||
        /(?:[约近超逾]|不少于|不低于|不多于|不超过|大于|小于|高于|低于|超过|至少)$/.test(before)
      )
        continue;
      const stated = parseAmount(m[1] as string);
      if (!stated) continue;
      const scale = Math.max(stated.scale, target.value.scale);
      if (meets(atScale(stated, scale), target, atScale(target.value, scale))) return null;
      found.push({ text: clause, value: m[0] });
    }
  }
  return found[0] ?? null;
}
