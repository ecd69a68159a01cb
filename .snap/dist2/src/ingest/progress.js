export function emptyTally() {
    return { files: 0, stored: 0, skipped: 0, failed: 0, pages: 0, withErrors: 0, errors: 0, failures: [] };
}
export function count(tally, event) {
    tally.files += event.files.length;
    tally[event.status]++;
    tally.pages += event.pages;
    if (event.errors > 0)
        tally.withErrors++;
    tally.errors += event.errors;
    if (event.status === 'failed')
        tally.failures.push(event);
}
const STATUS = { stored: '已存 stored', skipped: '已有 skipped', failed: '失败 failed' };
function rate(pages, seconds) {
    return seconds > 0 ? (pages / seconds).toFixed(1) : '0.0';
}
/** The line of one file, as a log line. */
export function fileLine(event, done, total) {
    const version = event.version && event.version > 1 ? ` v${event.version}` : '';
    const errors = event.errors > 0 ? ` (${event.errors} 个错误 errors)` : '';
    const reason = event.reason ? `: ${event.reason}` : '';
    return `[${done}/${total}] ${STATUS[event.status]}${version} ${event.files.join(' + ')}${errors}${reason}`;
}
export function progressPrinter(write, total, tty, now = () => performance.now()) {
    const tally = emptyTally();
    const started = now();
    let shown = false;
    const bar = () => {
        const seconds = (now() - started) / 1000;
        const width = 20;
        const filled = total > 0 ? Math.round((tally.files / total) * width) : width;
        return `\r\x1b[K[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${tally.files}/${total} 文件 files · ${rate(tally.pages, seconds)} 页/秒 pages/s · ${tally.failed} 失败 failed · ${tally.errors} 个错误 errors`;
    };
    return {
        tally,
        onFile(event) {
            count(tally, event);
            if (!tty) {
                write(`${fileLine(event, tally.files, total)}\n`);
                return;
            }
            if (event.status === 'failed')
                write(`\r\x1b[K${fileLine(event, tally.files, total)}\n`);
            write(bar());
            shown = true;
        },
        clear() {
            if (shown)
                write('\r\x1b[K');
        },
        seconds: () => (now() - started) / 1000,
    };
}
export function summaryText(tally, seconds, location) {
    const lines = [
        `入库 ${tally.files} 个文件：新存 ${tally.stored}，已有 ${tally.skipped}，失败 ${tally.failed}；${tally.pages} 页，用时 ${seconds.toFixed(1)} 秒（${rate(tally.pages, seconds)} 页/秒）`,
        `ingested ${tally.files} files: ${tally.stored} stored, ${tally.skipped} already stored, ${tally.failed} failed; ${tally.pages} pages in ${seconds.toFixed(1)} s (${rate(tally.pages, seconds)} pages/s)`,
        `数据库 / database: ${location}`,
    ];
    for (const f of tally.failures)
        lines.push(`✖ ${f.files.join(' + ')}: ${f.reason ?? ''}`);
    return `${lines.join('\n')}\n`;
}
//# sourceMappingURL=progress.js.map