import { codeList } from '../codes/lists.js';
import { atScale } from '../model/amount.js';
import { ORGANISATION_END } from '../model/names.js';
/** The precision running sums start at: 万元 printed to 6 decimals (分); finer cells raise it. */
const EXACT_SCALE = 6;
export function functionLevelOfCode(code) {
    if (/^\d{3}$/.test(code))
        return 1;
    if (/^\d{5}$/.test(code))
        return 2;
    if (/^\d{7}$/.test(code))
        return 3;
    return null;
}
/** 类 (301) and 款 (30101); a seven-digit code is a 项 a region adds under a 款 (重庆: 3010201 规范性津补贴). */
export function economicLevelOfCode(code) {
    if (/^\d{3}$/.test(code))
        return 1;
    if (/^\d{5}$/.test(code))
        return 2;
    // A local item of a 款 (北京 3021101 差旅费 under 30211): the national list stops at the 款.
    if (/^\d{7}$/.test(code))
        return 3;
    return null;
}
/**
 * Walks the rows of a function-classified table in order. Where codes are printed they decide;
 * where they are not, a row is a 类 when its name is a 类 (or it is numbered 一、), a 款 when its
 * name is a 款 of the current 类, otherwise a 项 — and its code is resolved from its parents.
 */
export class FunctionHierarchy {
    list;
    currentClass = null;
    currentSection = null;
    constructor(year, list) {
        this.list = list ?? codeList('function', year ?? 2024);
    }
    /**
     * The current 类's printed total and the sum of its 款 so far: a full 类 cannot take another 款.
     * Sums are kept at a precision no cell of the table exceeds (万元 to 6 decimals is 分).
     */
    classTotal = null;
    sectionsSum = 0n;
    sectionTotal = null;
    itemsSum = 0n;
    scale = EXACT_SCALE;
    classify(name, printedCode, numbered, total) {
        if (total && total.scale > this.scale)
            this.rescale(total.scale);
        const value = total ? atScale(total, this.scale) : null;
        if (printedCode) {
            const level = functionLevelOfCode(printedCode);
            if (level === 1)
                this.currentClass = printedCode;
            if (level === 2)
                this.currentSection = { code: printedCode, name };
            return { level, code: printedCode, codeSource: 'printed' };
        }
        const asClass = this.list.find(name, 1);
        const asSection = this.currentClass ? this.list.find(name, 2, this.currentClass) : [];
        const sameAsSection = this.currentSection !== null && this.currentSection.name === name;
        const classFull = this.classTotal !== null && this.sectionsSum === this.classTotal;
        const sectionFull = this.sectionTotal !== null && this.itemsSum === this.sectionTotal;
        // 其他一般公共服务支出 is a 款 and the 项 under it: the same name right under its 款 is the 项.
        if (sameAsSection && !sectionFull)
            return this.item(name, value);
        // 其他支出 is a 类 (229) and a 款 of several 类: a 款 of the current 类 wins until that 类 is full.
        const isClass = numbered || (asClass.length > 0 && (asSection.length === 0 || classFull));
        if (isClass) {
            const entry = asClass[0];
            this.currentClass = entry?.code ?? null;
            this.currentSection = null;
            this.classTotal = value;
            this.sectionsSum = 0n;
            return { level: 1, code: entry?.code ?? null, codeSource: entry ? 'resolved' : null };
        }
        if (asSection.length > 0) {
            const entry = asSection[0];
            this.currentSection = { code: entry.code, name };
            if (value !== null)
                this.sectionsSum += value;
            this.sectionTotal = value;
            this.itemsSum = 0n;
            return { level: 2, code: entry.code, codeSource: 'resolved' };
        }
        return this.item(name, value);
    }
    /** A cell printed more finely than any before it: the running sums move to its precision. */
    rescale(scale) {
        const factor = 10n ** BigInt(scale - this.scale);
        if (this.classTotal !== null)
            this.classTotal *= factor;
        if (this.sectionTotal !== null)
            this.sectionTotal *= factor;
        this.sectionsSum *= factor;
        this.itemsSum *= factor;
        this.scale = scale;
    }
    item(name, value) {
        if (value !== null)
            this.itemsSum += value;
        const sectionCode = this.currentSection?.code ?? null;
        const asItem = sectionCode ? this.list.find(name, 3, sectionCode) : [];
        if (asItem.length > 1)
            return { level: 3, code: null, codeSource: 'ambiguous' };
        const item = asItem[0];
        return { level: 3, code: item?.code ?? null, codeSource: item ? 'resolved' : sectionCode ? 'unknown' : null };
    }
}
/** Economic classification (301 工资福利支出 › 30101 基本工资): 类 by code, numbering or name. */
export class EconomicHierarchy {
    list;
    currentClass = null;
    /** A unit row was seen: the table lists each unit's spending under it. */
    perUnit = false;
    constructor(year, list) {
        this.list = list ?? codeList('economic-department', year ?? 2024);
    }
    /** A row naming a unit (or the department) starts its group: the 类 below are its own. */
    startGroup() {
        this.currentClass = null;
        this.perUnit = true;
    }
    classify(name, printedCode, numbered) {
        if (printedCode) {
            const level = economicLevelOfCode(printedCode);
            if (level === 1)
                this.currentClass = printedCode;
            return { level, code: printedCode, codeSource: 'printed' };
        }
        const asClass = this.list.find(name, 1);
        if (numbered || asClass.length > 0) {
            this.currentClass = asClass[0]?.code ?? null;
            return { level: 1, code: asClass[0]?.code ?? null, codeSource: asClass[0] ? 'resolved' : null };
        }
        const asItem = this.currentClass ? this.list.find(name, 2, this.currentClass) : [];
        const unknown = asItem.length === 0 && this.list.named(name).length === 0;
        // A unit of a per-unit table (广州 部门预算基本支出预算表: 管理中心, (本级), then its 类): no 款, and the 类 after it are its own.
        if (unknown && ORGANISATION_END.test(name)) {
            this.startGroup();
            return { level: null, code: null, codeSource: null };
        }
        // Under the units of such a table, a 支出 the list does not know is a 类 in the table's own words
        // (珠海: 珠海市商务局 › 工资和福利支出 | 302 商品和服务支出 | 303 … | 其他资本性等支出), not a 款 of the 类 before.
        if (asItem.length === 0 && this.perUnit && /支出$/.test(name)) {
            this.currentClass = null;
            return { level: 1, code: null, codeSource: null };
        }
        return { level: 2, code: asItem[0]?.code ?? null, codeSource: asItem[0] ? 'resolved' : null };
    }
}
//# sourceMappingURL=levels.js.map