import { compact, normalizeName } from '../../model/names.js';
function projectTable(doc) {
    return doc.tables.find((t) => t.kind === 'project_expenditure' && t.rows.some((r) => r.level !== null));
}
export function countClaims(doc) {
    const claims = [];
    const projects = projectTable(doc);
    const perf = doc.tables.filter((t) => t.kind === 'performance_targets');
    const perfProjects = perf.reduce((n, t) => n + t.rows.filter((r) => r.level === 1).length, 0);
    // The units are counted in the 部门概况 part (机构设置) as often as in the narrative.
    for (const section of [...doc.overview, ...doc.narrative]) {
        const text = compact(section.text);
        if (projects) {
            const first = /一级项目(\d+)个/.exec(text);
            if (first) {
                const counted = new Set(projects.rows.filter((r) => r.level === 2).map((r) => r.name)).size;
                claims.push({ section, what: '一级项目', stated: Number(first[1]), counted, table: projects });
            }
            const second = /二级项目(\d+)个/.exec(text);
            if (second && !/绩效/.test(section.heading)) {
                const counted = projects.rows.filter((r) => r.level === 3).length;
                claims.push({ section, what: '二级项目', stated: Number(second[1]), counted, table: projects });
            }
        }
        const units = unitCount(doc, text);
        if (units)
            claims.push({ section, ...units });
        const targets = /将(\d+)个项目(?:支出)?的绩效目标/.exec(text) ?? /公开项目绩效目标(\d+)个/.exec(text);
        const first = perf[0];
        if (targets && first)
            claims.push({ section, what: '公开绩效目标的项目', stated: Number(targets[1]), counted: perfProjects, table: first });
    }
    return claims;
}
/** Which part of the document a section is in, for messages: 部门概况 or 情况说明. */
function partOf(doc, section) {
    return doc.overview.includes(section) ? { part: '部门概况', part_en: 'Overview' } : { part: '情况说明', part_en: 'Narrative' };
}
/** What introduces a list of names after a count: "，包括：甲、乙、丙。", "，分别是：…。". */
const LIST_AFTER = '[，,]?(?:具体)?(?:分别)?(?:是|包括|为)[:：]([^。]+)。';
/** A list of the units a department has: "现有预算单位 20 个，包括：甲、乙、丙。". */
const UNIT_LIST = new RegExp(`(?:预算单位|事业单位)(?:共)?\\d*个?${LIST_AFTER}`);
const splitNames = (list) => list.split(/[、，,；;]/).filter((n) => n !== '');
/** Names a unit list prints that the per-unit income table does not (at least half must match: it is a unit list). */
export function unlistedUnits(doc) {
    const known = new Set(doc.units.map((u) => normalizeName(u)));
    if (known.size === 0)
        return [];
    const out = [];
    for (const section of [...doc.overview, ...doc.narrative]) {
        const list = UNIT_LIST.exec(compact(section.text));
        if (!list)
            continue;
        const names = splitNames(list[1]);
        const missing = names.filter((n) => !known.has(normalizeName(n)));
        if (missing.length * 2 > names.length)
            continue;
        for (const name of missing)
            out.push({ section, name });
    }
    return out;
}
/** "现有预算单位 20 个" / "所属 16 个预算单位" / "15 个直属事业单位": with or without the department's own 本级 unit. */
const UNIT_COUNT = /预算单位(?:共)?(\d+)个|(\d+)个(?:所属|下属|直属)?(?:预算|事业)单位/;
/**
 * The units a count names right after it ("下属预算单位35个，分别是：甲、乙、…。"), when it names as
 * many as it counts and the per-unit table lists each: the count is of that group, and a unit the
 * table lists beside it (广州 生态环境局: the provincial 监测中心站 its budget includes) is outside it.
 */
function countedByName(doc, after, stated) {
    const list = new RegExp(`^${LIST_AFTER}`).exec(after);
    if (!list)
        return false;
    const names = splitNames(list[1]);
    const known = new Set(doc.units.map((u) => normalizeName(u)));
    return names.length === stated && names.every((n) => known.has(normalizeName(n)));
}
/**
 * A stated number of budget units against the units the per-unit income table lists. Whether the
 * department's own 本级 is counted varies, so either count agrees: a unit named 本级 left out, or
 * the department's own row counted in (广州 卫健委: 预算单位24个, the 24th 委本级, beside 23 units).
 */
function unitCount(doc, text) {
    const match = UNIT_COUNT.exec(text);
    const table = doc.tables.find((t) => t.kind === 'income_summary');
    if (!match || !table || doc.units.length === 0)
        return null;
    const stated = Number(match[1] ?? match[2]);
    const units = doc.units.length;
    const own = doc.units.filter((u) => /本级/.test(u)).length;
    const ownRow = own === 0 && table.rows.some((r) => r.name === doc.department);
    const agrees = stated === units ||
        stated === units - own ||
        (ownRow && stated === units + 1) ||
        countedByName(doc, text.slice(match.index + match[0].length), stated);
    return { what: '预算单位', stated, counted: agrees ? stated : units, table };
}
/** Counts in the narrative (一级项目 N 个, 二级项目 N 个, N 个项目的绩效目标) match what the tables list. */
export const narrativeCount = {
    meta: {
        id: 'narrative-count',
        title: { zh: '说明中的数量', en: 'Counts in the narrative' },
        description: {
            zh: '情况说明中的数量（一级项目 N 个、二级项目 N 个、公开绩效目标的项目 N 个、预算单位 N 个）应与项目支出表、绩效目标表和分单位的收入预算表所列一致（预算单位数含或不含本级均可）；部门概况列出的单位名称应是该表中的单位。各地对“一级项目”“二级项目”的计数口径不一，默认为警告。',
            en: 'Counts stated in the narrative (first- and second-level projects, projects whose targets are published, budget units) match what the project, performance and per-unit income tables list (units with or without the 本级 unit of the department itself); the units the overview names are the units of that table. Templates count differently, so the default is a warning.',
        },
        severity: 'warning',
        tags: ['narrative', 'completeness'],
        messages: {
            unit: {
                zh: '{part}“{heading}”列出的单位“{name}”不在分单位的收入预算表中',
                en: '{part_en} "{heading}" lists the unit "{name}", which the per-unit income table does not',
            },
            count: {
                zh: '{part}“{heading}”称{what} {stated} 个，{table}中列出 {counted} 个',
                en: '{part_en} "{heading}" states {stated} {what}; {table} lists {counted}',
            },
        },
    },
    check(context) {
        for (const u of unlistedUnits(context.doc)) {
            context.report({
                messageId: 'unit',
                data: { ...partOf(context.doc, u.section), heading: u.section.heading, name: u.name },
                actual: u.name,
                source: u.section.source,
            });
        }
        for (const c of countClaims(context.doc)) {
            if (c.stated === c.counted)
                continue;
            context.report({
                messageId: 'count',
                data: {
                    ...partOf(context.doc, c.section),
                    heading: c.section.heading,
                    what: c.what,
                    stated: c.stated,
                    counted: c.counted,
                    table: c.table.title,
                },
                expected: String(c.counted),
                actual: String(c.stated),
                difference: String(c.stated - c.counted),
                source: c.section.source,
            });
        }
    },
};
//# sourceMappingURL=narrative-count.js.map