import type { Scheme } from '../codes/lists.js';
/** Command-line arguments: a command, files, and --format/--out options. */
export interface CliArgs {
    command: string;
    files: string[];
    format: string | null;
    out: string | null;
    help: boolean;
    /** extract: print what each layout stage found, per page, on stderr. */
    debugLayout: boolean;
    /** extract: say why each table got its kind and each column its key. */
    explain: boolean;
    lang: 'zh' | 'en';
    year: number | null;
    scheme: Scheme | null;
    profile: string | null;
    /** check: leave the notes (info findings) out; errors and warnings only. */
    quiet: boolean;
    /** --rule id=severity|off, repeatable. */
    rules: Record<string, 'error' | 'warning' | 'info' | 'off'>;
    /** Files of one department, year and phase are read as one disclosure unless --no-group. */
    group: boolean;
    /** Reader threads for binary files (--jobs); null: one per core. */
    jobs: number | null;
    /** serve: where to listen (127.0.0.1 and 8080 when not given). */
    host: string | null;
    port: number | null;
    version: boolean;
    /** ingest: the store, a DuckDB file or postgres://… (null: budgetlens.duckdb here). */
    db: string | null;
    /** ingest: take files from PostgreSQL's shared queue, beside other processes. */
    shared: boolean;
    /** compare / query: which documents. */
    department: string | null;
    region: string | null;
    phase: 'budget' | 'final_account' | null;
    /** write: the texts a person writes (Markdown, one `## heading` per text), and last year's document. */
    texts: string | null;
    previous: string | null;
}
export declare class UsageError extends Error {
}
export declare function parseArgs(argv: string[]): CliArgs;
/** Printed under a usage error: one line that says where the usage is. */
export declare const USAGE_HINT = "\u8FD0\u884C budgetlens --help \u67E5\u770B\u7528\u6CD5 / run budgetlens --help for usage";
export declare const USAGE = "\u7528\u6CD5 / usage:\n  budgetlens extract <\u6587\u4EF6\u2026> [--format json|table] [--out <\u6587\u4EF6>] [--jobs N] [--explain] [--debug-layout] [--no-group]\n  budgetlens check   <\u6587\u4EF6\u2026> [--format stylish|json|html] [--out <\u6587\u4EF6>] [--jobs N] [--lang zh|en] [--quiet]\n                     [--profile national|national-final-account|jilin-province|shanxi-city|shanghai-budget|hebei-county] [--rule \u89C4\u5219=error|warning|info|off]\u2026\n                     [--no-group]\n  budgetlens export  <\u6587\u4EF6\u2026> --out <\u6587\u4EF6\u5939\u6216\u6587\u4EF6> [--format csv|xlsx|parquet|fdp] [--jobs N] [--no-group]\n  budgetlens serve   [--port 8080] [--host 127.0.0.1] [--jobs N]   \u7F51\u9875\u4E0E HTTP API / the web page and HTTP API\n                     \u975E\u672C\u673A\u5730\u5740\u987B\u8BBE\u7F6E BUDGETLENS_TOKEN / another address than loopback needs BUDGETLENS_TOKEN\n  budgetlens ingest  <\u6587\u4EF6\u6216\u76EE\u5F55\u2026> [--db budgetlens.duckdb|postgres://\u2026] [--jobs N] [--shared] [--profile \u2026] [--no-group]\n  budgetlens compare [--department \u90E8\u95E8] [--region \u5730\u533A] [--year \u5E74\u5EA6] [--phase budget|final] [--db \u5E93] [--format table|json]\n  budgetlens query   code <\u79D1\u76EE\u4EE3\u7801> | prior-year | documents | failures | sql \"<SELECT \u2026>\"  [--department] [--region] [--year] [--db \u5E93] [--format table|json]\n  budgetlens template --profile national-budget|national-final-account|shanghai-department|shanghai-unit --out <\u6A21\u677F.xlsx>\n                     [--year \u5E74\u5EA6] [--department \u90E8\u95E8]   \u5F85\u586B\u5199\u7684\u5DE5\u4F5C\u7C3F / the workbook a department fills\n  budgetlens write   <\u6570\u636E.xlsx|.json> --profile national-budget|national-final-account|shanghai-budget --out <\u6587\u4EF6.docx|.html|.pdf>\n                     [--texts \u6587\u5B57.md] [--previous \u4E0A\u5E74\u6587\u4EF6] [--db \u5E93 --department \u90E8\u95E8 --year \u5E74\u5EA6]   \u7531\u6570\u636E\u5199\u51FA\u516C\u5F00\u6587\u4EF6 / write the disclosure from data\n  budgetlens codes   <\u4EE3\u7801\u6216\u540D\u79F0> [--year 2024] [--scheme function|economic-department|economic-government] [--format text|json]\n  budgetlens --version\n\n\u6587\u4EF6 - \u4E3A\u6807\u51C6\u8F93\u5165 / a file named - is standard input; --jobs \u540C\u65F6\u8BFB\u53D6\u7684\u6587\u4EF6\u6570\uFF08\u9ED8\u8BA4\u4E3A CPU \u6838\u6570\uFF09 / files read at once (default: the cores)\n\u540C\u4E00\u90E8\u95E8\u3001\u5E74\u5EA6\u548C\u9636\u6BB5\u7684\u591A\u4E2A\u6587\u4EF6\uFF08\u5982\u60C5\u51B5\u8BF4\u660E\u4E0E\u62A5\u8868\uFF09\u5408\u4E3A\u4E00\u4EFD\u6587\u4EF6\u68C0\u67E5\uFF0C--no-group \u5219\u9010\u4E2A\u6587\u4EF6\u5904\u7406\nfiles of one department, year and phase (a narrative and its tables) are read as one disclosure; --no-group reads each alone\ningest \u5C06\u6587\u4EF6\u5B58\u5165\u6570\u636E\u5E93\uFF08\u9ED8\u8BA4\u5F53\u524D\u76EE\u5F55\u7684 budgetlens.duckdb\uFF09\uFF0C\u5DF2\u5B58\u7684\u6587\u4EF6\u6309 sha256 \u8DF3\u8FC7\uFF1B--shared \u8BA9\u591A\u4E2A\u8FDB\u7A0B\u7ECF PostgreSQL \u5206\u62C5\u540C\u4E00\u6279\u6587\u4EF6\ningest stores documents in a database (default budgetlens.duckdb here), skipping files stored before (by sha256); --shared lets several processes share the work through PostgreSQL\n\n\u9000\u51FA\u7801 / exit codes: 0 \u5B8C\u6210 done \u00B7 1 \u53D1\u73B0\u9519\u8BEF\u6216\u672A\u627E\u5230 errors found (check), nothing found (codes) \u00B7 2 \u65E0\u6CD5\u8BFB\u53D6\u6216\u7528\u6CD5\u9519\u8BEF unreadable input or usage error";
