/**
 * Header rows from per-column header paths (top to bottom, as printed): equal prefixes side by side
 * merge into one cell spanning them, a path shorter than the deepest reaches down to the last row.
 * The recognizer reads such headers back into the same paths (recognize/header.ts).
 */
import type { GridCell } from './layout.js';
export declare function headerRows(paths: string[][]): GridCell[][];
