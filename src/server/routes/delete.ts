/**
 * DELETE /api/corpus/documents/{id}: a stored document taken out of the store, every row of it in
 * one transaction, with the originals kept for it (a write: the token on a shared deployment).
 */
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { requireToken } from '../guard.js';
import type { ServerOptions } from '../options.js';
import { errorResponses } from '../schemas.js';
import { deleteStored } from '../store-upload.js';
import { noStoredDocument } from '../stored-report.js';
import { requireStore, StoredId } from './corpus.js';

const Deleted = z
  .object({
    id: z.number().int(),
    version: z.number().int(),
    files: z.array(z.string()).openapi({ description: '文件的 sha256 / the sha256 of each file it was read from' }),
  })
  .openapi('DeletedDocument');

function route(options: ServerOptions) {
  return createRoute({
    method: 'delete',
    path: '/api/corpus/documents/{id}',
    summary: '删除库中文件及其保存的原件 / delete a stored document and the originals kept for it',
    description:
      'Deletes the document and every row of it in one transaction, and the uploaded originals kept for it (files ingested from elsewhere are never removed). ' +
      'The version before it, if any, becomes the newest of its department-year again.',
    security: [{ token: [] }],
    middleware: [requireToken(options.token)] as const,
    request: { params: StoredId },
    responses: {
      200: { description: '已删除 / deleted', content: { 'application/json': { schema: Deleted } } },
      ...errorResponses(400, 401, 404, 503),
    },
  });
}

export function registerDelete(app: OpenAPIHono, options: ServerOptions): void {
  app.openapi(route(options), async (c) => {
    const { id } = c.req.valid('param');
    const deleted = await deleteStored(requireStore(options.store), options.uploadsDir, id);
    if (!deleted) throw noStoredDocument(id);
    return c.json({ id: deleted.id, version: deleted.version, files: deleted.files.map((f) => f.sha256) }, 200);
  });
}
