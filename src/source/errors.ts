/** An input that cannot be read: a one-line message, Chinese first then English; exit code 2. */
export class InputError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
    readonly file?: string,
  ) {
    super(`${zh} / ${en}`);
    this.name = 'InputError';
  }

  line(): string {
    return `${this.file ? `${this.file}: ` : ''}${this.zh} / ${this.en}`;
  }
}
