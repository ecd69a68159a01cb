import type { Rule } from '../types.js';
/** 合计 = Σ 类, 类 = Σ 款, 款 = Σ 项 (and 项目类型 = Σ 一级项目 = Σ 二级项目) in every column. */
export declare const hierarchySum: Rule;
