/** GET /api/documents/{id}/pdf: the uploaded PDF, for the report page to render. */
import { type OpenAPIHono } from '@hono/zod-openapi';
import type { ResultCache } from '../results.js';
export declare function registerPdf(app: OpenAPIHono, results: ResultCache): void;
