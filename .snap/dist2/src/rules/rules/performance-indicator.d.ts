import type { Amount } from '../../model/types.js';
import type { Rule } from '../types.js';
type Bound = 'eq' | 'ge' | 'gt' | 'le' | 'lt';
/** An indicator value read as a bound: `>=95%` → ge 95 "%", `≤ 36,300元` → le 36300 "元", `12人` → eq 12 "人". */
interface Target {
    bound: Bound;
    value: Amount;
    /** What follows the number, spaces removed ("%", "万元", "个", "月底", "保障工作完成"…). */
    unit: string;
}
/** The target as a bound on a number, or null when it is words ("有所提升", "按计划时限完成", "5月份前"). */
export declare function parseTarget(text: string | undefined): Target | null;
/**
 * Performance-target indicators that contradict their own project or themselves: a whole-cost
 * indicator other than the annual amount, a rate measured in a count, a share above 100%, a floor
 * written as a cap.
 */
export declare const performanceIndicator: Rule;
export {};
