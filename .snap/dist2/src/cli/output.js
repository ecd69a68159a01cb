/** What the command line says about a run besides the report: progress on a terminal, where --out went. */
import { basename } from 'node:path';
import { totalLine, totalOf } from '../report/entries.js';
import { summaryLine } from '../report/stylish.js';
/** One line on a terminal's stderr, rewritten as each file is done, erased at the end. */
export function progressReporter(io) {
    let shown = false;
    return {
        update(done, total, outcome) {
            shown = true;
            io.stderr(`\r\x1b[K读取 ${done}/${total} / read ${done}/${total}  ${basename(outcome.file)}`);
        },
        clear() {
            if (shown)
                io.stderr('\r\x1b[K');
        },
    };
}
/** With --out: where the report went, and its summary (the total across files when several). */
export function outputSummary(out, entries) {
    const only = entries[0];
    const summary = entries.length === 1 && only && 'doc' in only ? summaryLine(only.summary) : totalLine(totalOf(entries));
    return `报告已写入 ${out} / report written to ${out}\n${summary}\n`;
}
//# sourceMappingURL=output.js.map