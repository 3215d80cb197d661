import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { generateRepo } from '../../bench/generate-repo.js';
import { runCheck } from '../../src/check/run-check.js';
import { eventsFromThread, scanFiles, scanInThread, type ScanEvent, type ScanRequest } from '../../src/check/scan.js';
import { loadConfig, resolveConfig } from '../../src/config/index.js';
import { RULES_FIXTURE, scratchCopy } from './helpers.js';

async function collect(events: AsyncIterable<ScanEvent>): Promise<{ files: number; kept: string[]; texts: number; unreadable: string[] }> {
  let files = -1;
  const kept: string[] = [];
  const unreadable: string[] = [];
  let texts = 0;
  for await (const event of events) {
    if (event.type === 'discovered') files = event.files;
    else {
      for (const c of event.candidates) {
        kept.push(c.displayPath);
        texts += c.text.length;
      }
      unreadable.push(...event.unreadable.map((u) => u.displayPath));
    }
  }
  return { files, kept, texts, unreadable };
}

/** A thread that posts what `script` says, then behaves as told. */
function thread(script: string): Worker {
  return new Worker(`const { parentPort } = require('node:worker_threads');\n${script}`, { eval: true });
}

describe('scanning files', () => {
  it('finds, reads and keeps the same files in a thread of its own as in this one', async () => {
    const repo = generateRepo(scratchCopy(undefined, 'scan'), { files: 700, seed: 5 });
    const config = loadConfig({ cwd: repo.root });
    const requests: ScanRequest[] = [
      { config, cwd: repo.root, keep: 'finding' },
      { config, cwd: repo.root, keep: 'factory-site' },
      { config, cwd: repo.root, keep: 'all', shard: { index: 2, count: 3 } },
      { config, cwd: repo.root, keep: 'finding', paths: ['src/services'] },
      { config, cwd: repo.root, keep: 'factory-site', only: 'production', checkUtf8: true },
      { config, cwd: repo.root, keep: 'all', only: 'tests' },
    ];
    for (const request of requests) {
      const here = await collect(scanFiles(request));
      const there = await collect(scanInThread(request));
      expect(there).toEqual(here);
      expect(here.files).toBeGreaterThan(0);
    }
    const all = await collect(scanFiles({ config, cwd: repo.root, keep: 'all' }));
    const findings = await collect(scanFiles({ config, cwd: repo.root, keep: 'finding' }));
    expect(all.kept).toHaveLength(700);
    expect(findings.kept.length).toBeGreaterThan(repo.siteFiles);
    expect(findings.kept.length).toBeLessThan(200);
    const tests = await collect(scanFiles({ config, cwd: repo.root, keep: 'all', only: 'tests' }));
    const production = await collect(scanFiles({ config, cwd: repo.root, keep: 'all', only: 'production' }));
    expect(tests.files + production.files).toBe(700);
    expect(tests.kept.every((file) => file.startsWith('test/'))).toBe(true);
  });

  it('marks a kept file whose bytes are not UTF-8, when asked', async () => {
    const dir = scratchCopy(undefined, 'scan-utf8');
    writeFileSync(join(dir, 'latin1.ts'), Buffer.from('// caf\xe9\nexport const f = () => getAgentInstanceFactory();\n', 'latin1'));
    writeFileSync(join(dir, 'utf8.ts'), '// café\nexport const f = () => getAgentInstanceFactory();\n');
    const config = resolveConfig({ include: ['*.ts'] }, dir);
    const kept = async (checkUtf8: boolean) => {
      const marks: Record<string, boolean> = {};
      for await (const event of scanFiles({ config, cwd: dir, keep: 'factory-site', checkUtf8 })) {
        if (event.type === 'chunk') for (const c of event.candidates) marks[c.displayPath] = c.notUtf8 === true;
      }
      return marks;
    };
    expect(await kept(true)).toEqual({ 'latin1.ts': true, 'utf8.ts': false });
    expect(await kept(false)).toEqual({ 'latin1.ts': false, 'utf8.ts': false });
  });

  it('a thread that fails or exits before it is done rejects the scan; one that is done ends it', async () => {
    const events = (script: string) => collectRaw(eventsFromThread<{ type: string; n?: number }>(thread(script)));
    await expect(events("parentPort.postMessage({ type: 'x', n: 1 }); throw new Error('disk on fire');")).rejects.toThrow(/scan thread failed: disk on fire/);
    await expect(events("parentPort.postMessage({ type: 'x', n: 1 }); process.exit(3);")).rejects.toThrow(/exited with code 3/);
    await expect(events("parentPort.on('message', () => {}); for (let n = 1; n <= 3; n++) parentPort.postMessage({ type: 'x', n }); parentPort.postMessage({ type: 'done' });"))
      .resolves.toEqual([1, 2, 3]);
  });

  it('the gate reports the same with the scan in its own thread as in one thread', async () => {
    const config = loadConfig({ cwd: RULES_FIXTURE });
    expect(await runCheck({ config, cwd: RULES_FIXTURE })).toEqual(await runCheck({ config, cwd: RULES_FIXTURE, workers: 0 }));
  });
});

async function collectRaw(events: AsyncIterable<{ n?: number }>): Promise<Array<number | undefined>> {
  const out: Array<number | undefined> = [];
  for await (const event of events) out.push(event.n);
  return out;
}
