import type { WrittenDocument } from './layout.js';
export declare function renderDocx(doc: WrittenDocument): Buffer;
