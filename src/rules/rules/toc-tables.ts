import { compact } from '../../model/names.js';
import { kindFromTitle } from '../../recognize/classify.js';
import { looksLikeTableTitle } from '../../recognize/vocabulary.js';
import type { Rule } from '../types.js';

/** An entry of the 目录 without its numbering, dot leaders and page number. */
export function tocTitle(text: string): string {
  return compact(text)
    .replace(/^[-·•]/, '')
    .replace(/(?:\.{2,}|…+|·{2,})\d*$/, '')
    .replace(/\d+$/, '')
    .replace(/^(?:[一二三四五六七八九十]+[、.]|表[一二三四五六七八九十]+|\d+[、.])/, '');
}

/** Every table the document's own 目录 lists is in the document. */
export const tocTables: Rule = {
  meta: {
    id: 'toc-tables',
    title: { zh: '目录与表格', en: 'Table of contents and tables' },
    description: {
      zh: '文件目录中列出的每张表都应在文件中出现（按表的种类比较，标题写法可以不同）。',
      en: "Every table listed in the document's own table of contents is in the document (compared by kind, so titles may be worded differently).",
    },
    severity: 'error',
    tags: ['completeness'],
    messages: {
      missing: {
        zh: '目录列有“{title}”，文件中没有这张表',
        en: 'The table of contents lists "{title}", which the document does not contain',
      },
    },
  },
  check(context) {
    const found = new Map<string, number>();
    for (const t of context.doc.tables) found.set(t.kind, (found.get(t.kind) ?? 0) + 1);
    const listed = new Map<string, number>();
    for (const entry of context.doc.toc) {
      const title = tocTitle(entry.text);
      if (!looksLikeTableTitle(title) || !/表/.test(title)) continue;
      const kind = kindFromTitle(title);
      if (kind === 'unknown') continue;
      listed.set(kind, (listed.get(kind) ?? 0) + 1);
      // A kind listed more often than found (项目支出表 本年 + 上年结转): the extra listing is missing.
      if ((listed.get(kind) ?? 0) > (found.get(kind) ?? 0)) {
        context.report({ messageId: 'missing', data: { title: entry.text.trim() }, source: entry.source });
      }
    }
  },
};
