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
  /** serve: where the originals of uploads are kept (null: budgetlens-uploads beside the store). */
  uploads: string | null;
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

export class UsageError extends Error {}

export function parseArgs(argv: string[]): CliArgs {
  const args: CliArgs = {
    command: '',
    files: [],
    format: null,
    out: null,
    help: false,
    debugLayout: false,
    explain: false,
    lang: 'zh',
    year: null,
    scheme: null,
    profile: null,
    quiet: false,
    rules: {},
    group: true,
    jobs: null,
    host: null,
    port: null,
    uploads: null,
    version: false,
    db: null,
    shared: false,
    department: null,
    region: null,
    phase: null,
    texts: null,
    previous: null,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`选项 ${arg} 缺少取值 / option ${arg} needs a value`);
      return v;
    };
    if (arg === '--help' || arg === '-h') args.help = true;
    else if (arg === '--format' || arg === '-f') args.format = value();
    else if (arg.startsWith('--format=')) args.format = arg.slice('--format='.length);
    else if (arg === '--out' || arg === '-o') args.out = value();
    else if (arg.startsWith('--out=')) args.out = arg.slice('--out='.length);
    else if (arg === '--debug-layout') args.debugLayout = true;
    else if (arg === '--explain') args.explain = true;
    else if (arg === '--no-group') args.group = false;
    else if (arg === '--quiet' || arg === '-q') args.quiet = true;
    else if (arg === '--version' || arg === '-V') args.version = true;
    else if (arg === '--db') args.db = value();
    else if (arg.startsWith('--db=')) args.db = arg.slice('--db='.length);
    else if (arg === '--shared') args.shared = true;
    else if (arg === '--lang') {
      const lang = value();
      if (lang !== 'zh' && lang !== 'en')
        throw new UsageError(`不支持的语言 ${lang}（可用 zh、en） / unsupported --lang ${lang} (zh, en)`);
      args.lang = lang;
    } else if (arg === '--jobs' || arg === '-j' || arg.startsWith('--jobs=')) {
      const text = arg.startsWith('--jobs=') ? arg.slice('--jobs='.length) : value();
      const jobs = Number(text);
      if (!/^\d+$/.test(text) || jobs < 1 || jobs > 256)
        throw new UsageError(
          `--jobs 须为 1 到 256 的整数（${text}） / expected a whole number from 1 to 256 for --jobs (${text})`,
        );
      args.jobs = jobs;
    } else if (arg === '--port' || arg.startsWith('--port=')) {
      const text = arg.startsWith('--port=') ? arg.slice('--port='.length) : value();
      const port = Number(text);
      if (!/^\d+$/.test(text) || port > 65535)
        throw new UsageError(`--port 须为 0 到 65535 的整数（${text}） / expected a port from 0 to 65535 (${text})`);
      args.port = port;
    } else if (arg === '--host' || arg.startsWith('--host='))
      args.host = arg.startsWith('--host=') ? arg.slice('--host='.length) : value();
    else if (arg === '--uploads' || arg.startsWith('--uploads='))
      args.uploads = arg.startsWith('--uploads=') ? arg.slice('--uploads='.length) : value();
    else if (arg === '--profile') args.profile = value();
    else if (arg === '--texts') args.texts = value();
    else if (arg === '--previous') args.previous = value();
    else if (arg === '--department') args.department = value();
    else if (arg === '--region') args.region = value();
    else if (arg === '--phase') args.phase = phaseOf(value());
    else if (arg === '--rule') {
      const [id, level] = value().split('=');
      if (!id || !level || !['error', 'warning', 'info', 'off'].includes(level)) {
        throw new UsageError('--rule 的格式为 规则=error|warning|info|off / --rule takes rule=error|warning|info|off');
      }
      args.rules[id] = level as 'error' | 'warning' | 'info' | 'off';
    } else if (arg === '--year') {
      const year = Number(value());
      if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new UsageError('年份无效 / invalid --year');
      args.year = year;
    } else if (arg === '--scheme') {
      const scheme = value();
      const known: Record<string, Scheme> = {
        function: 'function',
        economic: 'economic-department',
        'economic-department': 'economic-department',
        'economic-government': 'economic-government',
      };
      const chosen = known[scheme];
      if (!chosen)
        throw new UsageError(
          `未知分类 ${scheme}（function、economic-department、economic-government） / unknown scheme ${scheme}`,
        );
      args.scheme = chosen;
    } else if (arg.startsWith('--')) throw new UsageError(`未知选项 ${arg} / unknown option ${arg}`);
    else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`未知选项 ${arg} / unknown option ${arg}`);
    else if (args.command === '') args.command = arg;
    else args.files.push(arg);
  }
  return args;
}

