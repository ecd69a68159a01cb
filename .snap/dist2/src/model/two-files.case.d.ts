/**
 * 北京 publishes a department's budget as 附件1 情况说明 (the narrative) and 附件2 报表 (the tables):
 * small dumps of what 北京市财政局 2026 prints in each, for the tests of joining the two.
 */
export declare const NARRATIVE: string[];
export declare const TABLES: string[];
