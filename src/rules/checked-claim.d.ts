/**
 * What a checked narrative claim is, declared once for both TypeScript projects: the checker
 * (src/rules/types.ts) and the web page (web/src/api.ts, a project of its own that must not import
 * node code). Declarations only, so the page's build compiles it without emitting or bundling
 * anything from src; each project fills in its own origin and table-kind types.
 */

/** The table cell a narrative figure was checked against (or, for a change or share, the cell printing the figure it is of). */
export interface ClaimCellOf<Origin, Kind extends string = string> {
  /** The table's kind and title, the row, the column key, the row's origin. */
  table: Kind;
  tableTitle: string;
  row: string;
  column: string;
  cell: Origin;
  /** The cell's figure as printed (in the table's unit), null when the cell is blank. */
  printed: string | null;
  unit: string;
}

/**
 * A narrative claim a rule compared, whether it agreed or not: what lets a reader follow every
 * checked claim, true ones too, to the cell it was checked against. An amount is compared with a
 * cell; a change, a share, a whole of stated parts or an outturn's comparison word with the figures
 * the text states, and carries the cell of the figure it is of when a table prints it.
 */
export interface CheckedClaimOf<Origin, Kind extends string = string> extends Partial<ClaimCellOf<Origin, Kind>> {
  /** The rule that compared it (the engine fills it in). */
  rule: string;
  /** Where the claim is stated (its narrative section) and its heading. */
  source: Origin;
  heading: string;
  label: string;
  /** The figure as the text prints it: 万元 for an amount, change or sum, % for a share, the word for a comparison. */
  stated: string;
  /** What the stated figure is; absent for an amount. */
  figure?: 'change' | 'share' | 'sum' | 'comparison';
  /** What the check makes of the figures the text states, when the claim disagrees with it. */
  expected?: string;
  agrees: boolean;
}
