/**
 * The texts a person must write, which no table gives: the 说明 sheet of a template lists them one
 * per row (标题 | 内容), a Markdown file gives them as `## 标题` sections. Keys are these headings; which
 * ones a document needs is its writer profile's (profileTextKeys in ../profiles.ts).
 */
/** The 说明 sheet's header row, and the 封面 sheet's field labels. */
export const TEXT_SHEET = { name: '说明', heading: '标题', body: '内容' };
export const COVER_SHEET = { name: '封面', department: '部门', year: '年度', unit: '单位', template: '模板' };
/**
 * Headings a department's own workbook (Shanghai's template) uses for the same texts: 部门主要职能 is
 * 部门职责; the scope word (部门, 单位) before a heading is dropped.
 */
const ALIASES = { 主要职能: '部门职责', 职能: '部门职责', 职能职责: '部门职责', 主要职责: '部门职责' };
export function textKey(heading) {
    // Quotes are typography: “三公”经费增减原因 and 三公经费增减原因 are one text.
    const plain = heading.replace(/[\s“”"‘’']+/g, '').replace(/^(?:部门|单位)(?=主要职能|机构设置|职能|主要职责)/, '');
    return ALIASES[plain] ?? plain;
}
//# sourceMappingURL=texts.js.map