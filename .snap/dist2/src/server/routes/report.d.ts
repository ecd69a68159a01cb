/** GET /api/documents/{id}: a kept report — the check result and the document as read. */
import { type OpenAPIHono, z } from '@hono/zod-openapi';
import type { KeptResult, ResultCache } from '../results.js';
export declare const DocumentId: z.ZodObject<{
    id: z.ZodUUID;
}, z.core.$strip>;
/** The kept result, or 404 (never uploaded, or dropped for newer ones). */
export declare function keptOr404(results: ResultCache, id: string): KeptResult;
export declare function registerReport(app: OpenAPIHono, results: ResultCache): void;
