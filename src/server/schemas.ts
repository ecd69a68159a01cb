/**
 * The shapes the API answers, as zod schemas the OpenAPI document is generated from. They follow
 * the command-line contract (`check --format json`) and docs/model.md; each route file holds the
 * schema of its own request.
 */
import { z } from '@hono/zod-openapi';

export const Lang = z.enum(['zh', 'en']).default('zh').openapi({ description: '消息语言 / language of the messages' });

export const Origin = z
  .object({
    file: z.string(),
    line: z.number().int().optional(),
    page: z.number().int().optional(),
    box: z.tuple([z.number(), z.number(), z.number(), z.number()]).optional(),
    sheet: z.string().optional(),
    cell: z.string().optional(),
    ocr: z.boolean().optional(),
  })
  .openapi('Origin', { description: 'page + box (PDF points from the top-left), sheet + cell, table cell, or line' });

export const Finding = z
  .object({
    rule: z.string(),
    severity: z.enum(['error', 'warning', 'info']),
    message: z.string(),
    table: z.string().optional(),
    row: z.string().optional(),
    column: z.string().optional(),
    expected: z.string().optional(),
    actual: z.string().optional(),
    difference: z.string().optional(),
    source: Origin.optional(),
    cell: Origin.optional(),
  })
  .openapi('Finding');

export const Summary = z
  .object({ errors: z.number().int(), warnings: z.number().int(), infos: z.number().int() })
  .openapi('Summary');

export const DocumentMeta = z
  .looseObject({
    title: z.string(),
    department: z.string().nullable(),
    year: z.number().int().nullable(),
    phase: z.enum(['budget', 'final_account']),
    unit: z.string(),
    source: z.object({ file: z.string(), format: z.enum(['text', 'pdf', 'docx', 'xlsx', 'html']), sha256: z.string() }),
  })
  .openapi('DocumentMeta');

/** One checked file: `check --format json`, with the id its report is kept under. */
export const CheckResult = z
  .object({
    id: z.string().openapi({ description: '报告编号 / the id of the kept report' }),
    stored: z.object({ id: z.number().int(), version: z.number().int(), new: z.boolean() }).nullable().optional().openapi({
      description:
        '库中的文件（new 为 false：同一文件已存） / the document in the store (new false: the same file was stored before); null without a store',
    }),
    document: DocumentMeta,
    findings: z.array(Finding),
    summary: Summary,
  })
  .openapi('CheckResult');

/** A narrative claim the rules compared with a cell, true or not (the check result's `claims`). */
export const CheckedClaim = z
  .object({
    rule: z.string(),
    source: Origin,
    heading: z.string(),
    label: z.string(),
    stated: z.string().openapi({
      description:
        '说明所述数字（金额、增减为万元，占比为 %，比较为原文） / the figure as the text states it: 万元, %, or the comparison’s words',
    }),
    figure: z
      .enum(['change', 'share', 'sum', 'comparison'])
      .optional()
      .openapi({ description: '增减、占比、分项合计或预决算比较；金额时省略 / what the figure is; absent for an amount' }),
    expected: z
      .string()
      .optional()
      .openapi({ description: '按说明中其他数字应为 / what the figures the text states make of it' }),
    table: z.string().optional(),
    tableTitle: z.string().optional(),
    row: z.string().optional(),
    column: z.string().optional(),
    cell: Origin.optional(),
    printed: z.string().nullable().optional().openapi({ description: '表中数字 / the figure the table prints, in its unit' }),
    unit: z.string().optional(),
    agrees: z.boolean(),
  })
  .openapi('CheckedClaim');

/** A part in a path: the number of one file of a document (0 for its only file; 北京's two in the order given). */
export const PartParam = z.object({
  part: z.coerce
    .number()
    .int()
    .min(0)
    .max(99)
    .openapi({
      param: { name: 'part', in: 'path' },
      description: '文件的部分序号（从 0 起） / the file’s number, from 0',
      example: 0,
    }),
});

/** One file of a report's document: what its origins name it, what it holds, where its PDF is served. */
export const ReportFile = z
  .object({
    part: z.number().int().openapi({ description: '序号，从 0 起 / its number, from 0' }),
    file: z.string().openapi({ description: '起源中的文件名 / the file as origins name it' }),
    format: z.enum(['text', 'pdf', 'docx', 'xlsx', 'html']),
    holds: z.enum(['narrative', 'tables']).nullable().openapi({
      description: '情况说明或报表（一份文件时为 null） / the narrative or the tables; null for a document of one file',
    }),
    pdf: z
      .string()
      .nullable()
      .openapi({ description: '该文件 PDF 的地址；非 PDF 或已不可读取时为 null / URL of its PDF, or null' }),
  })
  .openapi('ReportFile');

/** The report page's data: the check result and the document as read (`extract --format json`). */
export const Report = CheckResult.extend({
  pdf: z.string().nullable().openapi({ description: 'URL of the PDF (the tables’ file of two), null for other formats' }),
  files: z.array(ReportFile).openapi({
    description:
      '文件的每个部分（北京的情况说明与报表各一），起源按 file 归属 / every file of the document (北京: 情况说明 and 报表); an origin belongs to the file it names',
  }),
  pdfFile: z
    .string()
    .nullable()
    .optional()
    .openapi({ description: '该 PDF 的文件名（起源的 file） / the name of that PDF, as origins name it' }),
  tables: z.array(z.looseObject({ kind: z.string(), title: z.string(), rows: z.array(z.looseObject({})) })),
  narrative: z.array(z.looseObject({ heading: z.string(), text: z.string() })),
  overview: z.array(z.looseObject({})),
  toc: z.array(z.looseObject({})),
  claims: z.array(CheckedClaim).optional().openapi({
    description: '核对过的说明数字（相符与否）及其单元格 / every narrative claim checked, true or not, with its cell',
  }),
}).openapi('Report');

export const ErrorBody = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      zh: z.string(),
      en: z.string(),
      file: z.string().optional(),
    }),
  })
  .openapi('Error');

/** A file of several that could not be read: its place in the answer, as in the CLI's JSON array. */
export const FileFailure = z
  .object({
    file: z.string(),
    error: z.object({ code: z.string(), status: z.number().int(), message: z.string(), zh: z.string(), en: z.string() }),
  })
  .openapi('FileFailure');

/** A PDF's bytes, shown in the browser (the uploaded file, or a stored document's original). */
export const pdfResponse = {
  description: 'PDF',
  content: { 'application/pdf': { schema: z.string().openapi({ format: 'binary' }) } },
};

/** The headers a PDF is answered with. */
export const PDF_HEADERS = {
  'Content-Type': 'application/pdf',
  'Content-Disposition': 'inline',
  'Cache-Control': 'private, max-age=3600',
};

/** Error answers every route may give, for the OpenAPI document. */
export const errorResponses = (...statuses: number[]) =>
  Object.fromEntries(
    statuses.map((status) => [
      status,
      { description: ERROR_DESCRIPTIONS[status] ?? 'error', content: { 'application/json': { schema: ErrorBody } } },
    ]),
  );

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: '请求无效 / bad request',
  401: '缺少或错误的令牌 / missing or wrong token',
  404: '未找到 / not found',
  413: '上传过大 / upload too large',
  415: '无法识别的格式 / unknown format',
  422: '无法读取 / unreadable',
  429: '请求过于频繁 / too many uploads',
  503: '没有文件库 / no store open',
};
