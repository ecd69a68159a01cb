/** Runs one format adapter in a worker thread, so a hostile file cannot hang or exhaust the caller. */
import { parentPort, workerData } from 'node:worker_threads';
import type { SourceFormat } from '../model/types.js';
import { InputError } from '../source/errors.js';
import type { AdapterInput } from './adapter.js';
import { adapterFor } from './registry.js';

export interface WorkerRequest extends AdapterInput {
  format: SourceFormat;
}

export type WorkerReply =
  | { ok: true; output: import('./adapter.js').AdapterOutput }
  | { ok: false; zh: string; en: string; detail?: string };

async function main(): Promise<void> {
  const request = workerData as WorkerRequest;
  let reply: WorkerReply;
  try {
    const adapter = await adapterFor(request.format);
    reply = { ok: true, output: await adapter.read(request) };
  } catch (error) {
    if (error instanceof InputError) reply = { ok: false, zh: error.zh, en: error.en };
    else {
      const detail = error instanceof Error ? error.message : String(error);
      reply = {
        ok: false,
        zh: `文件已损坏或格式不正确（${detail}）`,
        en: `the file is damaged or malformed (${detail})`,
        detail,
      };
    }
  }
  parentPort?.postMessage(reply);
}

void main();
