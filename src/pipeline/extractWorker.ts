// Extraction worker thread: receives loader inputs, answers with plain outcomes, one at a time.
import { parentPort } from 'node:worker_threads';
import { extractSource } from './extractSource.ts';
import type { WorkerReply, WorkerRequest } from './extractPoolMessages.ts';

if (!parentPort) throw new Error('extractWorker.ts runs only as a worker thread');
const port = parentPort;

port.on('message', (request: WorkerRequest) => {
  const reply: WorkerReply = { kind: 'outcome', seq: request.seq, outcome: extractSource(request.source, request.prepare) };
  port.postMessage(reply);
});

// Tells the pool that the modules loaded: a worker that dies before this could not start at all.
port.postMessage({ kind: 'ready' } satisfies WorkerReply);
