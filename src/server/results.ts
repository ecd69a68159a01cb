/**
 * Checked uploads kept in memory for the report page, under an unguessable id, the least recently
 * used dropped first once a count or a size is passed. With a store the upload is stored as well
 * (store-upload.ts): this keeps what the report page shows at once (both languages, the PDF).
 */
import { randomUUID } from 'node:crypto';

export interface KeptResult {
  id: string;
  /** The check JSON and the document as read, per locale of the findings' messages. */
  json: { zh: unknown; en: unknown };
  /** The uploaded PDF (its name and bytes), so the page can render it; null for other formats. */
  pdf: { name: string; bytes: Uint8Array } | null;
  /** The stored document (`new` false when its file was stored before); null without a store. */
  stored: StoredAs | null;
  bytes: number;
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

  add(json: KeptResult['json'], pdf: KeptResult['pdf'], stored: StoredAs | null = null): KeptResult {
    const bytes = JSON.stringify(json.zh).length + JSON.stringify(json.en).length + (pdf?.bytes.byteLength ?? 0);
    const kept: KeptResult = { id: randomUUID(), json, pdf, stored, bytes };
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
