import { describe, expect, it } from 'vitest';
import { refusedEntries } from '../../src/init/refused-entries.js';

describe('refusedEntries: what init --write would add that the config refuses', () => {
  it('names each new entry the validation refuses, and only new ones', () => {
    const config = {
      factories: [
        { getter: 'getPool', creator: 'createPool', class: 'Pool' },
        // a getter named as a class is (crowd.dev's QUEUE_CLIENT, before init named its class QueueClient)
        { getter: 'QUEUE_CLIENT', creator: 'createQUEUE_CLIENT', class: 'QUEUE_CLIENT' },
        { getter: 'getQueue', creator: 'createQueue', class: 'Queue' },
        // the class of an entry already written
        { getter: 'getOtherPool', creator: 'createOtherPool', class: 'Pool' },
      ],
    };
    const refused = refusedEntries(config, 1);
    expect([...refused.keys()]).toEqual([1, 3]);
    expect(refused.get(1)).toMatch(/QUEUE_CLIENT is already .*getter/);
    expect(refused.get(3)).toMatch(/Pool is already factories\[0\]\.class/);
  });

  it('refuses nothing in a config that loads, and leaves faults of the file as it was to loading', () => {
    expect(refusedEntries({ factories: [{ getter: 'getPool', creator: 'createPool', class: 'Pool' }] }, 0).size).toBe(0);
    expect(refusedEntries({ factories: [{ getter: 'getA', creator: 'createA', class: 'A' }, { getter: 'getB', creator: 'createB', class: 'A' }] }, 2).size).toBe(0);
  });
});
