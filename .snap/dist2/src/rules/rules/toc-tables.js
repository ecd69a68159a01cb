import { tablesElsewhere } from '../../model/document-set.js';
import { compact } from '../../model/names.js';
import { kindFromTitle } from '../../recognize/classify.js';
import { looksLikeTableTitle } from '../../recognize/vocabulary.js';
import { NATIONAL_BUDGET_TABLES } from '../profiles.js';
/** An entry of the 目录 without its numbering, dot leaders and page number. */
export function tocTitle(text) {
    return compact(text)
        .replace(/^[-·•]/, '')
        .replace(/(?:\.{2,}|…+|·{2,})\d*$/, '')
        .replace(/\d+$/, '')
        .replace(/^(?:[一二三四五六七八九十]+[、.]|表[一二三四五六七八九十]+|\d+[、.])/, '');
}
/** How many tables a 目录 must list before a table it leaves out is worth a warning. */
const MIN_LISTED = 3;
/**
 * The standard tables a 目录 lists one by one: the national eight, the other fund and project tables,
 * and the tables some templates add (一般公共预算 by economic classification, 财政拨款支出表, 政府购买服务).
 */
const LISTED_KINDS = new Set([
    ...NATIONAL_BUDGET_TABLES.map(([kind]) => kind),
    'gov_fund_income',
    'state_capital',
    'project_expenditure',
    'agency_operating',
    'general_budget_economic_expenditure',
    'general_budget_project_expenditure',
    'fiscal_appropriation_expenditure',
    'service_purchase',
]);
/** Every table the document's own 目录 lists is in the document, and (a warning) every standard table is listed. */
export const tocTables = {
    meta: {
        id: 'toc-tables',
        title: { zh: '目录与表格', en: 'Table of contents and tables' },
        description: {
            zh: '文件目录中列出的每张表都应在文件中出现（按表的种类比较，标题写法可以不同）；目录逐张列表时，文件中的标准表格也都应列入目录（未列入为警告）。',
            en: "Every table listed in the document's own table of contents is in the document (compared by kind, so titles may be worded differently); when the contents list the tables one by one, each standard table in the document is listed (a warning when not).",
        },
        severity: 'error',
        tags: ['completeness'],
        messages: {
            missing: {
                zh: '目录列有“{title}”，文件中没有这张表',
                en: 'The table of contents lists "{title}", which the document does not contain',
            },
            unlisted: {
                zh: '文件中的“{title}”没有列入目录',
                en: 'The document contains "{title}", which its table of contents does not list',
            },
        },
    },
    check(context) {
        // A 情况说明 whose tables are another file lists them in its 目录 (required-tables says so once).
        if (tablesElsewhere(context.doc))
            return;
        const found = new Map();
        for (const t of context.doc.tables)
            found.set(t.kind, (found.get(t.kind) ?? 0) + 1);
        const listed = new Map();
        const titles = new Set();
        for (const entry of context.doc.toc) {
            const title = tocTitle(entry.text);
            if (!looksLikeTableTitle(title) || !/表/.test(title))
                continue;
            titles.add(title);
            const kind = kindFromTitle(title);
            if (kind === 'unknown')
                continue;
            listed.set(kind, (listed.get(kind) ?? 0) + 1);
            // A kind listed more often than found (项目支出表 本年 + 上年结转): the extra listing is missing.
            if ((listed.get(kind) ?? 0) > (found.get(kind) ?? 0)) {
                context.report({ messageId: 'missing', data: { title: entry.text.trim() }, source: entry.source });
            }
        }
        // A 目录 that lists the tables should list them all; one that lists only the parts says nothing about them.
        if ([...listed.values()].reduce((a, b) => a + b, 0) < MIN_LISTED)
            return;
        const reported = new Set();
        for (const t of context.doc.tables) {
            // One printed table read as two kinds (“三公”经费和机关运行经费预算表) is listed under its title.
            if (!LISTED_KINDS.has(t.kind) || listed.has(t.kind) || titles.has(tocTitle(t.title)) || reported.has(t.kind))
                continue;
            reported.add(t.kind);
            context.report({ messageId: 'unlisted', severity: 'warning', data: { title: t.title }, table: t, source: t.source });
        }
    },
};
//# sourceMappingURL=toc-tables.js.map