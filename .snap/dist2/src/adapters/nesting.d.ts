import type { ParentNode } from 'domhandler';
/**
 * Refuse a tree nested deeper than the limit before it is walked: the parsers build any depth
 * without recursion, but the walks that read tables and text recurse once per level.
 */
export declare function assertNesting(root: ParentNode, limit?: number): void;
