/**
 * The HTTP application: the API (one route file and schema per endpoint, the OpenAPI 3.1 document
 * generated from them at /openapi.json), the web page, and the headers every answer carries.
 */
import { readFileSync } from 'node:fs';
import { OpenAPIHono } from '@hono/zod-openapi';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import { ReaderPool } from '../source/pool.js';
import { ApiError, badRequest, type RequestIssue } from './errors.js';
import { DEFAULT_SERVER_OPTIONS, type ServerOptions } from './options.js';
import { ResultCache } from './results.js';
import { registerCompare } from './routes/compare.js';
import { registerCorpus } from './routes/corpus.js';
import { registerDelete } from './routes/delete.js';
import { registerHealth } from './routes/health.js';
import { registerPdf } from './routes/pdf.js';
import { registerReport } from './routes/report.js';
import { registerUpload } from './routes/upload.js';
import { registerStatic } from './static.js';

export interface ServerApp {
  app: OpenAPIHono;
  results: ResultCache;
  pool: ReaderPool;
  /** End the reader threads. */
  close(): Promise<void>;
}

function version(): string {
  return (JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
}

/** An error of the framework (a malformed form, a media type no route takes) in the API's own form. */
function asApiError(error: Error): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof HTTPException) {
    if (error.status === 415)
      return new ApiError(
        415,
        'unsupported_format',
        '请求格式不受支持（应为 multipart/form-data）',
        'unsupported request type (multipart/form-data expected)',
      );
    if (error.status === 413) return new ApiError(413, 'too_large', '请求过大', 'request too large');
    if (error.status < 500)
      return new ApiError(400, 'bad_request', `请求无效（${error.message}）`, `bad request (${error.message})`);
  }
  return new ApiError(500, 'internal', '内部错误，请报告此问题', 'internal error, please report it');
}

export function createServerApp(given: Partial<ServerOptions> = {}): ServerApp {
  const options: ServerOptions = { ...DEFAULT_SERVER_OPTIONS, ...given };
  const pool = new ReaderPool(options.jobs);
  const results = new ResultCache(options.keep);
  const app = new OpenAPIHono({
    defaultHook: (result) => {
      if (!result.success) throw badRequest(result.error.issues as RequestIssue[]);
    },
  });
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'none'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        workerSrc: ["'self'"],
        baseUri: ["'none'"],
        formAction: ["'none'"],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
      },
      referrerPolicy: 'no-referrer',
      crossOriginResourcePolicy: 'same-origin',
    }),
  );
  app.onError((error, c) => {
    const api = asApiError(error);
    return c.json(api.body(), api.status);
  });
  app.notFound((c) => c.json(new ApiError(404, 'not_found', '未找到', 'not found').body(), 404));
  registerHealth(app, { version: version(), token: options.token !== null, maxUploadBytes: options.maxUploadBytes });
  registerUpload(app, { options, pool, results });
  registerReport(app, results);
  registerPdf(app, results);
  registerCorpus(app, options.store);
  registerDelete(app, options);
  registerCompare(app, options.store);
  app.openAPIRegistry.registerComponent('securitySchemes', 'token', { type: 'http', scheme: 'bearer' });
  app.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'BudgetLens 预算透镜 API',
      version: version(),
      description:
        '上传预算公开文件并检查，浏览与对比库中文件 / upload budget disclosures and check them (the JSON of `check --format json`); browse and compare the stored documents',
    },
  });
  registerStatic(app);
  return { app, results, pool, close: () => pool.close() };
}
