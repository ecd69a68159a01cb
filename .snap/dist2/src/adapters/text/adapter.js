import { readBlocks } from './read-text.js';
/** Text extracted from a disclosure: tab-separated PDF text, Word cell dumps, markdown exports. */
export const textAdapter = {
    format: 'text',
    async read({ bytes }) {
        const { style, blocks } = readBlocks(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'));
        return { style, blocks, findings: [] };
    },
};
//# sourceMappingURL=adapter.js.map