/** A database that cannot be opened or used, or a document it cannot keep: one line, Chinese first; exit 2. */
export class StoreError extends Error {
    zh;
    en;
    constructor(zh, en) {
        super(`${zh} / ${en}`);
        this.zh = zh;
        this.en = en;
        this.name = 'StoreError';
    }
    line() {
        return `${this.zh} / ${this.en}`;
    }
}
//# sourceMappingURL=errors.js.map