import type { Table } from '../model/types.js';
export declare function isColumnWise(table: Table): boolean;
export declare function turnThreePublic(table: Table): Table[];
