/** A small deterministic generator (mulberry32), so a failure can be replayed. */
export declare function random(seed: number): () => number;
/** Read broken bytes: a document, or one clean InputError line (Chinese, then English) — nothing else. */
export declare function outcome(bytes: Buffer, name: string): Promise<'read' | 'refused'>;
/** The same through the command line, the bytes piped to standard input (`extract -`). */
export declare function outcomeOnStdin(bytes: Buffer): 'read' | 'refused';
