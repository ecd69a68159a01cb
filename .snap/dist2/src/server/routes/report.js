/** GET /api/documents/{id}: a kept report — the check result and the document as read. */
import { createRoute, z } from '@hono/zod-openapi';
import { reportAnswer } from '../check-upload.js';
import { ApiError } from '../errors.js';
import { errorResponses, Lang, Report } from '../schemas.js';
export const DocumentId = z.object({
    id: z.uuid().openapi({ param: { name: 'id', in: 'path' }, description: '上传时返回的编号 / the id the upload answered' }),
});
const route = createRoute({
    method: 'get',
    path: '/api/documents/{id}',
    summary: '检查报告 / a kept report',
    request: { params: DocumentId, query: z.object({ lang: Lang }) },
    responses: {
        200: { description: '报告 / the report', content: { 'application/json': { schema: Report } } },
        ...errorResponses(400, 404),
    },
});
/** The kept result, or 404 (never uploaded, or dropped for newer ones). */
export function keptOr404(results, id) {
    const kept = results.get(id);
    if (!kept)
        throw new ApiError(404, 'not_found', '报告不存在或已过期，请重新上传', 'no such report (or it expired): upload the file again');
    return kept;
}
export function registerReport(app, results) {
    app.openapi(route, (c) => {
        const { id } = c.req.valid('param');
        const { lang } = c.req.valid('query');
        return c.json(reportAnswer(keptOr404(results, id), lang), 200);
    });
}
//# sourceMappingURL=report.js.map