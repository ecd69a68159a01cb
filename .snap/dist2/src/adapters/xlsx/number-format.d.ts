/**
 * Numbers stored in a sheet → the text the sheet shows, exactly: the stored value is taken to 15
 * significant digits (as Excel displays it) and rounded half-up in decimal, never through a float
 * format, with the format's decimals, thousands separators and percent sign.
 */
export declare function builtInFormat(id: number): string;
/** A decimal string rounded half-up to `decimals` places. */
export declare function roundDecimal(value: string, decimals: number): string;
/** The stored value as Excel shows it: 15 significant digits, in plain decimal notation. */
export declare function displayedDecimal(stored: string): string | null;
export declare function formatNumber(stored: string, format: string): string;
