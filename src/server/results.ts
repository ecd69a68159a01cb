/**
 * Checked uploads kept in memory for the report page, under an unguessable id, the least recently
 * used dropped first once a count or a size is passed. With a store the upload is stored as well
 * (store-upload.ts): this keeps what the report page shows at once (both languages, the PDF).
 */
import { randomUUID } from 'node:crypto';
import type { DocumentPart, SourceFormat } from '../model/types.js';

export interface KeptResult {
  id: string;
  /** The check JSON and the document as read, per locale of the findings' messages. */
  json: { zh: unknown; en: unknown };
  /** The files of the document in its parts' order (one, or 北京's 情况说明 and 报表), each PDF with its bytes. */
  files: KeptFile[];
  /** The stored document (`new` false when its file was stored before); null without a store. */
  stored: StoredAs | null;
  bytes: number;
}

/** One uploaded file of a kept report: the name its origins give it, what it holds, its bytes when a PDF. */
export interface KeptFile {
  file: string;
  format: SourceFormat;
  /** What the file holds when the document is of several; null for a document of one file. */
  holds: DocumentPart['holds'] | null;
  /** The PDF's bytes, so the page can render it; null for other formats. */
  pdf: Uint8Array | null;
}

export interface StoredAs {
  id: number;
  version: number;
  new: boolean;
}

export interface KeepLimits {
  count: number;
  bytes: number;
}

export class ResultCache {
  private readonly entries = new Map<string, KeptResult>();
  private total = 0;

  constructor(private readonly limits: KeepLimits) {}

  add(json: KeptResult['json'], files: KeptFile[], stored: StoredAs | null = null): KeptResult {
    const pdfBytes = files.reduce((sum, f) => sum + (f.pdf?.byteLength ?? 0), 0);
    const bytes = JSON.stringify(json.zh).length + JSON.stringify(json.en).length + pdfBytes;
    const kept: KeptResult = { id: randomUUID(), json, files, stored, bytes };
    this.entries.set(kept.id, kept);
    this.total += bytes;
    // The newest stays even when it alone passes the size: its uploader is about to open it.
    for (const [id, old] of this.entries) {
      if (this.entries.size <= 1 || (this.entries.size <= this.limits.count && this.total <= this.limits.bytes)) break;
      this.entries.delete(id);
      this.total -= old.bytes;
    }
    return kept;
  }

  /** The result, now the most recently used. */
  get(id: string): KeptResult | undefined {
    const kept = this.entries.get(id);
    if (kept) {
      this.entries.delete(id);
      this.entries.set(id, kept);
    }
    return kept;
  }

  get size(): number {
    return this.entries.size;
  }
}
