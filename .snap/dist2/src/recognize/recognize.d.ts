import type { Block, TextStyle } from '../adapters/blocks.js';
import type { BudgetDocument, DocumentSource } from '../model/types.js';
import type { GridLayout } from './header.js';
import { type RawTable } from './segment.js';
export declare function headerLayouts(blocks: Block[], style: TextStyle): Array<{
    table: RawTable;
    layout: GridLayout;
}>;
/** Blocks of one document → the canonical BudgetDocument. */
export declare function recognize(blocks: Block[], style: TextStyle, source: DocumentSource): BudgetDocument;
