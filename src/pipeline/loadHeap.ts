// Collects the main thread's garbage between store batches.
// Why: every batch leaves rows, columns and query buffers that lived through the write (so V8
// promoted them), and V8, far below its heap limit, let ~20 MB a batch pile up to ~200 MB
// before a full collection. One full collection after a batch keeps the heap near 100 MB
// (-70 MB peak RSS on the 10k-article bench) for a few tens of ms per batch.
import v8 from 'node:v8';
import vm from 'node:vm';

/** Below this much heap in use a collection is not worth its time. */
const COLLECT_ABOVE_BYTES = 64 * 1024 * 1024;

let fullCollection: (() => void) | null | undefined;

function collector(): (() => void) | null {
  if (fullCollection === undefined) {
    try {
      // --expose-gc set at run time only shows `gc` in contexts created afterwards: this one.
      v8.setFlagsFromString('--expose-gc');
      const gc: unknown = vm.runInNewContext('typeof gc === "function" ? gc : null');
      fullCollection = typeof gc === 'function' ? (gc as () => void) : null;
    } catch {
      fullCollection = null;
    }
  }
  return fullCollection;
}

/** Runs a full collection when the heap holds enough for it to matter; a no-op where V8 refuses. */
export function collectGarbageBetweenBatches(): void {
  if (v8.getHeapStatistics().used_heap_size < COLLECT_ABOVE_BYTES) return;
  collector()?.();
}
