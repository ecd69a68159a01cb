import type { PoolClient } from 'pg';
import type { Value } from '../records.js';
export declare function copyRows(client: PoolClient, table: string, rows: Value[][]): Promise<void>;
