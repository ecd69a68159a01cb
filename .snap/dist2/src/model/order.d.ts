/**
 * Order of ASCII identifiers (rule ids, classification codes) by code unit. For these it is the
 * order `localeCompare` gives, without its cost: the first `localeCompare` of a process loads ICU's
 * collator, 10–25 ms of a cold `check`.
 */
export declare function byCodeUnit(a: string, b: string): number;
