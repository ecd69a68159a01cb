/**
 * The corpus browser: GET /api/corpus/facets (what the filters offer), GET /api/corpus/documents
 * (stored documents page by page, filtered), GET /api/corpus/documents/{id} (a stored document's
 * report), GET /api/corpus/documents/{id}/file (its original PDF, when still readable: the 报表 of
 * 北京's two files) and GET /api/corpus/documents/{id}/files/{part} (each of its files' PDF).
 */
import { readFile } from 'node:fs/promises';
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { browseDocuments, facets } from '../../query/browse.js';
import type { Store } from '../../store/store.js';
import { ApiError, noStore } from '../errors.js';
import { errorResponses, Lang, PartParam, PDF_HEADERS, pdfResponse, Report } from '../schemas.js';
import { noStoredDocument, storedFiles, storedPdfOf, storedPdfPath, storedReport } from '../stored-report.js';
import { noSuchPart } from './pdf.js';

export const MAX_PAGE_SIZE = 100;

const Phase = z.enum(['budget', 'final_account']).openapi({ description: '预算 budget / 决算 final_account' });
export const Year = z.coerce.number().int().min(1990).max(2100).openapi({ description: '年度 / year', example: 2024 });
const Text = (description: string) => z.string().trim().min(1).max(100).openapi({ description });

const BrowseQuery = z.object({
  region: Text('地区（完全一致） / region, exactly').optional(),
  year: Year.optional(),
  phase: Phase.optional(),
  department: Text('部门名称的一部分 / part of the department name').optional(),
  code: z
    .string()
    .regex(/^\d{1,7}$/, '科目代码为 1 至 7 位数字 / a classification code is 1 to 7 digits')
    .optional()
    .openapi({ description: '科目代码或其开头 / a classification code or its beginning', example: '2010101' }),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_PAGE_SIZE)
    .default(50)
    .openapi({ description: `每页条数，至多 ${MAX_PAGE_SIZE} / documents per page, at most ${MAX_PAGE_SIZE}` }),
});

const BrowsedDocument = z
  .object({
    id: z.number().int(),
    sha256: z.string(),
    title: z.string(),
    department: z.string().nullable(),
    region: z.string().nullable(),
    level: z.string().nullable(),
    year: z.number().int().nullable(),
    phase: Phase,
    profile: z.string(),
    sourceFile: z.string(),
    version: z.number().int(),
    errors: z.number().int(),
    warnings: z.number().int(),
    infos: z.number().int(),
    tables: z.number().int(),
    unknownTables: z.number().int(),
    status: z.enum(['read', 'unknown_tables', 'no_tables']).openapi({
      description: '读取状态：全部识别 / 有未识别的表 / 没有表 — read: every table recognised, some unknown, none',
    }),
  })
  .openapi('BrowsedDocument');

const BrowsePage = z
  .object({
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
    documents: z.array(BrowsedDocument),
  })
  .openapi('BrowsePage');

const Facets = z
  .object({
    regions: z.array(z.object({ region: z.string().nullable(), documents: z.number().int() })),
    years: z.array(z.number().int()),
    phases: z.array(Phase),
  })
  .openapi('Facets');

export const StoredId = z.object({
  id: z.coerce
    .number()
    .int()
    .min(1)
    .max(Number.MAX_SAFE_INTEGER)
    .openapi({ param: { name: 'id', in: 'path' }, description: '库中文件编号 / the stored document id', example: 1 }),
});

const StoredReport = Report.extend({
  stored: z.object({
    id: z.number().int(),
    region: z.string().nullable(),
    level: z.string().nullable(),
    version: z.number().int(),
    profile: z.string(),
    sha256: z.string(),
  }),
}).openapi('StoredReport');

const json = (schema: z.ZodType, description: string) => ({ description, content: { 'application/json': { schema } } });

const facetsRoute = createRoute({
  method: 'get',
  path: '/api/corpus/facets',
  summary: '可选的地区、年度、阶段 / the regions, years and phases in the store',
  responses: { 200: json(Facets, '筛选项 / facets'), ...errorResponses(503) },
});

const browseRoute = createRoute({
  method: 'get',
  path: '/api/corpus/documents',
  summary: '浏览库中文件 / browse the stored documents',
  request: { query: BrowseQuery },
  responses: { 200: json(BrowsePage, '一页文件 / one page of documents'), ...errorResponses(400, 503) },
});

const reportRoute = createRoute({
  method: 'get',
  path: '/api/corpus/documents/{id}',
  summary: '库中文件的报告 / a stored document’s report',
  request: { params: StoredId, query: z.object({ lang: Lang }) },
  responses: { 200: json(StoredReport, '报告 / the report'), ...errorResponses(400, 404, 503) },
});

const fileRoute = createRoute({
  method: 'get',
  path: '/api/corpus/documents/{id}/file',
  summary: '原始 PDF（若仍可读取） / the original PDF, when still readable',
  request: { params: StoredId },
  responses: {
    200: pdfResponse,
    ...errorResponses(400, 404, 503),
  },
});

const partRoute = createRoute({
  method: 'get',
  path: '/api/corpus/documents/{id}/files/{part}',
  summary: '文件一个部分（情况说明或报表）的原始 PDF / the original PDF of one file of the document',
  request: { params: StoredId.extend(PartParam.shape) },
  responses: {
    200: pdfResponse,
    ...errorResponses(400, 404, 503),
  },
});

const unreadable = () =>
  new ApiError(404, 'not_found', '原始文件不是 PDF 或已不可读取', 'the original file is no PDF or can no longer be read');

export function requireStore(store: Store | null): Store {
  if (!store) throw noStore();
  return store;
}

export function registerCorpus(app: OpenAPIHono, store: Store | null): void {
  app.openapi(facetsRoute, async (c) => c.json(await facets(requireStore(store)), 200));
  app.openapi(browseRoute, async (c) => {
    const { page, pageSize, ...filter } = c.req.valid('query');
    return c.json(await browseDocuments(requireStore(store), filter, page, pageSize), 200);
  });
  app.openapi(reportRoute, async (c) => {
    const answer = await storedReport(requireStore(store), c.req.valid('param').id, c.req.valid('query').lang);
    return c.json(answer as unknown as z.infer<typeof StoredReport>, 200);
  });
  app.openapi(fileRoute, async (c) => {
    const { id } = c.req.valid('param');
    const [document] = await requireStore(store).listDocuments({ id });
    if (!document) throw noStoredDocument(id);
    const path = await storedPdfOf(requireStore(store), id, document.sourceFile);
    if (!path) throw unreadable();
    return c.body(new Uint8Array(await readFile(path)), 200, PDF_HEADERS);
  });
  app.openapi(partRoute, async (c) => {
    const { id, part } = c.req.valid('param');
    const files = await storedFiles(requireStore(store), id);
    if (files.length === 0) throw noStoredDocument(id);
    const file = files.find((f) => f.part === part);
    if (!file) throw noSuchPart(part);
    const path = await storedPdfPath(file.file);
    if (!path) throw unreadable();
    return c.body(new Uint8Array(await readFile(path)), 200, PDF_HEADERS);
  });
}
