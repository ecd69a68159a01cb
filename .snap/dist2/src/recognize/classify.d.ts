import type { Recognition, TableKind } from '../model/types.js';
import { type Words } from './kind-evidence.js';
import type { TableFacts } from './table-facts.js';
/** The kind a title names, and the words that name it. */
export declare function titleKind(title: string): {
    kind: TableKind;
    words: string;
} | null;
export declare function kindFromTitle(title: string): TableKind;
/** A title naming its kind weighs more than any single clue of the content, less than several. */
export declare const TITLE_WEIGHT = 6;
/** The least score a kind needs. */
export declare const MIN_SCORE = 4;
export interface KindDecision {
    recognition: Recognition;
    /** The lacking, as 中文 and English sentences, for the unknown-table finding. */
    lackingWords: Words[];
}
/**
 * The kind the evidence of a table speaks for, with the reasons. `previousTitle` is the title of
 * the last titled table before this one, which an untitled fragment probably continues.
 */
export declare function decideKind(facts: TableFacts, context?: {
    previousTitle?: string;
}): KindDecision;
