// Extraction workers started before there is anything to extract (while the inputs are found and
// the store opens), for the next pool to take over.
import type { Worker } from 'node:worker_threads';
import { extractWorkerScript, startBundledWorker } from './extractPoolBundle.ts';
import type { WorkerReply } from './extractPoolMessages.ts';

/** A worker started ahead of time (see prestartExtractWorkers), not yet taken over by a pool. */
export interface SpareWorker {
  thread: Worker;
  ready: boolean;
  dead: boolean;
  release: () => void;
}

const spares: SpareWorker[] = [];

/**
 * Starts `count` bundled extraction workers now, so that their start-up (~0.12 s each: the
 * bundle's modules and lexicons) overlaps what the caller does before extracting, such as
 * finding the inputs and opening the store; the next extractInOrder takes them over. They do not keep the process
 * alive, and a pool that needs fewer ends the rest.
 */
export async function prestartExtractWorkers(count: number): Promise<void> {
  const script = await extractWorkerScript();
  if (script === undefined) return;
  while (spareWorkerCount() < count) {
    const thread = startBundledWorker(script);
    const spare: SpareWorker = { thread, ready: false, dead: false, release: () => {} };
    const onMessage = (reply: WorkerReply): void => {
      if (reply.kind === 'ready') spare.ready = true;
    };
    const onEnd = (): void => {
      spare.dead = true;
    };
    thread.on('message', onMessage).on('error', onEnd).on('exit', onEnd);
    // After the listeners: adding a 'message' listener refs the worker again (Node 20).
    thread.unref();
    spare.release = () => {
      thread.off('message', onMessage).off('error', onEnd).off('exit', onEnd);
      thread.ref();
    };
    spares.push(spare);
  }
}

/** Spare workers started and not yet taken over or ended (for tests). */
export function spareWorkerCount(): number {
  return spares.filter((spare) => !spare.dead).length;
}

/** A live spare worker, handed over with its listeners removed; dead ones are dropped. */
export function takeSpare(): SpareWorker | undefined {
  for (let spare = spares.shift(); spare; spare = spares.shift()) {
    if (spare.dead) continue;
    spare.release();
    return spare;
  }
  return undefined;
}

export async function endSpares(): Promise<void> {
  await Promise.all(spares.splice(0).map((spare) => spare.thread.terminate()));
}
