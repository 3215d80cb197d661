import { getHeapStatistics } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { garbageBudget } from '../../src/check/gc.js';

const used = () => getHeapStatistics().used_heap_size;

describe('the gate\'s garbage budget', () => {
  it('runs a full collection once the heap has grown past the budget, and not before', () => {
    const betweenFiles = garbageBudget();
    const start = used();
    const holder: { junk?: number[][] } = { junk: Array.from({ length: 8 }, () => new Array(100_000).fill(1)) }; // ~6 MB
    const withSmall = used();
    delete holder.junk;
    betweenFiles(); // under the budget: the dropped arrays stay until V8 wants them
    expect(used()).toBeGreaterThan(withSmall - 1_000_000);

    holder.junk = Array.from({ length: 80 }, () => new Array(100_000).fill(1)); // ~64 MB
    const grown = used();
    expect(grown).toBeGreaterThan(start + 60_000_000);
    delete holder.junk;
    betweenFiles(); // nothing allocated since dropping the arrays: only this call can free them
    expect(used()).toBeLessThan(grown - 50_000_000);
  });
});
