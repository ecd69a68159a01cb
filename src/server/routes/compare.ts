/**
 * The comparisons: GET /api/compare/department (one department across years), /api/compare/region
 * (a region's departments side by side) and /api/compare/code (one classification code across the
 * store). Each answers its query's JSON with the table the page shows beside the chart, or that
 * same table as CSV (with BOM) or XLSX (`format=csv|xlsx`). A department's years hold every kind of
 * table; `kind` keeps one (the page shows one at a time and exports what it shows).
 */
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { comparisonCsv, comparisonXlsx } from '../../export/comparison.js';
import { KIND_NAMES } from '../../model/kinds.js';
import type { TableKind } from '../../model/types.js';
import { codeAcross, codeAcrossPage } from '../../query/code-across.js';
import { type ComparisonTable, codeAcrossTable, departmentYearsTable, sideBySideTable } from '../../query/comparison-table.js';
import { COMPARED_KINDS, type DepartmentYears, departmentYears } from '../../query/department-years.js';
import { sideBySide } from '../../query/side-by-side.js';
import type { Store } from '../../store/store.js';
import { errorResponses } from '../schemas.js';
import { MAX_PAGE_SIZE, requireStore, Year } from './corpus.js';

const Phase = z.enum(['budget', 'final_account']).default('budget');
const Format = z
  .enum(['json', 'csv', 'xlsx'])
  .default('json')
  .openapi({ description: 'json：查询结果与表格；csv、xlsx：表格下载 / the answer and its table, or the table as a file' });
const Name = (description: string) => z.string().trim().min(1).max(100).openapi({ description });

export const ComparisonTableSchema = z
  .object({
    title: z.string(),
    unit: z.literal('万元'),
    columns: z.array(z.object({ key: z.string(), label: z.string(), type: z.enum(['text', 'amount', 'count']) })),
    rows: z.array(z.array(z.string().nullable())),
  })
  .openapi('ComparisonTable');

const answer = (name: string) =>
  z.looseObject({ unit: z.literal('万元'), table: ComparisonTableSchema }).openapi(name, {
    description: '查询结果（同 compare/query --format json）与表格 / the query’s JSON (as compare/query give it) and its table',
  });

const responses = (name: string) => ({
  200: {
    description: '结果 / the answer',
    content: {
      'application/json': { schema: answer(name) },
      'text/csv': { schema: z.string() },
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
        schema: z.string().openapi({ format: 'binary' }),
      },
    },
  },
  ...errorResponses(400, 503),
});

const departmentRoute = createRoute({
  method: 'get',
  path: '/api/compare/department',
  summary: '一个部门的历年对比 / one department across years',
  request: {
    query: z.object({
      department: Name('部门名称（完全一致） / the department, exactly'),
      kind: z
        .enum(COMPARED_KINDS as [TableKind, ...TableKind[]])
        .optional()
        .openapi({ description: '只要这一种表（不填为全部表） / only this kind of table; every kind when absent' }),
      phase: Phase,
      format: Format,
    }),
  },
  responses: responses('DepartmentYears'),
});

const regionRoute = createRoute({
  method: 'get',
  path: '/api/compare/region',
  summary: '一个地区各部门并列 / the departments of a region side by side',
  request: {
    query: z.object({
      region: Name('地区；不填为全部 / the region; all when absent').optional(),
      year: Year.optional(),
      phase: Phase,
      format: Format,
    }),
  },
  responses: responses('SideBySide'),
});

const codeRoute = createRoute({
  method: 'get',
  path: '/api/compare/code',
  summary: '一个科目代码在全库 / one classification code across the store',
  request: {
    query: z.object({
      code: z
        .string()
        .regex(/^\d{3,7}$/, '科目代码为 3 至 7 位数字 / a classification code is 3 to 7 digits')
        .openapi({ example: '2010101' }),
      region: Name('地区 / region').optional(),
      year: Year.optional(),
      phase: Phase,
      format: Format,
      page: z.coerce.number().int().min(1).max(100_000).default(1),
      pageSize: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(MAX_PAGE_SIZE),
    }),
  },
  responses: responses('CodeAcross'),
});

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The table as a download; the file name in ASCII and, for browsers that read it, in UTF-8. */
function download(c: Context, table: ComparisonTable, format: 'csv' | 'xlsx', name: string): Response {
  const file = `${name}.${format}`;
  const ascii = file.replace(/[^\w.-]/g, '_');
  const headers = {
    'Content-Type': format === 'csv' ? 'text/csv; charset=utf-8' : XLSX,
    'Content-Disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file)}`,
    'Cache-Control': 'no-store',
  };
  const body = format === 'csv' ? comparisonCsv(table) : new Uint8Array(comparisonXlsx(table));
  return c.body(body, 200, headers);
}

/** The lines of one kind of table, or all when no kind is asked for. */
const onlyKind = (result: DepartmentYears, kind: TableKind | undefined): DepartmentYears =>
  kind ? { ...result, lines: result.lines.filter((l) => l.kind === kind) } : result;

export function registerCompare(app: OpenAPIHono, store: Store | null): void {
  app.openapi(departmentRoute, async (c) => {
    const { department, kind, phase, format } = c.req.valid('query');
    const result = onlyKind(await departmentYears(requireStore(store), department, phase), kind);
    const table = departmentYearsTable(result);
    if (kind) table.title = `${table.title} ${KIND_NAMES[kind]}`;
    if (format !== 'json') return download(c, table, format, `${department}-years-${kind ?? 'all-kinds'}`) as never;
    return c.json({ ...result, table }, 200);
  });
  app.openapi(regionRoute, async (c) => {
    const { region, year, phase, format } = c.req.valid('query');
    const result = await sideBySide(requireStore(store), { region, year, phase });
    const table = sideBySideTable(result);
    if (format !== 'json') return download(c, table, format, `${region ?? 'all'}-${year ?? 'newest'}`) as never;
    return c.json({ ...result, table }, 200);
  });
  app.openapi(codeRoute, async (c) => {
    const { code, region, year, phase, format, page, pageSize } = c.req.valid('query');
    const filter = { region, year, phase };
    if (format !== 'json') {
      const all = await codeAcross(requireStore(store), code, filter);
      return download(c, codeAcrossTable(all), format, `code-${code}`) as never;
    }
    // The JSON answers one page of the documents (cut by the query); the downloads hold them all.
    const { result: shown, documents } = await codeAcrossPage(requireStore(store), code, filter, {
      offset: (page - 1) * pageSize,
      limit: pageSize,
    });
    return c.json({ ...shown, total: documents, page, pageSize, table: codeAcrossTable(shown) }, 200);
  });
}
