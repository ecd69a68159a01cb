/** A reader thread of the pool: reads file after file, each into a document, until it is ended. */
import { parentPort } from 'node:worker_threads';
import { readLoaded } from '../reader.js';
import { InputError } from './errors.js';
// pdf.js inflates image streams through DecompressionStream when there is one, and a thread ended
// (a file past its time limit) while such a stream is being set up aborts the whole process in
// Node's zlib cleanup ("close before init", Node 20 and 22). Without it pdf.js inflates in
// JavaScript, which a thread can be ended in the middle of.
Reflect.deleteProperty(globalThis, 'DecompressionStream');
Reflect.deleteProperty(globalThis, 'CompressionStream');
parentPort?.on('message', async (job) => {
    let reply;
    try {
        const source = {
            ...job.source,
            bytes: Buffer.from(job.source.bytes.buffer, job.source.bytes.byteOffset, job.source.bytes.byteLength),
        };
        reply = { kind: 'read', result: await readLoaded(source, job.limits, job.debug) };
    }
    catch (error) {
        if (error instanceof InputError)
            reply = { kind: 'refused', zh: error.zh, en: error.en, details: error.details };
        else
            reply = { kind: 'internal', message: error instanceof Error ? error.message : String(error) };
    }
    parentPort?.postMessage(reply);
});
//# sourceMappingURL=pool-worker.js.map