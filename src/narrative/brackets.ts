import type { AmountClaim } from './claims.js';

/** A parenthesis open in the sentence: the figure it was opened right after (null: none), the figures read in it. */
interface Open {
  whole: AmountClaim | null;
  inside: AmountClaim[];
}

const OPENING = new Set(['(', '（']);
const CLOSING = new Set([')', '）']);

/**
 * The parentheses of a sentence, each with the figure it opens right after: "公务用车购置及运行维护费9.73万元
 * （公务用车购置费0万元，比上年增加0万元；公务用车运行维护费9.73万元，比上年减少0.05万元。）比上年减少0.05万元"
 * (广州 2026). The figures inside are that figure's parts, one list by the parenthesis (their amounts
 * need not be matched to find it), and the text after the "）" speaks of that figure again. A parenthesis
 * the sentence does not close lists nothing.
 */
export class Brackets {
  private readonly open: Open[] = [];
  /** The figure just read, while nothing but spaces has followed it. */
  private fresh: AmountClaim | null = null;

  /** Text read up to the next figure; returns the figure whose parenthesis it closed last, if any. */
  read(text: string): AmountClaim | null {
    let closed: AmountClaim | null = null;
    for (const ch of text) {
      if (/\s/.test(ch)) continue;
      if (OPENING.has(ch)) this.open.push({ whole: this.fresh, inside: [] });
      else if (CLOSING.has(ch)) closed = this.close() ?? closed;
      this.fresh = null;
    }
    return closed;
  }

  /** A figure read: a claim (a part of the parenthesis it is in), or null for a figure that is none (a change's). */
  figure(claim: AmountClaim | null): void {
    const top = this.open[this.open.length - 1];
    if (claim && top?.whole) top.inside.push(claim);
    this.fresh = claim;
  }

  private close(): AmountClaim | null {
    const done = this.open.pop();
    if (!done?.whole) return null;
    for (const part of done.inside) part.enclosedBy = done.whole;
    return done.whole;
  }
}
