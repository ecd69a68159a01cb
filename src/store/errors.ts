/** A database that cannot be opened or used, or a document it cannot keep: one line, Chinese first; exit 2. */
export class StoreError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(`${zh} / ${en}`);
    this.name = 'StoreError';
  }

  line(): string {
    return `${this.zh} / ${this.en}`;
  }
}
