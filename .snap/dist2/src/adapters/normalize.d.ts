/** Text as every adapter hands it on: one normal form for what readers see as the same characters. */
/** Full-width digits and punctuation → half-width; stray control characters dropped. */
export declare function normalizeText(text: string): string;
export declare function isTitleOrUnitLine(text: string): boolean;
/** Does this line end like a table title (…表)? */
export declare function endsLikeTableTitle(text: string): boolean;
