/** Page geometry shared by the PDF layout stages. Coordinates are PDF points from the page's top-left. */
export const IDENTITY = [1, 0, 0, 1, 0, 0];
/** m × n: apply n first, then m (pdf.js Util.transform order). */
export function multiply(m, n) {
    return [
        m[0] * n[0] + m[2] * n[1],
        m[1] * n[0] + m[3] * n[1],
        m[0] * n[2] + m[2] * n[3],
        m[1] * n[2] + m[3] * n[3],
        m[0] * n[4] + m[2] * n[5] + m[4],
        m[1] * n[4] + m[3] * n[5] + m[5],
    ];
}
export function apply(m, x, y) {
    return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}
export function centerX(b) {
    return (b.x0 + b.x1) / 2;
}
export function centerY(b) {
    return (b.y0 + b.y1) / 2;
}
export function contains(outer, x, y, tolerance = 0) {
    return x >= outer.x0 - tolerance && x <= outer.x1 + tolerance && y >= outer.y0 - tolerance && y <= outer.y1 + tolerance;
}
export function union(boxes) {
    return {
        x0: Math.min(...boxes.map((b) => b.x0)),
        y0: Math.min(...boxes.map((b) => b.y0)),
        x1: Math.max(...boxes.map((b) => b.x1)),
        y1: Math.max(...boxes.map((b) => b.y1)),
    };
}
export function round1(n) {
    return Math.round(n * 10) / 10;
}
//# sourceMappingURL=geometry.js.map