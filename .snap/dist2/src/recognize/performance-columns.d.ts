import type { GridRow } from '../adapters/blocks.js';
import { type Project } from './performance-parts.js';
/**
 * The header row of such a grid: it names the project and, in the same row, the flat indicator
 * columns — or only the project's name, amount and target — or the project's columns above the
 * indicators' (the header's last row is then the one after it).
 */
export declare function columnHeader(rows: GridRow[]): number;
export declare function readColumnLayout(rows: GridRow[], at: number): Project[];
