import { describe, expect, it } from 'vitest';
import { parse } from '@typescript-eslint/parser';
import type { TSESTree } from '@typescript-eslint/utils';
import { importSourceOf, packageSpecifier } from '../../src/analysis/import-sources.js';

describe('packageSpecifier: the package an import names, however Deno or a CDN spells it', () => {
  it('reads the package and its path out of npm: and jsr: specifiers and CDN URLs', () => {
    expect(packageSpecifier('npm:openai@4.20.1')).toBe('openai');
    expect(packageSpecifier('npm:@aws-sdk/client-s3@3/dist')).toBe('@aws-sdk/client-s3/dist');
    expect(packageSpecifier('jsr:@supabase/supabase-js@2')).toBe('@supabase/supabase-js');
    expect(packageSpecifier('https://esm.sh/openai@4.20.1')).toBe('openai');
    expect(packageSpecifier('https://esm.sh/@supabase/supabase-js@2')).toBe('@supabase/supabase-js');
    expect(packageSpecifier('https://esm.sh/stripe@14.21.0?target=deno')).toBe('stripe');
    expect(packageSpecifier('https://esm.sh/v135/openai@4')).toBe('openai');
    expect(packageSpecifier('https://cdn.jsdelivr.net/npm/ioredis@5/+esm')).toBe('ioredis');
    expect(packageSpecifier('https://cdn.skypack.dev/nanoid')).toBe('nanoid');
    expect(packageSpecifier('https://unpkg.com/lodash@4.17.21/debounce.js')).toBe('lodash/debounce.js');
  });

  it('leaves what names no npm package as it is', () => {
    expect(packageSpecifier('openai')).toBe('openai');
    expect(packageSpecifier('./db')).toBe('./db');
    expect(packageSpecifier('node:crypto')).toBe('node:crypto');
    expect(packageSpecifier('https://deno.land/std@0.168.0/http/server.ts')).toBe('https://deno.land/std@0.168.0/http/server.ts');
  });
});

describe('importSourceOf: where a module-level name comes from', () => {
  const program = (code: string) => parse(code, { range: true }) as unknown as TSESTree.Program;
  it('reads TypeScript\'s import-equals, exported or not, as an import of the package', () => {
    const ast = program("import OpenAI = require('openai');\nexport import Redis = require('npm:ioredis@5');\nimport Local = Namespace.Inner;\n");
    expect(importSourceOf(ast, 'OpenAI')).toBe('openai');
    expect(importSourceOf(ast, 'Redis')).toBe('ioredis');
    expect(importSourceOf(ast, 'Local')).toBeUndefined();
  });
});
