/**
 * The disclosure as the writer lays it out, before any format: headings, paragraphs, a 目录 and
 * table grids. The DOCX and HTML renderers print exactly this, so both say the same thing.
 */
/** The visible marker for a missing text: 【待补充：部门职责】. */
export const missingMarker = (key) => `【待补充：${key}】`;
//# sourceMappingURL=layout.js.map