/**
 * Checked uploads kept in memory for the report page, under an unguessable id, the least recently
 * used dropped first once a count or a size is passed. With a store the upload is stored as well
 * (store-upload.ts): this keeps what the report page shows at once (both languages, the PDF).
 */
import { randomUUID } from 'node:crypto';
export class ResultCache {
    limits;
    entries = new Map();
    total = 0;
    constructor(limits) {
        this.limits = limits;
    }
    add(json, pdf, stored = null) {
        const bytes = JSON.stringify(json.zh).length + JSON.stringify(json.en).length + (pdf?.bytes.byteLength ?? 0);
        const kept = { id: randomUUID(), json, pdf, stored, bytes };
        this.entries.set(kept.id, kept);
        this.total += bytes;
        // The newest stays even when it alone passes the size: its uploader is about to open it.
        for (const [id, old] of this.entries) {
            if (this.entries.size <= 1 || (this.entries.size <= this.limits.count && this.total <= this.limits.bytes))
                break;
            this.entries.delete(id);
            this.total -= old.bytes;
        }
        return kept;
    }
    /** The result, now the most recently used. */
    get(id) {
        const kept = this.entries.get(id);
        if (kept) {
            this.entries.delete(id);
            this.entries.set(id, kept);
        }
        return kept;
    }
    get size() {
        return this.entries.size;
    }
}
//# sourceMappingURL=results.js.map