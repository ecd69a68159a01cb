import type { NarrativeSection } from '../model/types.js';
import type { RuleContext } from './types.js';
/** A narrative claim nothing in the document can confirm or refute. */
export interface Unverified {
    section: NarrativeSection;
    /** The claim as the message lists it ("政府采购 120.00 万元"). */
    item: string;
}
/**
 * A claim with nothing to check it against names no inconsistency: it is a note (info), one per
 * narrative section listing the claims, so a reviewer's page is not filled with them.
 */
export declare function reportUnverified(context: RuleContext, messageId: string, claims: Unverified[]): void;
