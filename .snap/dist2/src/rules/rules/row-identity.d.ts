import type { Rule } from '../types.js';
/** One identity between the columns of a row: `total` = Σ `parts`. */
interface Identity {
    total: string;
    parts: string[];
}
/** The identities a table's columns allow: only those whose every column the table prints. */
export declare function identitiesOf(keys: string[]): Identity[];
/** Within a row: 合计 = 基本支出 + 项目支出 (+ …), 基本支出 = 人员经费 + 公用经费, 总计 = 本年 + 上年结转, 本年 = Σ 来源. */
export declare const rowIdentity: Rule;
export {};
