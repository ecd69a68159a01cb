export function totalOf(entries) {
    const total = { files: entries.length, read: 0, unreadable: 0, errors: 0, warnings: 0, infos: 0 };
    for (const entry of entries) {
        if (!('doc' in entry)) {
            total.unreadable++;
            continue;
        }
        total.read++;
        total.errors += entry.summary.errors;
        total.warnings += entry.summary.warnings;
        total.infos += entry.summary.infos;
    }
    return total;
}
/** One line, Chinese then English. */
export function totalLine(total) {
    return `合计 ${total.files} 个文件（${total.read} 个已检查，${total.unreadable} 个无法读取）：${total.errors} 个错误，${total.warnings} 个警告，${total.infos} 条提示 / total ${total.files} files (${total.read} checked, ${total.unreadable} unreadable): ${total.errors} errors, ${total.warnings} warnings, ${total.infos} infos`;
}
//# sourceMappingURL=entries.js.map