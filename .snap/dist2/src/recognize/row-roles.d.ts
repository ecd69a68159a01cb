import type { Row } from '../model/types.js';
/**
 * The last row of a table with amounts but no label and no code is its total when none of its
 * amounts is exceeded by the same column of another row (a total holds its parts).
 */
export declare function markUnlabelledTotal(rows: Row[]): void;
/** Rows labelled by unit codes: a code extending another row's code is one level below it. */
export declare function unitCodeLevels(rows: Row[]): void;
