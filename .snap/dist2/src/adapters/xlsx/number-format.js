/**
 * Numbers stored in a sheet → the text the sheet shows, exactly: the stored value is taken to 15
 * significant digits (as Excel displays it) and rounded half-up in decimal, never through a float
 * format, with the format's decimals, thousands separators and percent sign.
 */
const BUILT_IN = {
    0: 'General',
    1: '0',
    2: '0.00',
    3: '#,##0',
    4: '#,##0.00',
    9: '0%',
    10: '0.00%',
    11: '0.00E+00',
    37: '#,##0 ;(#,##0)',
    38: '#,##0 ;[Red](#,##0)',
    39: '#,##0.00;(#,##0.00)',
    40: '#,##0.00;[Red](#,##0.00)',
    49: '@',
};
export function builtInFormat(id) {
    return BUILT_IN[id] ?? (id >= 14 && id <= 22 ? 'date' : 'General');
}
/** A decimal string rounded half-up to `decimals` places. */
export function roundDecimal(value, decimals) {
    const m = /^(-?)(\d*)(?:\.(\d*))?$/.exec(value);
    if (!m)
        return value;
    const [, sign, whole = '', fraction = ''] = m;
    const digits = BigInt((whole || '0') + fraction.padEnd(decimals + 1, '0').slice(0, decimals + 1));
    const rounded = (digits + 5n) / 10n;
    let text = rounded.toString().padStart(decimals + 1, '0');
    if (decimals > 0)
        text = `${text.slice(0, -decimals)}.${text.slice(-decimals)}`;
    return rounded === 0n ? text : `${sign}${text}`;
}
/** The stored value as Excel shows it: 15 significant digits, in plain decimal notation. */
export function displayedDecimal(stored) {
    const n = Number(stored);
    if (!Number.isFinite(n) || stored.trim() === '')
        return null;
    if (n === 0)
        return '0';
    const [mantissa = '0', exp = '0'] = n.toPrecision(15).split('e');
    let [intPart = '0', frac = ''] = mantissa.replace('-', '').split('.');
    let e = Number(exp);
    // Shift the decimal point by the exponent.
    while (e > 0) {
        intPart += frac[0] ?? '0';
        frac = frac.slice(1);
        e--;
    }
    while (e < 0) {
        frac = (intPart.slice(-1) || '0') + frac;
        intPart = intPart.slice(0, -1) || '0';
        e++;
    }
    intPart = intPart.replace(/^0+(?=\d)/, '');
    frac = frac.replace(/0+$/, '');
    return `${n < 0 ? '-' : ''}${intPart}${frac ? `.${frac}` : ''}`;
}
function groupThousands(text) {
    const [whole = '', fraction] = text.split('.');
    const sign = whole.startsWith('-') ? '-' : '';
    const digits = whole.replace('-', '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    return `${sign}${digits}${fraction !== undefined ? `.${fraction}` : ''}`;
}
export function formatNumber(stored, format) {
    const shown = displayedDecimal(stored);
    if (shown === null)
        return stored;
    if (format === 'General' || format === '@' || format === 'date' || format === '')
        return shown;
    const section = (format.split(';')[0] ?? '').replace(/"[^"]*"|\[[^\]]*\]|\\.|_.|\*./g, '');
    if (!/[0#?]/.test(section) || /[eE][+-]/.test(section))
        return shown;
    const percent = section.includes('%');
    const decimals = (/\.([0#?]+)/.exec(section)?.[1] ?? '').length;
    let value = shown;
    if (percent)
        value = shiftTwo(value);
    let text = roundDecimal(value, decimals);
    if (/[0#?],[0#?]/.test(section))
        text = groupThousands(text);
    return percent ? `${text}%` : text;
}
/** × 100 in decimal. */
function shiftTwo(value) {
    const sign = value.startsWith('-') ? '-' : '';
    const [whole = '0', fraction = ''] = value.replace('-', '').split('.');
    const f = fraction.padEnd(2, '0');
    const joined = `${whole}${f.slice(0, 2)}`.replace(/^0+(?=\d)/, '');
    const rest = f.slice(2);
    return `${sign}${joined}${rest ? `.${rest}` : ''}`;
}
//# sourceMappingURL=number-format.js.map