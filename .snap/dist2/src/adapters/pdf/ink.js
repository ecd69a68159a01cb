import { contains } from './geometry.js';
/** White (or nearly) paint draws nothing visible on a white page. */
export function isWhite(color) {
    const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
    return match?.slice(1).every((hex) => Number.parseInt(hex, 16) >= 0xf0) ?? false;
}
/** The ink of text drawn in this render mode (Tr 0-7: fill, stroke, both, neither; +4 adds a clip) and colours. */
export function textInk(mode, fill, stroke) {
    const paint = mode % 4;
    if (paint === 3)
        return 'none';
    const filled = (paint === 0 || paint === 2) && !isWhite(fill);
    const stroked = (paint === 1 || paint === 2) && !isWhite(stroke);
    return filled || stroked ? 'visible' : 'white';
}
/**
 * Settles the runs drawn without visible ink against what the page paints: over an image a run is
 * the image's text layer and is read; white over a dark fill it is seen. Returns whether a text
 * layer of an image was kept (its text is OCR's, with OCR's confidence). Called once per page, only
 * for the runs that drew no ink (a page without any costs nothing).
 */
export function settleUnseen(runs, images, fills) {
    let textLayer = false;
    let shaded = null;
    for (const { run, ink } of runs) {
        if (images.some((box) => contains(box, run.x, run.y, 1))) {
            run.hidden = false;
            textLayer ||= ink === 'none';
        }
        else if (ink === 'white') {
            shaded ??= fills();
            if (shaded.some((box) => contains(box, run.x, run.y, 1)))
                run.hidden = false;
        }
    }
    return textLayer;
}
//# sourceMappingURL=ink.js.map