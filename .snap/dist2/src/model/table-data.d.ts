/**
 * What a table is as data, apart from the reader's explanations of it (a column's `because`, a
 * table's `recognition`): what the store keeps, what an export writes and what the JSON form
 * prints. Listed once, so that a field the model gains reaches all three.
 */
import type { Column, Table } from './types.js';
export type ColumnData = Pick<Column, 'key' | 'label' | 'path' | 'type' | 'side'>;
export type TableData = Omit<Table, 'columns' | 'recognition'> & {
    columns: ColumnData[];
};
export declare function columnData(column: Column): ColumnData;
/** The table's data fields, in the order the JSON form prints them. */
export declare function tableData(table: Table): TableData;
