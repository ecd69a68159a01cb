import type { Rule } from '../types.js';
/** 三公 = 因公出国（境）费 + 公务接待费 + 公务用车购置及运行费, the last = 购置费 + 运行维护费. */
export declare const threePublicSum: Rule;
