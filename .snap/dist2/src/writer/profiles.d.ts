import type { MoneyUnit, Phase, TableKind } from '../model/types.js';
import type { SentenceTemplate } from './sentences.js';
export interface NarrativeTemplate {
    heading: string;
    sentences: SentenceTemplate[];
}
export type ProfilePart = {
    part: 'cover';
} | {
    part: 'toc';
    title: string;
} | {
    part: 'overview';
    heading: string;
    sections: Array<{
        heading: string;
        key: string;
    }>;
} | {
    part: 'tables';
    heading: string;
    tables: Array<[TableKind, string]>;
    emptyStatement: string;
} | {
    part: 'narrative';
    heading: string;
    sections: NarrativeTemplate[];
} | {
    part: 'glossary';
    heading: string;
    key: string;
};
export interface WriterProfile {
    id: string;
    name: {
        zh: string;
        en: string;
    };
    phase: Phase;
    /** The unit every table is printed in (万元 to two decimals, 元 whole). */
    unit: MoneyUnit;
    /** The checker profile the written document is checked with. */
    checkProfile: string;
    /** Template ids (budgetlens template --profile) this profile writes: Shanghai's two workbooks. */
    aliases?: string[];
    /** What the cover calls the document after the department and year: 部门预算, 部门决算. */
    titleWord: string;
    parts: ProfilePart[];
}
export declare const WRITER_PROFILES: WriterProfile[];
export declare function writerProfile(id: string): WriterProfile | undefined;
/**
 * The texts a person writes for this profile, in the order the document asks for them: the 概况
 * sections, each reason or statement a sentence leaves to the department, the 名词解释. The
 * template's 说明 sheet lists exactly these, so what is asked is what is written.
 */
export declare function profileTextKeys(profile: WriterProfile): string[];
