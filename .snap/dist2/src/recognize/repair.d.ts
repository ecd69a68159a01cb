import type { Amount, Row, Table } from '../model/types.js';
export interface PositionedAmount {
    position: number;
    amount: Amount;
}
export interface RepairColumn {
    key: string;
    position: number;
}
type Placement = Map<string, Amount>;
/** Do the identities that involve printed keys hold? Only keys the table has are used. */
export declare function identitiesHold(p: Placement, keys: Set<string>): boolean;
/**
 * Best placement of the row's amounts onto the columns, or null when no placement satisfies the
 * identities. `absent` lists column keys of funds the document does not have.
 */
export declare function placeAmounts(amounts: PositionedAmount[], columns: RepairColumn[], absent: Set<string>): Placement | null;
/** Which funds and sources the document has no money in, from the income side of its 收支总表. */
export declare function absentSources(summary: Table | undefined): Set<string>;
export declare function rowKeysNeedRepair(row: Row, keys: Set<string>): boolean;
export {};
