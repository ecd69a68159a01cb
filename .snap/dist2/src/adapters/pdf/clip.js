/**
 * Text a PDF draws but clips away is not printed, and is not read. Spreadsheets printed over pages
 * draw a merged cell's whole text on every page it spans, clipped to the part of the cell on that
 * page (北京 项目支出绩效目标表): pdf.js reports all of it, so the hidden lines would land above the
 * table, or inside the header cells repeated there. The operator list says where each text run
 * starts and which clipping box is in force; a text item that no box of the runs drawing it
 * shows is dropped.
 */
import { apply, IDENTITY, multiply } from './geometry.js';
function numbers(args) {
    const first = args?.[0];
    const list = typeof first === 'object' && first !== null ? first : args;
    return list ? Array.from({ length: list.length }, (_, i) => Number(list[i])) : [];
}
/** The text matrix and line matrix through BT, Tm, Td, TD, TL, T*, ' and ". */
export class TextPosition {
    ops;
    tm = IDENTITY;
    tlm = IDENTITY;
    leading = 0;
    constructor(ops) {
        this.ops = ops;
    }
    /** Applies one operator; returns true when it shows text (a run starts where the matrix is now). */
    step(fn, args) {
        const o = this.ops;
        if (fn === o.beginText)
            this.tm = this.tlm = IDENTITY;
        else if (fn === o.setTextMatrix) {
            const m = numbers(args);
            if (m.length >= 6)
                this.tm = this.tlm = m.slice(0, 6);
        }
        else if (fn === o.moveText || fn === o.setLeadingMoveText) {
            const [tx = 0, ty = 0] = numbers(args);
            if (fn === o.setLeadingMoveText)
                this.leading = -ty;
            this.move(tx, ty);
        }
        else if (fn === o.setLeading)
            this.leading = numbers(args)[0] ?? 0;
        else if (fn === o.nextLine)
            this.move(0, -this.leading);
        else if (fn === o.nextLineShowText || fn === o.nextLineSetSpacingShowText) {
            this.move(0, -this.leading);
            return true;
        }
        else
            return fn === o.showText || fn === o.showSpacedText;
        return false;
    }
    move(tx, ty) {
        this.tlm = multiply(this.tlm, [1, 0, 0, 1, tx, ty]);
        this.tm = this.tlm;
    }
    /** The run's start on the page, given the CTM and the page view. */
    start(device) {
        return apply(multiply(device, this.tm), 0, 0);
    }
}
/** How far a text item may sit from its run's baseline or start and still be that run's. */
const MATCH = 1;
/**
 * The text pieces the page shows: drawn with ink where the clipping boxes leave it visible (text
 * placed off the page pdf.js leaves out itself). A piece is drawn by the runs on its baseline that start last at or before it, and by the
 * runs that start inside it (a title spread over several spreadsheet cells is drawn cell by cell,
 * each part clipped to its cell: 湖州's 财政拨款收支预算总表 title). It is printed where one of those
 * runs leaves ink (see ink.ts) and is unclipped, or clipped to a box that holds the piece's middle
 * line and overlaps its width.
 */
export function visiblePieces(pieces, runs) {
    if (!runs.some((r) => r.clip !== null || r.hidden))
        return pieces;
    const byLine = new Map();
    for (const run of runs) {
        const key = Math.round(run.y);
        const line = byLine.get(key);
        if (line)
            line.push(run);
        else
            byLine.set(key, [run]);
    }
    return pieces.filter((piece) => {
        const before = [];
        const inside = [];
        for (const key of [Math.round(piece.baseline) - 1, Math.round(piece.baseline), Math.round(piece.baseline) + 1]) {
            for (const run of byLine.get(key) ?? []) {
                if (Math.abs(run.y - piece.baseline) > MATCH)
                    continue;
                if (run.x <= piece.x0 + MATCH)
                    before.push(run);
                else if (run.x < piece.x1 - MATCH)
                    inside.push(run);
            }
        }
        // The runs starting last at or before the piece: several when one string is drawn twice there.
        const last = Math.max(...before.map((r) => r.x));
        const drawing = [...before.filter((r) => r.x >= last - MATCH), ...inside];
        if (drawing.length === 0)
            return true;
        const y = (piece.y0 + piece.y1) / 2;
        return drawing.some(({ clip, hidden }) => !hidden &&
            (clip === null ||
                (y >= clip.y0 - MATCH && y <= clip.y1 + MATCH && clip.x1 > piece.x0 + MATCH && clip.x0 < piece.x1 - MATCH)));
    });
}
//# sourceMappingURL=clip.js.map