import { resolveConfig, type ResolvedConfig, type SsotConfigInput } from '../../src/config/index.js';
import { findContext } from '../../src/analysis/context.js';
import { applyEdits, planSiteEdits, rewriteBlocker, type SiteRewrite } from '../../src/analysis/edits.js';
import { analyzeFile } from '../../src/analysis/file-analysis.js';
import { isInsideFunction } from '../../src/analysis/context.js';
import { parseFile } from '../../src/analysis/parse.js';

/** Rewrites every rewritable site of `code` the way the codemod does (all at once). */
export function rewriteAll(code: string, filePath = '/repo/src/file.ts', overrides: SsotConfigInput = {}): { output: string; manual: string[] } {
  const config: ResolvedConfig = resolveConfig(overrides, '/repo');
  const input = parseFile(code, filePath);
  const { sites } = analyzeFile(input, config);
  const rewrites: SiteRewrite[] = [];
  const manual: string[] = [];
  for (const site of sites) {
    const blocker = rewriteBlocker(site, input, config);
    if (blocker) {
      manual.push(blocker);
      continue;
    }
    const decision = findContext(site.node, input, config);
    if (decision.kind === 'found') rewrites.push({ site, replacement: 'context', context: decision.expression });
    else if (decision.kind === 'none' && isInsideFunction(site.node) && config.context.fallback === 'request-scope') rewrites.push({ site, replacement: 'fallback' });
    else manual.push(decision.kind);
  }
  return { output: applyEdits(code, planSiteEdits(input, rewrites, config, filePath)), manual };
}
