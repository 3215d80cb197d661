import type { TSESTree } from '@typescript-eslint/utils';
import type { ResolvedConfig } from '../config/index.js';
import { collectBindings, type FileBindings } from './bindings.js';
import { mockSites } from './mocks.js';
import { isOwnUnitTestConstruction } from './own-unit-test.js';
import { creatorCallsFromBindings, sitesFromBindings } from './sites.js';
import type { AnalysisInput, CreatorCall, FactorySite } from './types.js';

export interface FileAnalysis {
  readonly bindings: FileBindings;
  readonly sites: readonly FactorySite[];
  readonly creatorCalls: readonly CreatorCall[];
}

// Several rules (and the gate's compliance count) ask about the same parsed file; the answer
// is computed once per AST and config.
const cache = new WeakMap<TSESTree.Program, WeakMap<ResolvedConfig, FileAnalysis>>();

export function analyzeFile(input: AnalysisInput, config: ResolvedConfig): FileAnalysis {
  let byConfig = cache.get(input.ast);
  if (!byConfig) cache.set(input.ast, (byConfig = new WeakMap()));
  let analysis = byConfig.get(config);
  if (!analysis) {
    const bindings = collectBindings(input, config);
    const sites = [...sitesFromBindings(bindings), ...mockSites(input.ast, config)].sort((a, b) => a.node.range[0] - b.node.range[0]);
    analysis = { bindings, sites, creatorCalls: creatorCallsFromBindings(bindings) };
    byConfig.set(config, analysis);
  }
  return analysis;
}

/** The factory sites of the file at `filePath`: its analysis's sites, less a class's own unit test constructing it. */
export function sitesIn(input: AnalysisInput, config: ResolvedConfig, filePath: string): readonly FactorySite[] {
  return analyzeFile(input, config).sites.filter((site) => !isOwnUnitTestConstruction(site, filePath));
}