const PHASES: Record<string, 'budget' | 'final_account'> = {
  budget: 'budget',
  预算: 'budget',
  final: 'final_account',
  final_account: 'final_account',
  决算: 'final_account',
};

function phaseOf(text: string): 'budget' | 'final_account' {
  const phase = PHASES[text];
  if (!phase) throw new UsageError(`未知阶段 ${text}（budget 预算、final 决算） / unknown --phase ${text} (budget, final)`);
  return phase;
}

/** Printed under a usage error: one line that says where the usage is. */
export const USAGE_HINT = '运行 budgetlens --help 查看用法 / run budgetlens --help for usage';

export const USAGE = `用法 / usage:
  budgetlens extract <文件…> [--format json|table] [--out <文件>] [--jobs N] [--explain] [--debug-layout] [--no-group]
  budgetlens check   <文件…> [--format stylish|json|html] [--out <文件>] [--jobs N] [--lang zh|en] [--quiet]
                     [--profile national|national-final-account|jilin-province|shanxi-city|shanghai-budget|hebei-county] [--rule 规则=error|warning|info|off]…
                     [--no-group]
  budgetlens export  <文件…> --out <文件夹或文件> [--format csv|xlsx|parquet|fdp] [--jobs N] [--no-group]
  budgetlens serve   [--port 8080] [--host 127.0.0.1] [--jobs N] [--db 库] [--uploads 目录]   网页与 HTTP API / the web page and HTTP API
                     非本机地址须设置 BUDGETLENS_TOKEN / another address than loopback needs BUDGETLENS_TOKEN
  budgetlens ingest  <文件或目录…> [--db budgetlens.duckdb|postgres://…] [--jobs N] [--shared] [--profile …] [--no-group]
  budgetlens compare [--department 部门] [--region 地区] [--year 年度] [--phase budget|final] [--db 库] [--format table|json]
  budgetlens query   code <科目代码> | prior-year | documents | failures | sql "<SELECT …>"  [--department] [--region] [--year] [--db 库] [--format table|json]
  budgetlens template --profile national-budget|national-final-account|shanghai-department|shanghai-unit
                     |guangzhou-budget|zhejiang-budget|beijing-budget --out <模板.xlsx>
                     [--year 年度] [--department 部门]   待填写的工作簿 / the workbook a department fills
  budgetlens write   <数据.xlsx|.json> --profile national-budget|national-final-account|shanghai-budget
                     |guangzhou-budget|zhejiang-budget|beijing-budget --out <文件.docx|.html|.pdf>
                     (beijing-budget: two files, <文件>-附件1情况说明 and <文件>-附件2报表)
                     [--texts 文字.md] [--previous 上年文件] [--db 库 --department 部门 --year 年度]   由数据写出公开文件 / write the disclosure from data
  budgetlens codes   <代码或名称> [--year 2024] [--scheme function|economic-department|economic-government] [--format text|json]
  budgetlens --version

文件 - 为标准输入 / a file named - is standard input; --jobs 同时读取的文件数（默认为 CPU 核数） / files read at once (default: the cores)
同一部门、年度和阶段的多个文件（如情况说明与报表）合为一份文件检查，--no-group 则逐个文件处理
files of one department, year and phase (a narrative and its tables) are read as one disclosure; --no-group reads each alone
ingest 将文件存入数据库（默认当前目录的 budgetlens.duckdb），已存的文件按 sha256 跳过；--shared 让多个进程经 PostgreSQL 分担同一批文件
ingest stores documents in a database (default budgetlens.duckdb here), skipping files stored before (by sha256); --shared lets several processes share the work through PostgreSQL
serve 将上传文件的原件保存在库旁的 budgetlens-uploads/（或 --uploads 指定的目录），库中文件删除时原件一并删除
serve keeps the originals of uploads in budgetlens-uploads/ beside the store (or --uploads DIR), deleted with their document

退出码 / exit codes: 0 完成 done · 1 发现错误或未找到 errors found (check), nothing found (codes) · 2 无法读取或用法错误 unreadable input or usage error`;
