/**
 * POST /api/documents: upload one or several files; each is read, the parts of one disclosure
 * joined, each document checked, stored (with a store) and kept for its report.
 */
import { type OpenAPIHono } from '@hono/zod-openapi';
import { type UploadContext } from '../check-upload.js';
export declare function registerUpload(app: OpenAPIHono, context: UploadContext): void;
