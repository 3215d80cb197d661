import { describe, expect, it } from 'vitest';
import plugin from '../../rules/index.js';

// The gate's parser stops ESLint's traversal at the Program node (fast-parser.ts,
// PROGRAM_ONLY_KEYS): the rules walk the AST themselves. A rule that listened to any other
// node would then never be called for it, and the gate would miss its findings without a word.
describe('the plugin\'s rules listen to Program alone', () => {
  for (const [name, rule] of Object.entries(plugin.rules)) {
    it(name, () => {
      const context = { settings: {}, cwd: '/repo', filename: '/repo/src/x.ts', options: [], sourceCode: {}, report: () => {} };
      const listeners = (rule as unknown as { create: (c: unknown) => Record<string, unknown> }).create(context);
      expect(Object.keys(listeners).filter((key) => key !== 'Program' && key !== 'Program:exit')).toEqual([]);
    });
  }
});
