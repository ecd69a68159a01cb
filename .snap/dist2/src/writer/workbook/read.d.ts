import type { BudgetDocument } from '../../model/types.js';
import { type Profile as CheckProfile } from '../../rules/profiles.js';
import { type Limits } from '../../source/load.js';
import type { WriterInput } from '../input.js';
import { type TemplateProfile } from './layouts.js';
import { type Refusal } from './refusal.js';
export interface WorkbookOptions {
    /** A template profile id; else the one the 封面 names, else the check profile the document matches. */
    profile?: string;
    limits?: Partial<Limits>;
}
type Origins = NonNullable<WriterInput['origins']>;
export declare function checkProfileOf(doc: BudgetDocument, template: TemplateProfile | undefined): CheckProfile;
export interface WorkbookInput extends WriterInput {
    origins: Origins;
    /** The check profile whose tables the workbook was held to. */
    profile: CheckProfile;
}
/** A workbook read and validated: the input it gives and everything wrong with it (nothing thrown). */
export interface InspectedWorkbook {
    input: WorkbookInput;
    refusals: Refusal[];
    file: string;
}
/** Read a filled workbook strictly: any problem refuses it, all of them listed at once (InputRefused). */
export declare function readWorkbook(file: string, options?: WorkbookOptions): Promise<WorkbookInput>;
export declare function inspectWorkbook(file: string, options?: WorkbookOptions): Promise<InspectedWorkbook>;
export {};
