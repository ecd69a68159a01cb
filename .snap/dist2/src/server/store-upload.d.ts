import type { BudgetDocument, Finding } from '../model/types.js';
import type { PutResult, Store } from '../store/store.js';
/** One uploaded file of the document: its name and bytes. */
export interface UploadedFile {
    name: string;
    sha256: string;
    bytes: Uint8Array;
}
/** Where an original is kept: `<dir>/<sha256>/<name>`, one folder per content. */
export declare function saveOriginal(dir: string, file: UploadedFile): Promise<string>;
/**
 * Stores the checked document unless one of its files is stored already (then that document's id);
 * `dir` null keeps no original (the stored document names the upload).
 */
export declare function storeUpload(store: Store, dir: string | null, files: UploadedFile[], doc: BudgetDocument, findings: Finding[], profile: string): Promise<PutResult>;
