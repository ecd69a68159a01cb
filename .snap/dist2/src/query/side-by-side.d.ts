import type { Phase } from '../model/types.js';
import type { Store } from '../store/store.js';
import { type DocumentRef } from './fetch.js';
export interface DepartmentFigures {
    document: DocumentRef;
    /** 万元; null where the document prints no such figure. */
    total: string | null;
    basic: string | null;
    project: string | null;
    threePublic: string | null;
    agencyOperating: string | null;
    /** Spending by function 类 (one-digit-level codes: 201 一般公共服务支出 …), by code. */
    byFunction: Record<string, string>;
    /** Basic spending by economic 款 (30101 基本工资 …), by code. */
    byEconomic: Record<string, string>;
}
export interface Heading {
    code: string;
    name: string;
}
export interface SideBySide {
    region: string | null;
    year: number | null;
    phase: Phase;
    unit: '万元';
    departments: DepartmentFigures[];
    /** The function 类 and economic 款 any department prints, in code order. */
    functionClasses: Heading[];
    economicItems: Heading[];
}
export declare function sideBySide(store: Store, filter: {
    region?: string;
    year?: number;
    phase?: Phase;
}): Promise<SideBySide>;
