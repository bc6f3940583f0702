// A stand-in extraction worker for the pool tests: follows the pool's protocol, and dies on any
// input whose path contains "crash" (as a worker would on a native crash or out-of-memory).
import { parentPort } from 'node:worker_threads';

parentPort.on('message', ({ seq, source }) => {
  if (source.path.includes('crash')) process.exit(3);
  const input = source.path;
  parentPort.postMessage({ kind: 'outcome', seq, outcome: { ok: false, input, bytes: source.bytes, reason: `seen ${input}` } });
});
parentPort.postMessage({ kind: 'ready' });
