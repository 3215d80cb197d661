import { chmodSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/atomic-write.js';
import { scratchCopy } from '../check/helpers.js';

describe('writeFileAtomic', () => {
  it('rewrites the file a symlink points to, and the link stays a link', () => {
    const dir = scratchCopy(undefined, 'atomic-link');
    mkdirSync(join(dir, 'shared'));
    writeFileSync(join(dir, 'shared/factory.ts'), 'old\n');
    symlinkSync('shared/factory.ts', join(dir, 'factory.ts'));
    writeFileAtomic(join(dir, 'factory.ts'), 'new\n');
    expect(lstatSync(join(dir, 'factory.ts')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, 'factory.ts'))).toBe('shared/factory.ts');
    expect(readFileSync(join(dir, 'shared/factory.ts'), 'utf8')).toBe('new\n');
    expect(readdirSync(join(dir, 'shared'))).toEqual(['factory.ts']);
  });

  it('keeps the mode exactly, whatever the umask', () => {
    const dir = scratchCopy(undefined, 'atomic-mode');
    const file = join(dir, 'cli.js');
    writeFileSync(file, '#!/usr/bin/env node\n');
    chmodSync(file, 0o775);
    const umask = process.umask(0o077);
    try {
      writeFileAtomic(file, '#!/usr/bin/env node\nrun();\n');
    } finally {
      process.umask(umask);
    }
    expect(statSync(file).mode & 0o7777).toBe(0o775);
    expect(readFileSync(file, 'utf8')).toBe('#!/usr/bin/env node\nrun();\n');
  });
});
