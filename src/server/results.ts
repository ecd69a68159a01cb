/**
 * Checked uploads kept in memory for the report page, under an unguessable id, the least recently
 * used dropped first once a count or a size is passed. The store (issue 17) takes this place later.
 */
import { randomUUID } from 'node:crypto';

export interface KeptResult {
  id: string;
  /** The check JSON and the document as read, per locale of the findings' messages. */
  json: { zh: unknown; en: unknown };
  /** The uploaded PDF, so the page can render it; null for other formats. */
  pdf: Uint8Array | null;
  bytes: number;
}

export interface KeepLimits {
  count: number;
  bytes: number;
}

export class ResultCache {
  private readonly entries = new Map<string, KeptResult>();
  private total = 0;

  constructor(private readonly limits: KeepLimits) {}

  add(json: KeptResult['json'], pdf: Uint8Array | null): KeptResult {
    const bytes = JSON.stringify(json.zh).length + JSON.stringify(json.en).length + (pdf?.byteLength ?? 0);
    const kept: KeptResult = { id: randomUUID(), json, pdf, bytes };
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
