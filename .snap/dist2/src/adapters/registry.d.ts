import type { SourceFormat } from '../model/types.js';
import type { FormatAdapter } from './adapter.js';
export declare function hasAdapter(format: SourceFormat): boolean;
export declare function adapterFor(format: SourceFormat): Promise<FormatAdapter>;
