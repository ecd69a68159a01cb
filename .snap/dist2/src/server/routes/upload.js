/**
 * POST /api/documents: upload one or several files; each is read, the parts of one disclosure
 * joined, each document checked, stored (with a store) and kept for its report.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { checkAnswer, joinParts, readUploads, settleUpload } from '../check-upload.js';
import { ApiError, readError, tooLarge } from '../errors.js';
import { rateLimit, requireToken } from '../guard.js';
import { CheckResult, errorResponses, FileFailure, Lang } from '../schemas.js';
/** Files one request may carry. */
const MAX_FILES = 50;
const Upload = z.union([z.instanceof(File), z.array(z.instanceof(File)).min(1).max(MAX_FILES)]).openapi({
    type: 'array',
    items: { type: 'string', format: 'binary' },
    description: '一个或多个文件（PDF、DOCX、XLSX、HTML、文本） / one or several files',
});
const UploadQuery = z.object({ lang: Lang });
const UploadForm = z.object({ files: Upload });
function route(context) {
    return createRoute({
        method: 'post',
        path: '/api/documents',
        summary: '上传并检查 / upload and check',
        description: 'One file: its `check --format json` result with the id of its report and `stored` (the document in the store), or the error with its status. ' +
            'Several: an array in the order given, a file that could not be read in its place as `{file, error}`; the 情况说明 and 报表 files of one disclosure are one document, in the place of the first.',
        security: [{ token: [] }],
        middleware: [
            requireToken(context.options.token),
            rateLimit(context.options.uploadsPerMinute),
            bodyLimit({
                // The multipart envelope around the largest file is a few hundred bytes per part.
                maxSize: context.options.maxUploadBytes + 64 * 1024,
                onError: () => {
                    throw tooLarge(context.options.maxUploadBytes);
                },
            }),
        ],
        request: {
            query: UploadQuery,
            body: { required: true, content: { 'multipart/form-data': { schema: UploadForm } } },
        },
        responses: {
            200: {
                description: '检查结果 / the check result (an array for several files)',
                content: { 'application/json': { schema: z.union([CheckResult, z.array(z.union([CheckResult, FileFailure]))]) } },
            },
            ...errorResponses(400, 401, 413, 415, 422, 429),
        },
    });
}
const failure = (error) => ({
    file: error.file ?? '',
    error: { code: error.code, status: error.status, message: error.message, zh: error.zh, en: error.en },
});
export function registerUpload(app, context) {
    app.openapi(route(context), async (c) => {
        const { lang } = c.req.valid('query');
        const { files } = c.req.valid('form');
        // Read side by side through the pool; one bad file never stops the others.
        const read = joinParts(await readUploads(Array.isArray(files) ? files : [files], context));
        const answers = await Promise.all(read.map((r) => r instanceof ApiError
            ? r
            : settleUpload(r, context).then((kept) => checkAnswer(kept, lang), (error) => readError(error, r.files[0]?.name ?? ''))));
        if (!Array.isArray(files)) {
            const [only] = answers;
            if (only instanceof ApiError)
                throw only;
            return c.json(only, 200);
        }
        return c.json(answers.map((a) => (a instanceof ApiError ? failure(a) : a)), 200);
    });
}
//# sourceMappingURL=upload.js.map