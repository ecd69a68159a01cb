/**
 * XML for DOCX/XLSX through htmlparser2 in XML mode: a DOCTYPE is kept as an inert node, so no
 * entity is ever defined or expanded (no billion laughs, no external entities); only the five
 * predefined entities and character references are decoded.
 */
import { type ChildNode, type Element } from 'domhandler';
export type { Element };
export declare function parseXml(text: string): Element;
/** The local name (w:tbl → tbl). */
export declare function localName(el: Element): string;
export declare function elements(el: Element): Element[];
export declare function child(el: Element, name: string): Element | undefined;
export declare function childrenNamed(el: Element, name: string): Element[];
/** Every descendant with this local name, in document order (not inside a match). */
export declare function descendants(el: Element, name: string): Element[];
/** An attribute by local name (w:val → val). */
export declare function attr(el: Element, name: string): string | undefined;
export declare function textOf(node: ChildNode): string;
