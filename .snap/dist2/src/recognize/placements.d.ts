import type { Block } from '../adapters/blocks.js';
import type { BudgetDocument } from '../model/types.js';
/**
 * Recognition speaks of block lines; binary sources also know the page and box, or the sheet and
 * cell, of each block. Copy those onto every origin in the document so a finding can point at them.
 */
export declare function applyPlacements(doc: BudgetDocument, blocks: Block[]): void;
