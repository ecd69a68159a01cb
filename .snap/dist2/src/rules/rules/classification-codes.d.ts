import type { Rule } from '../types.js';
/** Names compare equal when they differ only by the usual short forms (支出/事务 suffixes, brackets, 的). */
export declare function sameName(printed: string, listed: string): boolean;
/**
 * Names sharing most of their characters (突发公共卫生事件应急处置 / 应急处理, 妇幼保健医院 / 妇产医院):
 * against another year's list, such a name is probably the code's later name, not a wrong one.
 */
export declare function closeName(printed: string, listed: string): boolean;
/**
 * The list a printed code belongs to, by its first digit: 支出功能分类 类 are 201–234, 部门预算支出经济分类
 * 类 301–399. A table titled as a function table may print economic codes (泉州's
 * 一般公共预算支出经济分类情况表): each code is checked against its own list.
 */
export declare function schemeOfCode(code: string): 'function' | 'economic-department' | null;
/** Printed classification codes exist in the list of the document's year, with their names, under the right parents. */
export declare const classificationCodes: Rule;
