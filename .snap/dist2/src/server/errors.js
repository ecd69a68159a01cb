import { InputError } from '../source/errors.js';
export class ApiError extends Error {
    status;
    code;
    zh;
    en;
    file;
    constructor(status, code, zh, en, file) {
        super(`${zh} / ${en}`);
        this.status = status;
        this.code = code;
        this.zh = zh;
        this.en = en;
        this.file = file;
        this.name = 'ApiError';
    }
    body() {
        return {
            error: {
                code: this.code,
                message: this.message,
                zh: this.zh,
                en: this.en,
                ...(this.file !== undefined ? { file: this.file } : {}),
            },
        };
    }
}
export const tooLarge = (bytes, file) => new ApiError(413, 'too_large', `上传过大（上限 ${bytes} 字节）`, `upload too large (the limit is ${bytes} bytes)`, file);
export const unsupportedFormat = (file) => new ApiError(415, 'unsupported_format', '无法识别的文件格式（可用 PDF、DOCX、XLSX、HTML、文本）', 'unknown file format (PDF, DOCX, XLSX, HTML or text)', file);
/** What reading a file threw, as the API says it: an input problem is 422, anything else our defect (500). */
export function readError(error, file) {
    if (error instanceof ApiError)
        return error;
    if (error instanceof InputError)
        return new ApiError(422, 'unreadable', error.zh, error.en, file);
    const detail = error instanceof Error ? error.message : String(error);
    return new ApiError(500, 'internal', `内部错误，请报告此问题（${detail}）`, `internal error, please report it (${detail})`, file);
}
/** The corpus routes on a server started without a store. */
export const noStore = () => new ApiError(503, 'no_store', '此服务没有打开文件库（用 budgetlens serve --db 启动）', 'this server has no store open (start it with budgetlens serve --db)');
/** An issue in Chinese and in English: zod words its own messages in English only. */
function issueWords(issue) {
    const [zh, en] = issue.message.includes(' / ') ? issue.message.split(' / ') : [undefined, undefined];
    if (zh && en)
        return [zh, en];
    switch (issue.code) {
        case 'too_big':
            return [`不能大于 ${String(issue.maximum)}`, `at most ${String(issue.maximum)}`];
        case 'too_small':
            return [`不能小于 ${String(issue.minimum)}`, `at least ${String(issue.minimum)}`];
        case 'invalid_type':
            return [`类型错误（应为 ${String(issue.expected)}）`, `wrong type (${String(issue.expected)} expected)`];
        case 'invalid_value':
            return [`应为 ${(issue.values ?? []).join('、')} 之一`, `one of ${(issue.values ?? []).join(', ')} expected`];
        default:
            return [`无效（${issue.message}）`, issue.message];
    }
}
/** A request that breaks its schema: 400, each parameter named with what is wrong, in both languages. */
export function badRequest(issues) {
    const named = issues.map((i) => [i.path.map(String).join('.') || '(body)', ...issueWords(i)]);
    const zh = named.map(([path, words]) => `${path}：${words}`).join('；');
    const en = named.map(([path, , words]) => `${path}: ${words}`).join('; ');
    return new ApiError(400, 'bad_request', `请求无效：${zh}`, `bad request: ${en}`);
}
//# sourceMappingURL=errors.js.map