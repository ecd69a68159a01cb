/** `budgetlens serve`: start the web page and API, say where, and stop cleanly on Ctrl-C or SIGTERM. */
import { ServeConfigError, startServer } from '../server/serve.js';
import { StoreError } from '../store/errors.js';
import { DEFAULT_DB } from '../store/open.js';
import { type CliArgs, UsageError } from './args.js';
import type { CliIO } from './main.js';

export async function serveCommand(args: CliArgs, io: CliIO): Promise<number> {
  if (args.files.length > 0) throw new UsageError(`serve 不接受文件参数 / serve takes no files (${args.files.join(' ')})`);
  const host = args.host ?? '127.0.0.1';
  let running: Awaited<ReturnType<typeof startServer>>;
  try {
    running = await startServer({
      host,
      port: args.port ?? 8080,
      jobs: args.jobs ?? undefined,
      token: process.env.BUDGETLENS_TOKEN || null,
      db: args.db ?? DEFAULT_DB,
      uploads: args.uploads,
    });
  } catch (error) {
    if (error instanceof ServeConfigError) throw new UsageError(error.message);
    if (error instanceof StoreError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`无法在 ${host} 上启动服务（${message}） / cannot listen on ${host} (${message})\n`);
    return 2;
  }
  io.stdout(`BudgetLens 预算透镜: ${running.url}/  (API: ${running.url}/openapi.json; Ctrl-C 停止 / to stop)\n`);
  await new Promise<void>((done) => {
    process.once('SIGINT', done);
    process.once('SIGTERM', done);
  });
  await running.close();
  return 0;
}
