/**
 * The disclosure as the writer lays it out, before any format: headings, paragraphs, a 目录 and
 * table grids. The DOCX and HTML renderers print exactly this, so both say the same thing.
 */

export interface GridCell {
  text: string;
  colSpan?: number;
  rowSpan?: number;
  /** Amounts are right-aligned, names left, header cells centred. */
  align?: 'left' | 'right' | 'center';
}

/** A table as printed: header rows (repeated on each page) and body rows of cells. */
export interface TableGrid {
  header: GridCell[][];
  body: GridCell[][];
  /** Number of grid columns. */
  width: number;
}

export type WrittenBlock =
  | { type: 'title'; text: string }
  | { type: 'subtitle'; text: string }
  | { type: 'heading'; level: 1 | 2 | 3; text: string }
  | { type: 'paragraph'; text: string; align?: 'left' | 'right' | 'center' }
  /** The 目录: its entries, each with the page its heading is on once the document is paginated (PDF). */
  | { type: 'toc'; title: string; entries: TocEntry[] }
  | { type: 'table'; grid: TableGrid }
  | { type: 'pageBreak' };

/**
 * An entry of the 目录. `external`: it lists what another file of the disclosure holds (北京's 情况说明
 * lists the 报表's tables), so it has no heading, no page and no place in the TOC field of this file.
 */
export interface TocEntry {
  level: 1 | 2 | 3;
  text: string;
  page?: number;
  external?: boolean;
}

/** The entries that are headings of this file: those the 目录's page numbers are found for. */
export const pagedEntries = (entries: TocEntry[]) => entries.filter((e) => !e.external);

/** A text a person must write that the input lacks: shown as a marker, listed by `write`. */
export interface MissingText {
  key: string;
  /** Where the document needed it (the section heading). */
  where: string;
}

export interface WrittenDocument {
  title: string;
  blocks: WrittenBlock[];
  missing: MissingText[];
}

/** The visible marker for a missing text: 【待补充：部门职责】. */
export const missingMarker = (key: string) => `【待补充：${key}】`;
