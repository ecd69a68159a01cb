/**
 * A pool of long-lived reader threads. Each thread reads many binary files (bytes → adapter →
 * blocks → recognised document), so pdf.js is compiled once per thread and its code warms up; a
 * file that breaks a limit (time, memory, a crash) ends only its own thread, which is replaced for
 * the next file: isolation stays per file. `check`, `extract`, the corpus tally and later `ingest`
 * and `serve` read through it.
 */
import type { Worker } from 'node:worker_threads';
import type { BudgetDocument } from '../model/types.js';
import { InputError } from './errors.js';
import type { Limits } from './limits.js';
import type { LoadedSource } from './load.js';
import { releaseOptimizingCompilers } from './optimizing-compilers.js';

/** One file for a reader thread: its bytes are moved (transferred), not copied. */
export interface ReadJob {
  source: LoadedSource;
  limits: Limits;
  debug: boolean;
}

/** A document with what the adapter saw, for `--debug-layout`. */
export interface ReadResult {
  doc: BudgetDocument;
  debug: string[];
}

/** What a reader thread answers: the document, an input problem (exit 2), or a defect of ours. */
export type PoolReply =
  | { kind: 'read'; result: ReadResult }
  | { kind: 'refused'; zh: string; en: string; details: string[] }
  | { kind: 'internal'; message: string };

interface Pending {
  job: ReadJob;
  resolve: (result: ReadResult) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  memoryMb: number;
  running: Pending | null;
  timer: NodeJS.Timeout | null;
}

/** `--jobs` when not given: one reader per core. */
export function defaultJobs(): number {
  return Math.max(1, process.getBuiltinModule('node:os').availableParallelism());
}

export class ReaderPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private closed = false;

  constructor(readonly size: number = defaultJobs()) {
    if (!Number.isInteger(size) || size < 1) throw new RangeError(`pool size ${size}`);
  }

  /** Read one file in a reader thread; rejects with an InputError when the file breaks a limit. */
  read(job: ReadJob): Promise<ReadResult> {
    if (this.closed) return Promise.reject(new Error('reader pool is closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ job, resolve, reject });
      this.dispatch();
    });
  }

  /** End every thread (pending reads are refused). */
  async close(): Promise<void> {
    this.closed = true;
    for (const pending of this.queue.splice(0)) pending.reject(new Error('reader pool is closed'));
    await Promise.all(this.slots.splice(0).map((slot) => this.end(slot)));
  }

  /** Threads started so far (the pool starts them only when files need them). */
  get threads(): number {
    return this.slots.length;
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const next = this.queue[0] as Pending;
      const memoryMb = next.job.limits.memoryMb;
      // A thread's heap limit is fixed when it starts: a file asking for another limit gets its own thread.
      let slot = this.slots.find((s) => s.running === null && s.memoryMb === memoryMb);
      if (!slot && this.slots.length >= this.size) {
        const idle = this.slots.find((s) => s.running === null);
        if (!idle) return;
        this.remove(idle);
      }
      slot ??= this.spawn(memoryMb);
      this.queue.shift();
      this.start(slot, next);
    }
  }

  private spawn(memoryMb: number): Slot {
    // A reader thread runs pdf.js for seconds: the optimizing compilers pay (the thread shares V8's flags).
    releaseOptimizingCompilers();
    // node:worker_threads is loaded with the first thread: a text file's check starts none.
    const { Worker } = process.getBuiltinModule('node:worker_threads');
    const worker = new Worker(new URL('./pool-worker.js', import.meta.url), {
      resourceLimits: { maxOldGenerationSizeMb: memoryMb },
      stdout: true,
      stderr: true,
    });
    const slot: Slot = { worker, memoryMb, running: null, timer: null };
    worker.on('message', (reply: PoolReply) => this.finish(slot, reply));
    worker.on('error', (error: Error & { code?: string }) => this.fail(slot, (file) => crashError(error, memoryMb, file)));
    worker.on('exit', (code) =>
      this.fail(slot, (file) => new InputError(`读取进程意外退出（${code}）`, `the reader stopped unexpectedly (${code})`, file)),
    );
    worker.unref();
    this.slots.push(slot);
    return slot;
  }

  private start(slot: Slot, pending: Pending): void {
    const { job } = pending;
    slot.running = pending;
    slot.worker.ref();
    const seconds = job.limits.timeMs / 1000;
    slot.timer = setTimeout(
      () =>
        this.fail(
          slot,
          (file) => new InputError(`读取超时（超过 ${seconds} 秒）`, `reading took longer than ${seconds} s`, file),
        ),
      job.limits.timeMs,
    );
    const bytes = ownBuffer(job.source.bytes);
    slot.worker.postMessage({ ...job, source: { ...job.source, bytes } }, [bytes.buffer as ArrayBuffer]);
  }

  private finish(slot: Slot, reply: PoolReply): void {
    const pending = slot.running;
    if (!pending) return;
    this.settle(slot);
    const file = pending.job.source.file;
    if (reply.kind === 'read') pending.resolve(reply.result);
    else if (reply.kind === 'refused') {
      const error = new InputError(reply.zh, reply.en, file);
      error.details = reply.details;
      pending.reject(error);
    } else pending.reject(new Error(reply.message));
    this.dispatch();
  }

  /** The thread broke a limit or died: its file fails, the thread goes, the next file gets a new one. */
  private fail(slot: Slot, error: (file: string) => Error): void {
    if (!this.slots.includes(slot)) return;
    const pending = slot.running;
    this.settle(slot);
    this.remove(slot);
    pending?.reject(error(pending.job.source.file));
    this.dispatch();
  }

  private settle(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.running = null;
    slot.worker.unref();
  }

  private remove(slot: Slot): void {
    const at = this.slots.indexOf(slot);
    if (at >= 0) this.slots.splice(at, 1);
    void this.end(slot);
  }

  private async end(slot: Slot): Promise<void> {
    slot.worker.removeAllListeners('exit');
    slot.worker.removeAllListeners('error');
    slot.worker.on('error', () => {});
    await slot.worker.terminate();
  }
}

/**
 * Bytes the worker can take over: a plain array owning its whole memory. A Node Buffer is copied,
 * since Node 22 marks the memory behind Buffers (its pool, and files read into Buffers) as not
 * transferable (DataCloneError), and a view into a larger buffer would hand over the rest too.
 */
function ownBuffer(bytes: Uint8Array): Uint8Array {
  const own = !Buffer.isBuffer(bytes) && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  return own ? bytes : new Uint8Array(bytes);
}

function crashError(error: Error & { code?: string }, memoryMb: number, file: string): InputError {
  if (error.code === 'ERR_WORKER_OUT_OF_MEMORY')
    return new InputError(
      `读取所需内存超过上限（${memoryMb} MB）`,
      `reading needs more memory than the limit (${memoryMb} MB)`,
      file,
    );
  return new InputError(
    `文件已损坏或格式不正确（${error.message}）`,
    `the file is damaged or malformed (${error.message})`,
    file,
  );
}

let shared: ReaderPool | null = null;

/**
 * The pool `readDocument` uses when none is given. Idle threads do not keep the process alive, and
 * when nothing else does, the pool ends them itself: a thread left for Node to tear down while the
 * process exits once ended Node 22 with a FATAL ERROR.
 */
export function sharedPool(): ReaderPool {
  if (!shared) {
    const pool = new ReaderPool();
    shared = pool;
    process.once('beforeExit', () => {
      if (shared === pool) shared = null;
      void pool.close();
    });
  }
  return shared;
}
