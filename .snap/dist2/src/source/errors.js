/** An input that cannot be read: a one-line message, Chinese first then English; exit code 2. */
export class InputError extends Error {
    zh;
    en;
    file;
    constructor(zh, en, file) {
        super(`${zh} / ${en}`);
        this.zh = zh;
        this.en = en;
        this.file = file;
        this.details = [];
        this.name = 'InputError';
    }
    /** What the layout stages saw before reading failed (`--debug-layout`). */
    details;
    line() {
        return `${this.file ? `${this.file}: ` : ''}${this.zh} / ${this.en}`;
    }
}
//# sourceMappingURL=errors.js.map