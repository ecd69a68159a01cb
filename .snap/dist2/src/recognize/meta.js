import { compact, ORGANISATION_END } from '../model/names.js';
const YEAR = '(\\d{4}|[〇零一二三四五六七八九]{4})';
/** 某某局2026年度部门预算; the 年 may be left out before 部门/单位 (北京市国资委: 2026 部门预算情况的说明). */
const TITLE = new RegExp(`^(.*?)${YEAR}(?:年度?(?:[省市区县]级)?(部门|单位)?|(部门|单位))(预算|决算)`);
/**
 * The year first, then the department, the whole line (the department sits inside): 2026年烟台市财政局部门预算,
 * 2026年度苏州市审计局部门预算公开.
 */
const YEAR_FIRST = new RegExp(`^${YEAR}年度?([^\\d，。,；;：:、]{2,40}?)(部门|单位)(预算|决算)(?:信息)?(?:公开)?$`);
const CHINESE_DIGITS = '〇一二三四五六七八九';
/** 2026 or 二〇二六 (零 for 〇 too) → 2026. */
function yearOf(text) {
    if (/^\d{4}$/.test(text))
        return Number(text);
    return Number([...text].map((ch) => (ch === '零' ? 0 : CHINESE_DIGITS.indexOf(ch))).join(''));
}
/** Punctuation of a sentence: 说明事项：根据…，市国资委2026年部门预算中… names a budget but is no title. */
const SENTENCE = /[，,。；;:：]/;
/** A title line in either order. */
function titleParts(text) {
    const m = TITLE.exec(text);
    if (m && !SENTENCE.test(m[1] ?? ''))
        return { dept: m[1] ?? '', year: m[2], scope: m[3] ?? m[4], phase: m[5], yearFirst: false };
    const y = YEAR_FIRST.exec(text);
    if (y)
        return { dept: y[2], year: y[1], scope: y[3], phase: y[4], yearFirst: true };
    return null;
}
/** A cover line naming the department or unit outright: 预算主管部门：…, 预算单位：…. */
const NAMED = /^(?:预算主管部门|主管部门|预算单位|部门名称|单位名称|决算单位)[:：](.{2,40})$/;
/** 北京市教育委员会部门 2026 年度部门预算: the department is 北京市教育委员会 (but 商务部门 is a name). */
function departmentName(text) {
    const name = text.replace(/部门$/, '');
    return name !== text && ORGANISATION_END.test(name) ? name : text;
}
/** A cover printing the year on its own line above the name: 2026年 / 广州市商务局部门预算. */
const COVER_YEAR_LINE = new RegExp(`^${YEAR}年度?$`);
/** Title, department, year and phase from the front matter (or the first line that names them). */
export function readMeta(paragraphs) {
    const texts = paragraphs.map((p) => compact(p.text).replace(/^第[一二三四五六七八九十]+部分/, ''));
    let title = '';
    let department = null;
    let year = null;
    let phase = 'budget';
    let scope = 'department';
    const limit = Math.min(texts.length, 15);
    let found = -1;
    let text = '';
    for (let i = 0; i < texts.length && found < 0; i++) {
        if (i >= limit && !/情况说明|公开/.test(texts[i] ?? ''))
            continue;
        const line = texts[i] ?? '';
        const candidate = i < limit && COVER_YEAR_LINE.test(line) ? line + (texts[i + 1] ?? '') : line;
        if (titleParts(candidate)) {
            found = i;
            text = candidate;
        }
    }
    if (found >= 0) {
        const m = titleParts(text);
        let dept = m.dept;
        if (dept === '' && found > 0) {
            const before = texts[found - 1] ?? '';
            if (before.length <= 40 && !/目录/.test(before))
                dept = before;
        }
        const named = texts
            .slice(0, limit)
            .map((t) => NAMED.exec(t)?.[1])
            .find((d) => d !== undefined);
        department = named ?? (departmentName(dept) || null);
        year = yearOf(m.year);
        phase = m.phase === '决算' ? 'final_account' : 'budget';
        scope = m.scope === '单位' ? 'unit' : 'department';
        const rest = (m.yearFirst ? text : text.slice(m.dept.length)).replace(/(预算|决算)(?:信息)?公开.*$/, '$1');
        title = m.yearFirst ? rest : `${dept}${rest}`;
    }
    return { title, department, year, phase, scope };
}
/** A year printed alone under a table's title: 预算年度：2026, （2026年度）, 2026（年度）. */
const TABLE_YEAR_LINE = /预算年度[:：]\s*(\d{4})|^[(（]?(\d{4})\s*[(（]?年度[)）]?$/;
/** A form cell naming the department, with the name in the next cell: 部门名称 | 北京市财政局. */
const DEPARTMENT_CELL = /^(?:部门名称|预算部门|主管部门)[:：]?$/;
/**
 * A file of tables only (北京's 附件2 报表) prints no title: its year is the one printed under a
 * table's title, its department the one a form table names (部门整体支出绩效目标表: 部门名称 | …).
 */
export function metaFromTables(tables) {
    let year = null;
    let department = null;
    for (const table of tables) {
        for (const line of table.preamble) {
            const m = TABLE_YEAR_LINE.exec(compact(line.text));
            if (m && year === null)
                year = Number(m[1] ?? m[2]);
        }
        for (const row of table.rows) {
            const cells = row.cells.filter((c) => c.text.trim() !== '');
            const at = cells.findIndex((c) => DEPARTMENT_CELL.test(compact(c.text)));
            const name = at >= 0 ? compact(cells[at + 1]?.text ?? '') : '';
            if (department === null && name.length >= 2 && name.length <= 40)
                department = name;
        }
        if (year !== null && department !== null)
            break;
    }
    return { year, department };
}
/** The department a line names before the year of its disclosure (附件：北京市气象局2026年度部门预算报表). */
export function departmentNamedIn(text) {
    const m = TITLE.exec(compact(text).replace(/^(?:详)?见?附件\d*[:：]/, ''));
    const dept = departmentName(m?.[1] ?? '');
    return dept.length >= 2 && dept.length <= 40 && !SENTENCE.test(dept) ? dept : null;
}
//# sourceMappingURL=meta.js.map