/**
 * Scanned pages (no text layer): rendered with poppler's pdftoppm and read by Debian's tesseract
 * (chi_sim), word boxes becoming text pieces for the same layout stages. Both are optional tools;
 * without them the adapter says so in a finding. OCR digits can be wrong silently, so every OCR
 * cell is marked (`ocr: true`) and must be confirmed by the totals.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { normalizeText } from './text.js';
const DPI = 200;
let available = null;
/** tesseract with the simplified-Chinese model, and pdftoppm, are on this machine. */
export function ocrAvailable() {
    if (available !== null)
        return available;
    // BUDGETLENS_NO_OCR=1 reads as if the tools were missing (tests, and users who want no OCR).
    if (process.env.BUDGETLENS_NO_OCR === '1')
        return false;
    try {
        execFileSync('pdftoppm', ['-v'], { stdio: 'ignore', timeout: 10_000 });
        const langs = execFileSync('tesseract', ['--list-langs'], {
            encoding: 'utf8',
            timeout: 10_000,
            stdio: ['ignore', 'pipe', 'pipe'],
        });
        available = /^chi_sim$/m.test(langs);
    }
    catch {
        available = false;
    }
    return available;
}
/** tesseract's TSV: one row per page, block, paragraph, line and word. */
export function piecesFromTsv(tsv, dpi) {
    const scale = 72 / dpi;
    const rows = tsv
        .split('\n')
        .slice(1)
        .map((line) => line.split('\t'));
    const lineHeights = new Map();
    for (const r of rows)
        if (r[0] === '4')
            lineHeights.set(r.slice(2, 5).join('.'), Number(r[9]));
    const pieces = [];
    for (const r of rows) {
        if (r[0] !== '5' || Number(r[10]) < 0)
            continue;
        // Table rules next to a number come out as quote marks or bars: they are not part of it.
        const text = normalizeText(r[11] ?? '')
            .trim()
            .replace(/^[“”"'‘’`|]+(?=[-\d])/, '')
            .replace(/(?<=\d)[“”"'‘’`|]+$/, '');
        if (text === '')
            continue;
        const [left, top, width, height] = [Number(r[6]), Number(r[7]), Number(r[8]), Number(r[9])];
        // A glyph's middle is steadier than its box (一 is flat, 支 tall); the font size is the line's
        // height, unless tesseract's line spans several rows of a table.
        const lineHeight = lineHeights.get(r.slice(2, 5).join('.')) ?? height;
        const size = (lineHeight < height * 2.5 ? Math.max(lineHeight, height) : height) * scale;
        const middle = (top + height / 2) * scale;
        pieces.push({
            text,
            x0: left * scale,
            x1: (left + width) * scale,
            y0: middle - size / 2,
            y1: middle + size / 2,
            baseline: middle + size * 0.35,
            size,
        });
    }
    return pieces;
}
export function openOcr(bytes) {
    const dir = mkdtempSync(join(tmpdir(), 'budgetlens-ocr-'));
    const pdf = join(dir, 'in.pdf');
    writeFileSync(pdf, bytes);
    return {
        page(number) {
            const base = join(dir, `p${number}`);
            execFileSync('pdftoppm', ['-f', String(number), '-l', String(number), '-r', String(DPI), '-gray', '-singlefile', '-png', pdf, base], {
                timeout: 60_000,
                stdio: 'ignore',
            });
            // One thread: tesseract's OpenMP threads make it five times slower on two cores.
            const tsv = execFileSync('tesseract', [`${base}.png`, 'stdout', '-l', 'chi_sim', '--psm', '3', 'tsv'], {
                encoding: 'utf8',
                timeout: 120_000,
                env: { ...process.env, OMP_THREAD_LIMIT: '1' },
                stdio: ['ignore', 'pipe', 'ignore'],
                maxBuffer: 64 * 1024 * 1024,
            });
            return piecesFromTsv(tsv, DPI);
        },
        close() {
            rmSync(dir, { recursive: true, force: true });
        },
    };
}
//# sourceMappingURL=ocr.js.map