/** A minimal zip writer for tests: stored or deflated entries, sizes as given or as claimed, ZIP64 on request. */
import { deflateRawSync } from 'node:zlib';
const FULL32 = 0xffffffff;
export function makeZip(entries, options = {}) {
    const locals = [];
    const central = [];
    let offset = 0;
    for (const e of entries) {
        const raw = Buffer.isBuffer(e.data) ? e.data : Buffer.from(e.data, 'utf8');
        const packed = deflateRawSync(raw);
        const name = Buffer.from(e.name, 'utf8');
        const size = e.claimedSize ?? raw.length;
        const local = Buffer.alloc(30);
        local.writeUInt32LE(0x04034b50, 0);
        local.writeUInt16LE(20, 4);
        local.writeUInt16LE(8, 8);
        local.writeUInt32LE(options.zip64 ? FULL32 : packed.length, 18);
        local.writeUInt32LE(options.zip64 ? FULL32 : size, 22);
        local.writeUInt16LE(name.length, 26);
        let extra = Buffer.alloc(0);
        if (options.zip64) {
            extra = Buffer.alloc(28);
            extra.writeUInt16LE(0x0001, 0);
            extra.writeUInt16LE(24, 2);
            extra.writeBigUInt64LE(BigInt(size), 4);
            extra.writeBigUInt64LE(BigInt(packed.length), 12);
            extra.writeBigUInt64LE(BigInt(offset), 20);
        }
        const dir = Buffer.alloc(46);
        dir.writeUInt32LE(0x02014b50, 0);
        dir.writeUInt16LE(45, 4);
        dir.writeUInt16LE(45, 6);
        dir.writeUInt16LE(8, 10);
        dir.writeUInt32LE(options.zip64 ? FULL32 : packed.length, 20);
        dir.writeUInt32LE(options.zip64 ? FULL32 : size, 24);
        dir.writeUInt16LE(name.length, 28);
        dir.writeUInt16LE(extra.length, 30);
        dir.writeUInt32LE(options.zip64 ? FULL32 : offset, 42);
        locals.push(local, name, packed);
        central.push(dir, name, extra);
        offset += 30 + name.length + packed.length;
    }
    const dirBytes = Buffer.concat(central);
    const count = options.claimedCount ?? entries.length;
    const tail = [];
    if (options.zip64) {
        const record = Buffer.alloc(56);
        record.writeUInt32LE(0x06064b50, 0);
        record.writeBigUInt64LE(44n, 4);
        record.writeUInt16LE(45, 12);
        record.writeUInt16LE(45, 14);
        record.writeBigUInt64LE(BigInt(count), 24);
        record.writeBigUInt64LE(BigInt(count), 32);
        record.writeBigUInt64LE(BigInt(dirBytes.length), 40);
        record.writeBigUInt64LE(BigInt(offset), 48);
        const locator = Buffer.alloc(20);
        locator.writeUInt32LE(0x07064b50, 0);
        locator.writeBigUInt64LE(BigInt(offset + dirBytes.length), 8);
        locator.writeUInt32LE(1, 16);
        tail.push(record, locator);
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(Math.min(count, 0xffff), 8);
    end.writeUInt16LE(Math.min(count, 0xffff), 10);
    end.writeUInt32LE(options.zip64 ? FULL32 : dirBytes.length, 12);
    end.writeUInt32LE(options.zip64 ? FULL32 : offset, 16);
    return Buffer.concat([...locals, dirBytes, ...tail, end]);
}
//# sourceMappingURL=zip-writer.test-helper.js.map