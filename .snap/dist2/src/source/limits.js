export const DEFAULT_LIMITS = {
    maxBytes: 50 * 1024 * 1024,
    maxPages: 2000,
    maxZipEntries: 5000,
    maxUncompressedBytes: 512 * 1024 * 1024,
    maxCompressionRatio: 200,
    maxXmlBytes: 16 * 1024 * 1024,
    maxNesting: 1000,
    timeMs: 120_000,
    memoryMb: 1024,
};
//# sourceMappingURL=limits.js.map