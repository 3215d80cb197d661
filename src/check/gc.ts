import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * How much garbage the gate lets pile up on V8's heap before it asks for a full collection.
 * Each linted file's AST, scopes and analysis outlive a few young-generation
 * collections, so they are promoted and die in the old generation, which V8 lets grow to
 * ~120 MB before collecting: on the 10,000-file bench repo that made 205 MB of peak RSS for
 * ~20 MB of live data. Collecting whenever the heap has grown by this much since the last
 * collection (every ~50 files there, ≈ 6 ms each) holds the peak near 160 MB at the same wall
 * time (`npm run bench`); the budget is in bytes, not files, so big files collect sooner.
 */
const GARBAGE_BUDGET_BYTES = 48 * 1024 * 1024;

let collect: (() => void) | null | undefined;

/**
 * V8's full garbage collection, or undefined where it cannot be had. `gc` is only exposed with
 * `--expose-gc`, which a CLI cannot pass to itself; set at run time, the flag applies to contexts
 * created afterwards, so a fresh context hands the function over.
 */
function fullCollection(): (() => void) | undefined {
  if (collect === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      const gc = runInNewContext('gc') as unknown;
      collect = typeof gc === 'function' ? (gc as () => void) : null;
    } catch {
      collect = null;
    }
  }
  return collect ?? undefined;
}

const heapUsed = () => getHeapStatistics().used_heap_size;

/** A check to call between files: it collects once the heap has grown by the budget. */
export function garbageBudget(): () => void {
  const gc = fullCollection();
  if (!gc) return () => {};
  let limit = heapUsed() + GARBAGE_BUDGET_BYTES;
  return () => {
    if (heapUsed() < limit) return;
    gc();
    limit = heapUsed() + GARBAGE_BUDGET_BYTES;
  };
}
