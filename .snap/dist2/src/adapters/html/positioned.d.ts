/**
 * Web pages converted from a PDF keep its layout as absolutely positioned boxes: one box per page
 * (its width and height in pt), each text run placed by top, left and font size, each ruling line a
 * thin box with one border (烟台市退役军人事务局's 2026 budget on the city's portal: no <table>,
 * 12 公开表 drawn this way). Such a page is read as a PDF page is: the same layout stages find its
 * lines and tables.
 */
import { type ChildNode } from 'domhandler';
import type { PageContent } from '../pdf/geometry.js';
/** The pages of a PDF rendered as positioned boxes, or null when the web page is not one. */
export declare function positionedPages(nodes: ChildNode[]): PageContent[] | null;
