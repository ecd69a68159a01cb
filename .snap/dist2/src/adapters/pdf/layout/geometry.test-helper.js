export const h = (y, x0, x1) => ({ orientation: 'h', x0, x1, y0: y, y1: y });
export const v = (x, y0, y1) => ({ orientation: 'v', x0: x, x1: x, y0, y1 });
export const piece = (text, x0, baseline, width = text.length * 10) => ({
    text,
    x0,
    x1: x0 + width,
    baseline,
    size: 10,
    y0: baseline - 9,
    y1: baseline + 1,
});
//# sourceMappingURL=geometry.test-helper.js.map