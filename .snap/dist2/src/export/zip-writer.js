/**
 * A small zip writer (deflate through node:zlib) for the Office files we write: XLSX exports now,
 * DOCX disclosures later. Entries are written in the order given (OOXML wants [Content_Types].xml
 * first), names as UTF-8, with a fixed timestamp so the same content gives the same bytes.
 * No ZIP64: an archive over 4 GiB or 65,535 entries is refused, which no export comes near.
 */
import { crc32, deflateRawSync } from 'node:zlib';
const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL = 0x06054b50;
/** Bit 11: the name is UTF-8. */
const UTF8_NAMES = 0x0800;
const DEFLATE = 8;
/** 1980-01-01 00:00, the earliest DOS date: a fixed time keeps the archive reproducible. */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const LIMIT_32 = 0xffffffff;
export function zipBytes(entries) {
    if (entries.length > 0xffff)
        throw new RangeError(`too many zip entries (${entries.length})`);
    const parts = [];
    const central = [];
    let offset = 0;
    for (const entry of entries) {
        const data = typeof entry.data === 'string' ? Buffer.from(entry.data, 'utf8') : entry.data;
        const packed = deflateRawSync(data);
        const name = Buffer.from(entry.name, 'utf8');
        const crc = crc32(data);
        if (data.length > LIMIT_32 || offset + packed.length > LIMIT_32)
            throw new RangeError('zip archive over 4 GiB');
        // The local header and the directory entry repeat the same fields, from `version needed` on.
        const fields = (header, at) => {
            header.writeUInt16LE(20, at);
            header.writeUInt16LE(UTF8_NAMES, at + 2);
            header.writeUInt16LE(DEFLATE, at + 4);
            header.writeUInt16LE(0, at + 6);
            header.writeUInt16LE(DOS_DATE, at + 8);
            header.writeUInt32LE(crc, at + 10);
            header.writeUInt32LE(packed.length, at + 14);
            header.writeUInt32LE(data.length, at + 18);
            header.writeUInt16LE(name.length, at + 22);
        };
        const local = Buffer.alloc(30);
        local.writeUInt32LE(LOCAL_HEADER, 0);
        fields(local, 4);
        const header = Buffer.alloc(46);
        header.writeUInt32LE(CENTRAL_HEADER, 0);
        header.writeUInt16LE(20, 4);
        fields(header, 6);
        header.writeUInt32LE(offset, 42);
        parts.push(local, name, packed);
        central.push(header, name);
        offset += local.length + name.length + packed.length;
    }
    const directory = Buffer.concat(central);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(END_OF_CENTRAL, 0);
    end.writeUInt16LE(entries.length, 8);
    end.writeUInt16LE(entries.length, 10);
    end.writeUInt32LE(directory.length, 12);
    end.writeUInt32LE(offset, 16);
    return Buffer.concat([...parts, directory, end]);
}
//# sourceMappingURL=zip-writer.js.map