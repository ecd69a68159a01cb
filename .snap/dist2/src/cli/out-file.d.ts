/** Refuse an --out path that cannot be written, before a long run is spent on it. */
export declare function checkOutPath(path: string): void;
/** Refuse an --out folder that cannot be made or written into: a file of that name, or no parent folder. */
export declare function checkOutFolder(path: string): void;
/** The --out path is an existing folder. */
export declare const isFolder: (path: string) => boolean;
/** Write the whole output at once: never a half-written file, and no temporary file left on failure. */
export declare function writeOut(path: string, data: string | Uint8Array): void;
/** A file a command writes itself (DuckDB's Parquet) at a temporary name, renamed when complete. */
export declare function writeOutWith(path: string, write: (temp: string) => Promise<void>): Promise<void>;
/**
 * Write files into a folder, all or none: they are written into a temporary folder beside it, which
 * becomes the folder when there was none, or whose files are moved into the existing folder (renames
 * within one file system, done only after every file was written).
 */
export declare function writeFolder(path: string, files: Array<{
    name: string;
    data: string | Uint8Array;
}>): void;
