import type { Table } from '../model/types.js';
import type { RecognizeContext } from './grid-table.js';
import type { RawTable } from './segment.js';
export declare function buildPerformanceTable(raw: RawTable, ctx: RecognizeContext): Table;
/** Tables kept as printed grids (整体绩效目标, untitled grids): rows of text cells, no amounts interpreted. */
export declare function buildTextGridTable(raw: RawTable, kind: Table['kind'], ctx: RecognizeContext): Table;
