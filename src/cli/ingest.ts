/**
 * `budgetlens ingest <files|folders…> [--db …] [--jobs N] [--shared]`: every document checked and
 * stored, each once (by sha256), one transaction each; every file that fails recorded with its
 * reason. Exit 0 when everything is stored, 1 when a document of the run has error findings (as
 * `check`), 2 when a file could not be read or stored, or the database not opened.
 */

import { expandInputs } from '../ingest/files.js';
import { ingestLocal } from '../ingest/local.js';
import { progressPrinter, summaryText } from '../ingest/progress.js';
import type { IngestContext } from '../ingest/settle.js';
import { ingestShared } from '../ingest/shared.js';
import { ALL_PROFILES } from '../rules/profiles.js';
import { ReaderPool } from '../source/pool.js';
import { openStore, parseTarget } from '../store/open.js';
import type { CliArgs } from './args.js';
import { UsageError } from './args.js';
import type { CliIO } from './main.js';

export async function ingestCommand(args: CliArgs, io: CliIO): Promise<number> {
  if (args.files.length === 0) throw new UsageError('缺少要入库的文件或目录 / no file or folder to ingest');
  if (args.files.includes('-')) throw new UsageError('ingest 不读取标准输入 / ingest does not read standard input');
  if (args.profile && !ALL_PROFILES.some((p) => p.id === args.profile))
    throw new UsageError(`未知配置 ${args.profile} / unknown profile ${args.profile}`);
  const target = parseTarget(args.db);
  if (args.shared && target.dialect !== 'postgres')
    throw new UsageError('--shared 需要 PostgreSQL（--db postgres://…） / --shared needs PostgreSQL (--db postgres://…)');
  const files = expandInputs(args.files);
  const pool = new ReaderPool(args.jobs ?? undefined);
  const progress = progressPrinter(io.stderr, files.length, io.stderrIsTTY === true);
  // Opened while the first files are read (ingestLocal); a failure to open ends the run there.
  const opening = openStore(target, { connections: pool.size + 3 });
  const starting = opening.then(
    async (store): Promise<IngestContext> => ({
      store,
      runId: await store.startRun(pool.size),
      profile: args.profile,
      onFile: progress.onFile,
    }),
  );
  try {
    const shared = args.shared ? await starting : null;
    if (shared?.store.queue) await ingestShared(files, shared, shared.store.queue, { pool, group: args.group });
    else await ingestLocal(files, starting, { pool, group: args.group });
    const { store, runId } = await starting;
    const { tally } = progress;
    await store.finishRun(runId, { files: tally.files, stored: tally.stored, skipped: tally.skipped, failed: tally.failed });
    progress.clear();
    io.stdout(summaryText(tally, progress.seconds(), `${store.location} (${store.dialect})`));
    if (tally.failed > 0) return 2;
    return tally.withErrors > 0 ? 1 : 0;
  } finally {
    progress.clear();
    await pool.close();
    await (await opening.catch(() => null))?.close();
  }
}
