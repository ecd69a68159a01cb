/**
 * XML for DOCX/XLSX through htmlparser2 in XML mode: a DOCTYPE is kept as an inert node, so no
 * entity is ever defined or expanded (no billion laughs, no external entities); only the five
 * predefined entities and character references are decoded.
 */
import { isTag, isText } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { assertNesting } from '../nesting.js';
export function parseXml(text) {
    const doc = parseDocument(text, { xmlMode: true, decodeEntities: true });
    assertNesting(doc);
    const root = doc.children.find(isTag);
    if (!root)
        return { name: '', attribs: {}, children: [] };
    return root;
}
/** The local name (w:tbl → tbl). */
export function localName(el) {
    const i = el.name.indexOf(':');
    return i < 0 ? el.name : el.name.slice(i + 1);
}
export function elements(el) {
    return el.children.filter(isTag);
}
export function child(el, name) {
    return elements(el).find((c) => localName(c) === name);
}
export function childrenNamed(el, name) {
    return elements(el).filter((c) => localName(c) === name);
}
/** Every descendant with this local name, in document order (not inside a match). */
export function descendants(el, name) {
    const out = [];
    const walk = (node) => {
        for (const c of elements(node)) {
            if (localName(c) === name)
                out.push(c);
            else
                walk(c);
        }
    };
    walk(el);
    return out;
}
/** An attribute by local name (w:val → val). */
export function attr(el, name) {
    for (const [key, value] of Object.entries(el.attribs)) {
        const i = key.indexOf(':');
        if ((i < 0 ? key : key.slice(i + 1)) === name)
            return value;
    }
    return undefined;
}
export function textOf(node) {
    if (isText(node))
        return node.data;
    if (!isTag(node))
        return '';
    return node.children.map(textOf).join('');
}
//# sourceMappingURL=xml.js.map