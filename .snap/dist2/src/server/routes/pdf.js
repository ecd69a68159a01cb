/** GET /api/documents/{id}/pdf: the uploaded PDF, for the report page to render. */
import { createRoute } from '@hono/zod-openapi';
import { ApiError } from '../errors.js';
import { errorResponses, PDF_HEADERS, pdfResponse } from '../schemas.js';
import { DocumentId, keptOr404 } from './report.js';
const route = createRoute({
    method: 'get',
    path: '/api/documents/{id}/pdf',
    summary: '上传的 PDF / the uploaded PDF',
    request: { params: DocumentId },
    responses: {
        200: pdfResponse,
        ...errorResponses(400, 404),
    },
});
export function registerPdf(app, results) {
    app.openapi(route, (c) => {
        const { pdf } = keptOr404(results, c.req.valid('param').id);
        if (!pdf)
            throw new ApiError(404, 'not_found', '此文件不是 PDF', 'this upload is not a PDF');
        return c.body(pdf.bytes, 200, PDF_HEADERS);
    });
}
//# sourceMappingURL=pdf.js.map