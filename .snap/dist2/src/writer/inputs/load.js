/**
 * The writer's input from whatever the department has: a filled workbook (.xlsx: our template or
 * Shanghai's), the canonical model (.json), or a department-year in the store (--db, --department,
 * --year); the texts from a Markdown file or the workbook's 说明 sheet; last year's document from a
 * file (JSON or any disclosure the reader reads) or, with a store, the newest version of the same
 * department for the year before. Every form is validated alike; a problem refuses the whole input.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { readDocument } from '../../reader.js';
import { InputError } from '../../source/errors.js';
import { templateProfile } from '../workbook/layouts.js';
import { CellLocator } from '../workbook/locate.js';
import { checkProfileOf, readWorkbook } from '../workbook/read.js';
import { InputRefused } from '../workbook/refusal.js';
import { textKey } from '../workbook/texts.js';
import { validateDocument } from '../workbook/validate.js';
import { parseCanonicalJson } from './canonical.js';
import { textsFromMarkdown } from './markdown.js';
import { storedDocument, withStore } from './store.js';
/** A text file the department gives (JSON, Markdown): one that cannot be read is an input error. */
async function readText(file) {
    try {
        return await readFile(file, 'utf8');
    }
    catch (error) {
        const code = error.code ?? String(error);
        throw new InputError(`无法读取文件（${code}）`, `cannot read the file (${code})`, file);
    }
}
/** Texts a document already holds in its 概况 (主要职能, 机构设置), by heading. */
function overviewTexts(doc) {
    const texts = {};
    const origins = {};
    for (const section of doc.overview) {
        const key = textKey(section.heading);
        if (key === '' || section.text.trim() === '')
            continue;
        texts[key] = section.text.trim();
        origins[key] = { file: section.source.file, ...(section.source.line !== undefined ? { line: section.source.line } : {}) };
    }
    return { texts, origins };
}
/** A document that is not a workbook is held to the same checks; its refusals point at its lines. */
function validated(doc, file, profileId) {
    const template = profileId ? templateProfile(profileId) : undefined;
    const refusals = validateDocument(doc, checkProfileOf(doc, template), new CellLocator([]));
    if (refusals.length > 0)
        throw new InputRefused(refusals, file);
    return doc;
}
async function previousFrom(file) {
    if (extname(file).toLowerCase() === '.json')
        return parseCanonicalJson(await readText(file), file);
    return readDocument(file);
}
async function fromStore(args, db) {
    const { department, year } = args;
    if (!department || !year)
        throw new InputError('从数据库读取须给出 --department 和 --year', '--db needs --department and --year', db);
    const phase = args.phase ?? 'budget';
    return withStore(db, async (store) => {
        const doc = await storedDocument(store, { department, year, phase });
        if (!doc)
            throw new InputError(`数据库中没有 ${department} ${year} 年的文件`, `the store has no document of ${department} for ${year}`, db);
        const previous = args.previous ? undefined : await storedDocument(store, { department, year: year - 1, phase });
        return { doc, ...(previous ? { previous } : {}) };
    });
}
/** The year before's document of the same department from the store, when there is one. */
async function previousInStore(db, doc) {
    if (!doc.department || doc.year === null)
        return undefined;
    const { department, year, phase } = doc;
    return (await withStore(db, (store) => storedDocument(store, { department, year: year - 1, phase }))) ?? undefined;
}
export async function loadWriterInput(args) {
    let document;
    let texts = {};
    let origins = {};
    let previous;
    const input = args.input ?? null;
    if (input && extname(input).toLowerCase() === '.xlsx') {
        const read = await readWorkbook(input, args.profile ? { profile: args.profile } : {});
        ({ document, texts, origins } = read);
    }
    else if (input && extname(input).toLowerCase() === '.json') {
        document = validated(parseCanonicalJson(await readText(input), input), input, args.profile);
        ({ texts, origins } = overviewTexts(document));
    }
    else if (!input && args.db) {
        const stored = await fromStore(args, args.db);
        document = validated(stored.doc, args.db, args.profile);
        previous = stored.previous;
        ({ texts, origins } = overviewTexts(document));
    }
    else if (input) {
        throw new InputError('输入须为填好的工作簿（.xlsx）或文档 JSON（.json），或用 --db、--department、--year 指定数据库中的文件', 'the input must be a filled workbook (.xlsx) or a document JSON (.json), or --db with --department and --year', input);
    }
    else
        throw new InputError('缺少输入', 'no input given');
    if (args.texts) {
        const written = textsFromMarkdown(await readText(args.texts), args.texts);
        texts = { ...texts, ...written.texts };
        origins = { ...origins, ...written.origins };
    }
    if (args.previous)
        previous = await previousFrom(args.previous);
    else if (!previous && args.db)
        previous = await previousInStore(args.db, document);
    return { document, texts, ...(previous ? { previous } : {}), origins };
}
//# sourceMappingURL=load.js.map