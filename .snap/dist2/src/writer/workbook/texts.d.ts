/**
 * The texts a person must write, which no table gives: the 说明 sheet of a template lists them one
 * per row (标题 | 内容), a Markdown file gives them as `## 标题` sections. Keys are these headings; which
 * ones a document needs is its writer profile's (profileTextKeys in ../profiles.ts).
 */
/** The 说明 sheet's header row, and the 封面 sheet's field labels. */
export declare const TEXT_SHEET: {
    readonly name: "说明";
    readonly heading: "标题";
    readonly body: "内容";
};
export declare const COVER_SHEET: {
    readonly name: "封面";
    readonly department: "部门";
    readonly year: "年度";
    readonly unit: "单位";
    readonly template: "模板";
};
export declare function textKey(heading: string): string;
