/** An input that cannot be read: a one-line message, Chinese first then English; exit code 2. */
export class InputError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
    readonly file?: string,
  ) {
    super(`${zh} / ${en}`);
    this.details = [];
    this.name = 'InputError';
  }

  /** What the layout stages saw before reading failed (`--debug-layout`). */
  details: string[];

  line(): string {
    return `${this.file ? `${this.file}: ` : ''}${this.zh} / ${this.en}`;
  }
}
