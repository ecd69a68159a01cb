import { UsageError } from './args.js';
async function withStore(args, use) {
    const { openStore, parseTarget } = await import('../store/open.js');
    const store = await openStore(parseTarget(args.db));
    try {
        return await use(store);
    }
    finally {
        await store.close();
    }
}
function outputFormat(args) {
    const format = args.format ?? 'table';
    if (format !== 'table' && format !== 'json')
        throw new UsageError(`不支持的格式 ${format}（可用 table、json） / unsupported format ${format} (table, json)`);
    return format;
}
const json = (value) => `${JSON.stringify(value, null, 2)}\n`;
/** One department across years (--department), else the departments side by side (--region, --year). */
export async function compareCommand(args, io) {
    const format = outputFormat(args);
    if (args.files.length > 0)
        throw new UsageError(`compare 不接受文件（先用 ingest 入库）：${args.files[0]} / compare takes no files (ingest them first): ${args.files[0]}`);
    const phase = args.phase ?? 'budget';
    const format_ = await import('../query/format.js');
    return withStore(args, async (store) => {
        if (args.department) {
            const { departmentYears } = await import('../query/department-years.js');
            const result = await departmentYears(store, args.department, phase);
            io.stdout(format === 'json' ? json(result) : format_.formatDepartmentYears(result));
            if (result.documents.length === 0)
                return 1;
            return result.priorYear.length > 0 ? 1 : 0;
        }
        const { sideBySide } = await import('../query/side-by-side.js');
        const result = await sideBySide(store, { region: args.region ?? undefined, year: args.year ?? undefined, phase });
        io.stdout(format === 'json' ? json(result) : format_.formatSideBySide(result));
        return result.departments.length > 0 ? 0 : 1;
    });
}
/** `query code <代码>`, `query prior-year`, `query documents`, `query failures`, `query sql "<SELECT …>"`. */
export async function queryCommand(args, io) {
    const format = outputFormat(args);
    const [what, ...rest] = args.files;
    const phase = args.phase ?? 'budget';
    const filter = { department: args.department ?? undefined, region: args.region ?? undefined, year: args.year ?? undefined };
    const formats = await import('../query/format.js');
    switch (what) {
        case 'code': {
            const code = rest.join('');
            if (!/^\d{3,7}$/.test(code))
                throw new UsageError(`query code 需要一个科目代码（如 2010101）：${code || '（空）'} / query code needs a classification code (2010101)`);
            const { codeAcross } = await import('../query/code-across.js');
            return withStore(args, async (store) => {
                const result = await codeAcross(store, code, { year: filter.year, region: filter.region, phase });
                io.stdout(format === 'json' ? json(result) : formats.formatCodeAcross(result));
                return result.spending.length > 0 ? 0 : 1;
            });
        }
        case 'prior-year': {
            const { priorYearFindings } = await import('../query/prior-year.js');
            return withStore(args, async (store) => {
                const findings = await priorYearFindings(store, filter);
                io.stdout(format === 'json' ? json(findings) : `${formats.formatPriorYear(findings).join('\n')}\n`);
                return findings.length > 0 ? 1 : 0;
            });
        }
        case 'documents':
            return withStore(args, async (store) => {
                const documents = await store.listDocuments(filter);
                io.stdout(format === 'json' ? json(documents) : formats.formatDocuments(documents));
                return documents.length > 0 ? 0 : 1;
            });
        case 'failures':
            return withStore(args, async (store) => {
                const failures = await store.listFailures();
                io.stdout(format === 'json' ? json(failures) : formats.formatFailures(failures));
                return 0;
            });
        case 'sql': {
            const sql = rest.join(' ');
            if (sql.trim() === '')
                throw new UsageError('query sql 需要一条 SELECT 语句 / query sql needs a SELECT statement');
            return withStore(args, async (store) => {
                const rows = await store.query(sql);
                io.stdout(format === 'json' ? json(rows) : formats.formatRows(rows));
                return rows.length > 0 ? 0 : 1;
            });
        }
        default:
            throw new UsageError(`未知查询 ${what ?? '（空）'}（可用 code、prior-year、documents、failures、sql） / unknown query ${what ?? '(none)'} (code, prior-year, documents, failures, sql)`);
    }
}
/** `export --db … [--department] [--region] [--year] [--phase]` without files: stored documents. */
export async function exportStored(args, io) {
    const { exportStoredCommand } = await import('./export.js');
    const { storedTables } = await import('../query/stored-tables.js');
    const filter = {
        department: args.department ?? undefined,
        region: args.region ?? undefined,
        year: args.year ?? undefined,
        phase: args.phase ?? undefined,
    };
    return exportStoredCommand(args.format, args.out, () => withStore(args, (store) => storedTables(store, filter)), io);
}
//# sourceMappingURL=compare.js.map