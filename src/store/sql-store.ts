/** The Store interface over an engine: the SQL here is the same for DuckDB and PostgreSQL. */
import { hostname } from 'node:os';
import type { BudgetDocument, Finding, Phase } from '../model/types.js';
import { type DeletedDocument, deleteInSession } from './delete.js';
import type { Engine, Param, Session } from './engine.js';
import { MIGRATIONS, MIGRATIONS_TABLE, SCHEMA_VERSION } from './migrations.js';
import { putInSession } from './put.js';
import { type BatchItem, putBatchInSession } from './put-batch.js';
import type {
  DocumentFilter,
  Failure,
  PutOptions,
  PutResult,
  QueryRow,
  RunCounts,
  Store,
  StoredDocument,
  WorkQueue,
} from './store.js';

export const DOCUMENT_COLUMNS =
  'd.id, d.sha256, d.title, d.department, d.region, d.level, d.year, d.phase, d.profile, d.source_file, d.version, d.errors, d.warnings, d.infos';

export function storedDocument(row: QueryRow): StoredDocument {
  const text = (v: unknown) => (v === null || v === undefined ? null : String(v));
  return {
    id: Number(row.id),
    sha256: String(row.sha256),
    title: String(row.title),
    department: text(row.department),
    region: text(row.region),
    level: text(row.level),
    year: row.year === null ? null : Number(row.year),
    phase: String(row.phase) as Phase,
    profile: String(row.profile),
    sourceFile: String(row.source_file),
    version: Number(row.version),
    errors: Number(row.errors),
    warnings: Number(row.warnings),
    infos: Number(row.infos),
  };
}

export class SqlStore implements Store {
  readonly queue: WorkQueue | null;

  constructor(private readonly engine: Engine) {
    this.queue = engine.queue();
  }

  get dialect() {
    return this.engine.dialect;
  }

  get location() {
    return this.engine.location;
  }

  async migrate(): Promise<number> {
    return this.engine.exclusive(async () => {
      await this.engine.transaction((s) => s.run(MIGRATIONS_TABLE));
      const applied = new Set(
        (await this.engine.transaction((s) => s.all('SELECT version FROM schema_migrations'))).map((r) => Number(r.version)),
      );
      for (const migration of MIGRATIONS) {
        if (applied.has(migration.version)) continue;
        await this.engine.transaction(async (s) => {
          for (const statement of migration.statements(this.engine.dialect)) await s.run(statement);
          await migration.backfill?.(s);
          await s.run('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, CURRENT_TIMESTAMP)', [
            migration.version,
            migration.name,
          ]);
        });
      }
      return SCHEMA_VERSION;
    });
  }

  async hasDocument(sha256: string): Promise<StoredDocument | null> {
    const rows = await this.engine.readOnly(
      `SELECT ${DOCUMENT_COLUMNS} FROM document_files f JOIN documents d ON d.id = f.document_id WHERE f.sha256 = $1`,
      [sha256],
    );
    return rows[0] ? storedDocument(rows[0]) : null;
  }

  putDocument(doc: BudgetDocument, findings: Finding[], options: PutOptions): Promise<PutResult> {
    return this.engine.transaction((s) => putInSession(s, doc, findings, options));
  }

  putDocuments(items: BatchItem[]): Promise<PutResult[]> {
    return this.engine.transaction((s) => putBatchInSession(s, items));
  }

  deleteDocument(id: number): Promise<DeletedDocument | null> {
    return this.engine.transaction((s) => deleteInSession(s, id));
  }

  recordFailure(failure: Failure): Promise<void> {
    return this.engine.transaction((s) => insertFailure(s, failure));
  }

  async listDocuments(filter: DocumentFilter = {}): Promise<StoredDocument[]> {
    const where: string[] = [];
    const params: Param[] = [];
    for (const [column, value] of Object.entries(filter)) {
      if (value === undefined) continue;
      params.push(value);
      where.push(`d.${column} = $${params.length}`);
    }
    const clause = where.length > 0 ? ` WHERE ${where.join(' AND ')}` : '';
    const rows = await this.engine.readOnly(`SELECT ${DOCUMENT_COLUMNS} FROM documents d${clause} ORDER BY d.id`, params);
    return rows.map(storedDocument);
  }

  async listFailures(): Promise<Array<Failure & { failedAt: string }>> {
    const rows = await this.engine.readOnly(
      'SELECT run_id, file, sha256, reason_zh, reason_en, CAST(failed_at AS TEXT) AS failed_at FROM failures ORDER BY id',
    );
    return rows.map((r) => ({
      file: String(r.file),
      sha256: r.sha256 === null ? null : String(r.sha256),
      zh: String(r.reason_zh),
      en: String(r.reason_en),
      runId: r.run_id === null ? null : Number(r.run_id),
      failedAt: String(r.failed_at),
    }));
  }

  startRun(jobs: number): Promise<number> {
    return this.engine.transaction(async (s) => {
      const [row] = await s.all("SELECT nextval('run_ids') AS id");
      const id = Number(row?.id);
      await s.run('INSERT INTO ingest_runs (id, started_at, host, pid, jobs) VALUES ($1, CURRENT_TIMESTAMP, $2, $3, $4)', [
        id,
        hostname(),
        process.pid,
        jobs,
      ]);
      return id;
    });
  }

  finishRun(id: number, counts: RunCounts): Promise<void> {
    return this.engine.transaction((s) =>
      s.run(
        'UPDATE ingest_runs SET finished_at = CURRENT_TIMESTAMP, files = $2, stored = $3, skipped = $4, failed = $5 WHERE id = $1',
        [id, counts.files, counts.stored, counts.skipped, counts.failed],
      ),
    );
  }

  query(sql: string, params: Param[] = []): Promise<QueryRow[]> {
    return this.engine.readOnly(sql, params);
  }

  close(): Promise<void> {
    return this.engine.close();
  }
}

/** A failure row, in the caller's transaction (the queue records it with its claim). */
export async function insertFailure(s: Session, failure: Failure): Promise<void> {
  const [row] = await s.all("SELECT nextval('failure_ids') AS id");
  await s.run(
    'INSERT INTO failures (id, run_id, file, sha256, reason_zh, reason_en, failed_at) VALUES ($1, $2, $3, $4, $5, $6, CURRENT_TIMESTAMP)',
    [Number(row?.id), failure.runId ?? null, failure.file, failure.sha256, failure.zh, failure.en],
  );
}
