import type { Phase } from '../model/types.js';
import { type ExportFile } from './csv.js';
import type { ExportRow, ExportTable } from './input.js';
type FdpPhase = 'proposed' | 'approved' | 'adjusted' | 'executed';
/** The budget phase an amount column stands for in a document of this phase. */
export declare function fdpPhase(phase: Phase, key: string): FdpPhase;
/**
 * The rows no other row of the table breaks down: a coded row no longer code of the table extends,
 * an uncoded row not followed by a deeper one; totals only when the table has nothing else.
 */
export declare function lineRows(rows: ExportRow[]): ExportRow[];
/** `datapackage.json` and the lines' CSV. */
export declare function fdpFiles(tables: ExportTable[], name?: string): ExportFile[];
export {};
