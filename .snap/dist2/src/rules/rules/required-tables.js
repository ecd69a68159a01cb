import { tablesElsewhere } from '../../model/document-set.js';
import { NATIONAL_BUDGET_TABLES, profileFor } from '../profiles.js';
export { NATIONAL_BUDGET_TABLES };
/** The tables the disclosure rules (national baseline, or the regional profile) require are present. */
export const requiredTables = {
    meta: {
        id: 'required-tables',
        title: { zh: '必备表格', en: 'Required tables' },
        description: {
            zh: '部门预算须公开八张基本表：收支总表、收入总表、支出总表、财政拨款收支总表、一般公共预算支出表、一般公共预算基本支出表、“三公”经费支出表、政府性基金预算支出表（无数据也须公开空表）。部门决算须公开九张表（收入支出决算总表至国有资本经营预算财政拨款支出决算表）。地区模板（吉林省、山西省市级、河北省县级、上海市）另有要求，按文件所属地区和阶段（预算/决算）或 --profile 选择。只有情况说明、表格另行公开的文件（如北京的附件1 情况说明与附件2 报表）不逐表报告缺失，只给出一条说明：文件写明了表格所在的附件时说明附件名称，没有写明时说明表格可能另行公开，也可能缺失；两者都是提示（两个文件分开公开是这类模板的做法，仅凭本文件无法判断表格是否缺失）；与表格文件一起检查时两者合为一份文件核对。',
            en: 'A department budget discloses eight tables: the income-expenditure summary, income, expenditure, fiscal appropriation summary, general budget expenditure, general budget basic expenditure, "three public" and government fund expenditure (empty ones too). A final account discloses nine. Regional templates (Jilin, Shanxi cities, Hebei counties, Shanghai) require more; the profile follows the jurisdiction and phase (budget or final account) or --profile. A file holding only the narrative, its tables published separately (北京’s 附件1 情况说明 and 附件2 报表), gets one note instead of one error per table: naming the attachment that holds its tables when the document names it, saying they may be published separately or missing when it does not; both are info findings (publishing two files is that template’s way, and the file alone cannot tell whether its tables are missing); checked together with the tables’ file, the two are read as one document.',
        },
        severity: 'error',
        tags: ['completeness'],
        messages: {
            missing: { zh: '缺少必须公开的{name}（{profile}）', en: 'The required {name} is missing ({profile_en})' },
            elsewhere: {
                zh: '本文件只有情况说明，预算表格另行公开（{attachment}）：与表格文件一起检查，才能核对说明中的数字',
                en: 'This file holds the narrative only; its tables are published separately ({attachment_en}): check it together with the tables’ file to verify the figures it states',
            },
            notFound: {
                zh: '本文件只有情况说明，没有预算表格，也没有写明表格在哪里公开：表格可能另行公开，也可能缺失；与表格文件一起检查，才能核对说明中的数字',
                en: 'This file holds the narrative only: it has no budget tables and does not say where they are published; they may be published separately, or missing: check it together with the tables’ file to verify the figures it states',
            },
        },
    },
    check(context) {
        const doc = context.doc;
        // A 情况说明 whose tables are another file (北京's 附件2 报表, a web page's linked attachment): one
        // note, not one error per table. When the document does not say where they are, the note says they
        // may be missing: the file alone cannot tell (北京 国资委's 情况说明 names no 附件; its 报表 exists).
        if (tablesElsewhere(doc)) {
            const named = (doc.attachments ?? []).map((a) => a.text);
            if (named.length > 0) {
                const list = named.join('；');
                context.report({
                    messageId: 'elsewhere',
                    severity: 'info',
                    data: { attachment: list, attachment_en: list },
                    source: doc.attachments?.[0]?.source,
                });
            }
            else
                context.report({ messageId: 'notFound', severity: 'info' });
            return;
        }
        const profile = profileFor(context.doc, context.settings?.profile);
        const kinds = new Set(context.doc.tables.map((t) => t.kind));
        for (const [kind, name] of profile.required) {
            if (!kinds.has(kind))
                context.report({ messageId: 'missing', data: { name, profile: profile.name.zh, profile_en: profile.name.en } });
        }
    },
};
//# sourceMappingURL=required-tables.js.map