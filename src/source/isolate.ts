import { Worker } from 'node:worker_threads';
import type { AdapterInput, AdapterOutput } from '../adapters/adapter.js';
import type { WorkerReply, WorkerRequest } from '../adapters/worker.js';
import type { SourceFormat } from '../model/types.js';
import { InputError } from './errors.js';

/**
 * Read a binary file in a worker thread with a heap limit and a time budget: pdf.js and the zip and
 * XML parsers run on untrusted bytes, and a hang or an explosion there must end as a clean error.
 */
export function readIsolated(format: SourceFormat, input: AdapterInput): Promise<AdapterOutput> {
  const request: WorkerRequest = { ...input, format };
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('../adapters/worker.js', import.meta.url), {
      workerData: request,
      resourceLimits: { maxOldGenerationSizeMb: input.limits.memoryMb },
      stdout: true,
      stderr: true,
    });
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn();
      void worker.terminate();
    };
    const timer = setTimeout(
      () =>
        settle(() =>
          reject(
            new InputError(
              `读取超时（超过 ${input.limits.timeMs / 1000} 秒）`,
              `reading took longer than ${input.limits.timeMs / 1000} s`,
              input.file,
            ),
          ),
        ),
      input.limits.timeMs,
    );
    worker.once('message', (reply: WorkerReply) =>
      settle(() => (reply.ok ? resolve(reply.output) : reject(new InputError(reply.zh, reply.en, input.file)))),
    );
    worker.once('error', (error: Error & { code?: string }) =>
      settle(() =>
        reject(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new InputError(
                `读取所需内存超过上限（${input.limits.memoryMb} MB）`,
                `reading needs more memory than the limit (${input.limits.memoryMb} MB)`,
                input.file,
              )
            : new InputError(
                `文件已损坏或格式不正确（${error.message}）`,
                `the file is damaged or malformed (${error.message})`,
                input.file,
              ),
        ),
      ),
    );
    worker.once('exit', (code) =>
      settle(() =>
        reject(new InputError(`读取进程意外退出（${code}）`, `the reader stopped unexpectedly (${code})`, input.file)),
      ),
    );
  });
}
