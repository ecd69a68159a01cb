/**
 * The uploaded PDFs, for the report page to render: GET /api/documents/{id}/pdf (the tables' file of
 * a document of several, else its own) and GET /api/documents/{id}/files/{part} (each file of the
 * document: 北京's 情况说明 and 报表 are parts 0 and 1 in the order given).
 */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { shownPdf } from '../check-upload.js';
import { ApiError } from '../errors.js';
import type { KeptFile, ResultCache } from '../results.js';
import { errorResponses, PartParam, PDF_HEADERS, pdfResponse } from '../schemas.js';
import { DocumentId, keptOr404 } from './report.js';

const route = createRoute({
  method: 'get',
  path: '/api/documents/{id}/pdf',
  summary: '上传的 PDF（两个文件时为报表） / the uploaded PDF (the tables’ file of two)',
  request: { params: DocumentId },
  responses: {
    200: pdfResponse,
    ...errorResponses(400, 404),
  },
});

const partRoute = createRoute({
  method: 'get',
  path: '/api/documents/{id}/files/{part}',
  summary: '文件的一个部分（情况说明或报表）的 PDF / the PDF of one file of the document',
  request: { params: DocumentId.extend(PartParam.shape) },
  responses: {
    200: pdfResponse,
    ...errorResponses(400, 404),
  },
});

export const notAPdf = () => new ApiError(404, 'not_found', '此文件不是 PDF', 'this upload is not a PDF');

export const noSuchPart = (part: number) =>
  new ApiError(404, 'not_found', `此文件没有第 ${part} 部分`, `the document has no file number ${part}`);

const pdfBody = (file: KeptFile | null | undefined) => {
  if (!file?.pdf) throw notAPdf();
  return file.pdf as Uint8Array<ArrayBuffer>;
};

export function registerPdf(app: OpenAPIHono, results: ResultCache): void {
  app.openapi(route, (c) => c.body(pdfBody(shownPdf(keptOr404(results, c.req.valid('param').id))), 200, PDF_HEADERS));
  app.openapi(partRoute, (c) => {
    const { id, part } = c.req.valid('param');
    const kept = keptOr404(results, id);
    const file = kept.files[part];
    if (!file) throw noSuchPart(part);
    return c.body(pdfBody(file), 200, PDF_HEADERS);
  });
}
