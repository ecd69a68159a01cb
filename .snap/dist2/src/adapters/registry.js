/** Adapters load lazily, so reading an .xlsx never loads pdf.js. */
const LOADERS = {
    text: async () => (await import('./text/adapter.js')).textAdapter,
    pdf: async () => (await import('./pdf/adapter.js')).pdfAdapter,
    docx: async () => (await import('./docx/adapter.js')).docxAdapter,
    xlsx: async () => (await import('./xlsx/adapter.js')).xlsxAdapter,
    html: async () => (await import('./html/adapter.js')).htmlAdapter,
};
export function hasAdapter(format) {
    return LOADERS[format] !== undefined;
}
export async function adapterFor(format) {
    const load = LOADERS[format];
    if (!load)
        throw new Error(`no adapter for ${format}`);
    return load();
}
//# sourceMappingURL=registry.js.map