import type { KindEvidence } from '../model/types.js';
import type { TableFacts } from './table-facts.js';
export interface Words {
    zh: string;
    en: string;
}
export declare const both: (w: Words) => string;
/** Every clue the content gives, for and against each kind. */
export declare function contentEvidence(facts: TableFacts): KindEvidence[];
