/** Stage 1: raw ruling lines → snapped, joined edges (double rules and split segments become one). */
import type { Edge } from '../geometry.js';
import type { LayoutSettings } from '../settings.js';
export declare function mergeEdges(edges: Edge[], settings: LayoutSettings): Edge[];
