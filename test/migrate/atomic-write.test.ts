import { chmodSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic, writeFileAtomicSoon } from '../../src/atomic-write.js';
import { scratchCopy } from '../check/helpers.js';

const writers: ReadonlyArray<readonly [string, (file: string, data: string) => void | Promise<void>]> = [
  ['writeFileAtomic', writeFileAtomic],
  ['writeFileAtomicSoon', writeFileAtomicSoon],
];

describe.each(writers)('%s', (name, write) => {
  it('rewrites the file a symlink points to, and the link stays a link', async () => {
    const dir = scratchCopy(undefined, `atomic-link-${name}`);
    mkdirSync(join(dir, 'shared'));
    writeFileSync(join(dir, 'shared/factory.ts'), 'old\n');
    symlinkSync('shared/factory.ts', join(dir, 'factory.ts'));
    await write(join(dir, 'factory.ts'), 'new\n');
    expect(lstatSync(join(dir, 'factory.ts')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, 'factory.ts'))).toBe('shared/factory.ts');
    expect(readFileSync(join(dir, 'shared/factory.ts'), 'utf8')).toBe('new\n');
    expect(readdirSync(join(dir, 'shared'))).toEqual(['factory.ts']);
  });

  it('keeps the mode exactly, whatever the umask', async () => {
    const dir = scratchCopy(undefined, `atomic-mode-${name}`);
    const file = join(dir, 'cli.js');
    writeFileSync(file, '#!/usr/bin/env node\n');
    chmodSync(file, 0o775);
    const umask = process.umask(0o077);
    try {
      await write(file, '#!/usr/bin/env node\nrun();\n');
    } finally {
      process.umask(umask);
    }
    expect(statSync(file).mode & 0o7777).toBe(0o775);
    expect(readFileSync(file, 'utf8')).toBe('#!/usr/bin/env node\nrun();\n');
  });

  it('fails where it cannot write, and leaves nothing behind', async () => {
    const dir = scratchCopy(undefined, `atomic-missing-${name}`);
    await expect(async () => write(join(dir, 'gone/factory.ts'), 'new\n')).rejects.toThrow(/ENOENT/);
    expect(readdirSync(dir).filter((entry) => entry.endsWith('.tmp'))).toEqual([]);
  });
});

describe('writeFileAtomicSoon', () => {
  it('writes many files at once, each whole, with no temporary file left', async () => {
    const dir = scratchCopy(undefined, 'atomic-many');
    const files = Array.from({ length: 40 }, (_, i) => join(dir, `f${i}.ts`));
    for (const file of files) writeFileSync(file, 'old\n');
    await Promise.all(files.map((file, i) => writeFileAtomicSoon(file, `export const n = ${i};\n`.repeat(200))));
    files.forEach((file, i) => expect(readFileSync(file, 'utf8')).toBe(`export const n = ${i};\n`.repeat(200)));
    expect(readdirSync(dir).filter((entry) => entry.endsWith('.tmp'))).toEqual([]);
  });
});
