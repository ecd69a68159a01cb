import type { MoneyUnit, Table } from '../model/types.js';
import type { TableGrid } from './layout.js';
export declare function tableGrid(table: Table, unit: MoneyUnit, department?: string): TableGrid;
