/**
 * A zip reader for DOCX/XLSX that checks the central directory before inflating anything: entry
 * count, declared sizes, compression ratio and the total are limited, and inflation itself is
 * capped at the declared size, so a zip bomb is refused instead of filling memory.
 */
import { inflateRawSync } from 'node:zlib';
import { InputError } from '../../source/errors.js';
export class ZipArchive {
    bytes;
    file;
    limits;
    entries = new Map();
    inflated = 0;
    constructor(bytes, file, limits) {
        this.bytes = bytes;
        this.file = file;
        this.limits = limits;
        const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
        const end = findEndRecord(view);
        if (end < 0)
            throw this.damaged('找不到 zip 目录', 'no zip central directory');
        const directory = readDirectoryEnd(view, end);
        if (!directory)
            throw this.damaged('zip64 目录损坏', 'damaged zip64 directory');
        const { count } = directory;
        let at = directory.offset;
        if (count > limits.maxZipEntries)
            throw new InputError(`压缩包条目过多（${count}，上限 ${limits.maxZipEntries}）`, `too many zip entries (${count}, limit ${limits.maxZipEntries})`, file);
        let declared = 0;
        for (let i = 0; i < count; i++) {
            if (at + 46 > view.byteLength || view.getUint32(at, true) !== 0x02014b50)
                throw this.damaged('zip 目录损坏', 'damaged zip directory');
            const nameLength = view.getUint16(at + 28, true);
            const extraLength = view.getUint16(at + 30, true);
            const entry = {
                method: view.getUint16(at + 10, true),
                compressed: view.getUint32(at + 20, true),
                size: view.getUint32(at + 24, true),
                offset: view.getUint32(at + 42, true),
                name: Buffer.from(bytes.subarray(at + 46, at + 46 + nameLength)).toString('utf8'),
            };
            applyZip64Extra(entry, view, at + 46 + nameLength, Math.min(extraLength, view.byteLength - (at + 46 + nameLength)));
            at += 46 + nameLength + extraLength + view.getUint16(at + 32, true);
            declared += entry.size;
            const ratio = entry.size / Math.max(entry.compressed, 1);
            if (entry.size > 1024 * 1024 && ratio > limits.maxCompressionRatio)
                throw this.bomb(`条目 ${entry.name} 压缩比 ${ratio.toFixed(0)}:1，上限 ${limits.maxCompressionRatio}:1`, `entry ${entry.name} has ratio ${ratio.toFixed(0)}:1, limit ${limits.maxCompressionRatio}:1`);
            this.entries.set(entry.name, entry);
        }
        if (declared > limits.maxUncompressedBytes)
            throw this.bomb(`解压后 ${declared} 字节，上限 ${limits.maxUncompressedBytes}`, `${declared} bytes uncompressed, limit ${limits.maxUncompressedBytes}`);
    }
    has(name) {
        return this.entries.has(name);
    }
    names() {
        return [...this.entries.keys()];
    }
    /** An entry's text (UTF-8), or null when the archive has no such entry. */
    text(name) {
        const entry = this.entries.get(name);
        if (!entry)
            return null;
        // Every entry read is XML, and a parsed XML tree takes tens of times its size: bound it first.
        if (entry.size > this.limits.maxXmlBytes)
            throw new InputError(`XML 条目 ${entry.name} 过大（${entry.size} 字节，上限 ${this.limits.maxXmlBytes}）`, `XML entry ${entry.name} too large (${entry.size} bytes, limit ${this.limits.maxXmlBytes})`, this.file);
        const view = new DataView(this.bytes.buffer, this.bytes.byteOffset, this.bytes.byteLength);
        const local = entry.offset;
        if (local + 30 > view.byteLength || view.getUint32(local, true) !== 0x04034b50)
            throw this.damaged('zip 条目损坏', 'damaged zip entry');
        const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
        const data = this.bytes.subarray(start, start + entry.compressed);
        if (data.length < entry.compressed)
            throw this.damaged('zip 条目被截断', 'truncated zip entry');
        let out;
        if (entry.method === 0)
            out = Buffer.from(data);
        else if (entry.method === 8) {
            try {
                // The declared size caps inflation: an entry lying about its size cannot grow past it.
                out = inflateRawSync(data, { maxOutputLength: Math.max(entry.size, 1) });
            }
            catch {
                throw this.damaged(`无法解压 ${entry.name}`, `cannot inflate ${entry.name}`);
            }
        }
        else
            throw this.damaged(`不支持的压缩方式 ${entry.method}`, `unsupported zip method ${entry.method}`);
        this.inflated += out.length;
        if (this.inflated > this.limits.maxUncompressedBytes)
            throw this.bomb(`解压超过上限 ${this.limits.maxUncompressedBytes} 字节`, `uncompressed size over the limit ${this.limits.maxUncompressedBytes}`);
        return out.toString('utf8');
    }
    damaged(zh, en) {
        return new InputError(`文件已损坏或格式不正确（${zh}）`, `the file is damaged or malformed (${en})`, this.file);
    }
    bomb(zh, en) {
        return new InputError(`疑似压缩炸弹，拒绝读取（${zh}）`, `refused as a likely zip bomb (${en})`, this.file);
    }
}
const MAX32 = 0xffffffff;
/** Entry count and directory offset: the classic end record, or its ZIP64 record when the classic fields are full. */
function readDirectoryEnd(view, end) {
    const count = view.getUint16(end + 10, true);
    const offset = view.getUint32(end + 16, true);
    const locator = end - 20;
    if (locator < 0 || view.getUint32(locator, true) !== 0x07064b50)
        return { count, offset };
    const record = Number(view.getBigUint64(locator + 8, true));
    if (!Number.isSafeInteger(record) || record + 56 > view.byteLength || view.getUint32(record, true) !== 0x06064b50)
        return count === 0xffff || offset === MAX32 ? null : { count, offset };
    return {
        count: safeNumber(view.getBigUint64(record + 32, true)),
        offset: safeNumber(view.getBigUint64(record + 48, true)),
    };
}
/** ZIP64 extra field (0x0001): the 64-bit sizes and offset, present for each 32-bit field that is full. */
function applyZip64Extra(entry, view, start, length) {
    for (let at = start; at + 4 <= start + length;) {
        const id = view.getUint16(at, true);
        const size = view.getUint16(at + 2, true);
        if (id === 0x0001) {
            let field = at + 4;
            const next = () => {
                if (field + 8 > at + 4 + size || field + 8 > view.byteLength)
                    return null;
                const value = safeNumber(view.getBigUint64(field, true));
                field += 8;
                return value;
            };
            if (entry.size === MAX32)
                entry.size = next() ?? entry.size;
            if (entry.compressed === MAX32)
                entry.compressed = next() ?? entry.compressed;
            if (entry.offset === MAX32)
                entry.offset = next() ?? entry.offset;
            return;
        }
        at += 4 + size;
    }
}
/** A 64-bit field as a number; past 2^53 it is beyond every limit anyway. */
function safeNumber(value) {
    return value > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(value);
}
function findEndRecord(view) {
    const last = view.byteLength - 22;
    for (let at = last; at >= Math.max(0, last - 65535); at--)
        if (view.getUint32(at, true) === 0x06054b50)
            return at;
    return -1;
}
//# sourceMappingURL=zip.js.map