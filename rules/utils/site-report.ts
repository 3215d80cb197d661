import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { configFromSettings, type ResolvedConfig } from '../../src/config/index.js';
import { findContext } from '../../src/analysis/context.js';
import { planSiteEdits, REQUIRE_USER_CONTEXT, type SiteRewrite } from '../../src/analysis/edits.js';
import { rewriteBlocker } from '../../src/analysis/rewrite-blockers.js';
import { analyzeFile, sitesIn } from '../../src/analysis/file-analysis.js';
import { noRequestScope } from '../../src/analysis/outside-requests.js';
import { isAccessorGetter } from '../../src/analysis/names.js';
import { planSharedAcquisitions } from '../../src/analysis/shared-acquisition.js';
import { detectStyle } from '../../src/analysis/text-style.js';
import type { AnalysisInput, ContextDecision, FactorySite } from '../../src/analysis/types.js';

export type SiteMessageIds = 'site' | 'moduleScope' | 'reference' | 'mocked' | 'manual' | 'useContext' | 'useFallback';

/** The config the rules run with: `settings.ssot` (same shape as ssot.config.json), resolved once. */
export function ruleConfig(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): ResolvedConfig {
  return configFromSettings(context.settings, context.cwd);
}

/**
 * One site's fix. Each fix plans the imports for its own site only, so two fixes applied in the
 * same `--fix` pass would each keep the getter's import for the other, and the last one would
 * never remove it. Every fix therefore spans the getter's import (rewriting it as it is when its
 * own edits do not reach it): ESLint applies overlapping fixes one per pass, so each sees the
 * file as the previous one left it, and the fix of the last use removes the import.
 */
function fixFor(input: AnalysisInput, rewrite: SiteRewrite, config: ResolvedConfig, filename: string): TSESLint.ReportFixFunction {
  const edits = planSiteEdits(input, sharingWith(input, rewrite, config, filename), config, filename);
  const binding = analyzeFile(input, config).bindings.uses.find((use) => (use.call ?? use.expression) === rewrite.site.node)?.binding;
  const declaration = binding && binding.via !== 'local' ? binding.declaration : undefined;
  if (declaration && !edits.some((edit) => edit.range[0] <= declaration.range[1] && declaration.range[0] <= edit.range[1])) {
    edits.push({ range: declaration.range, text: input.text.slice(declaration.range[0], declaration.range[1]) });
  }
  return (fixer) => edits.map((edit) => fixer.replaceTextRange([edit.range[0], edit.range[1]], edit.text));
}

interface Verdict {
  readonly blocker: string | undefined;
  readonly decision: ContextDecision;
}

const verdicts = new WeakMap<TSESTree.Program, ReadonlyMap<TSESTree.Node, Verdict>>();

/** Per site of the file: what stands in the way of rewriting it, and which context is in scope — once per parse, for every report and every fix. */
function siteVerdicts(input: AnalysisInput, config: ResolvedConfig, filename: string): ReadonlyMap<TSESTree.Node, Verdict> {
  let byNode = verdicts.get(input.ast);
  if (!byNode) {
    const computed = new Map<TSESTree.Node, Verdict>();
    for (const site of sitesIn(input, config, filename)) {
      if (site.kind === 'getter-call' || site.kind === 'construction') computed.set(site.node, { blocker: rewriteBlocker(site, input, config, filename), decision: findContext(site.node, input, config) });
    }
    verdicts.set(input.ast, (byNode = computed));
  }
  return byNode;
}

/** Every site of the file the rules fix on their own: one context in scope, nothing in the way. */
function autofixRewrites(input: AnalysisInput, config: ResolvedConfig, filename: string): SiteRewrite[] {
  const verdictOf = siteVerdicts(input, config, filename);
  const rewrites: SiteRewrite[] = [];
  for (const site of sitesIn(input, config, filename)) {
    const verdict = verdictOf.get(site.node);
    if (verdict && !verdict.blocker && verdict.decision.kind === 'found') rewrites.push({ site, replacement: 'context', context: verdict.decision.expression });
  }
  return rewrites;
}

/**
 * The rewrite with the other autofixes it shares an instance with (shared-acquisition.ts: the
 * sites of one factory in one function), so that the fix of any of them makes the whole change
 * migrate makes; the rest overlap it and fall away in the same pass. Suggestions stay one site each.
 */
function sharingWith(input: AnalysisInput, rewrite: SiteRewrite, config: ResolvedConfig, filename: string): SiteRewrite[] {
  if (rewrite.replacement !== 'context') return [rewrite];
  const all = autofixRewrites(input, config, filename);
  if (!all.some((r) => r.site.node === rewrite.site.node && r.context === rewrite.context)) return [rewrite];
  let groups = sharedGroups.get(input.ast);
  if (!groups) {
    const planned = all.map((r) => ({ site: r.site, creatorCall: '', context: r.context! }));
    groups = planSharedAcquisitions(input, planned, detectStyle(input.text, input.ast, filename)).map((s) => s.sites);
    sharedGroups.set(input.ast, groups);
  }
  const group = groups.find((sites) => sites.has(rewrite.site.node));
  return group ? all.filter((r) => group.has(r.site.node)) : [rewrite];
}

/** The autofixes' shared groups, once per parse: every site's fix asks. */
const sharedGroups = new WeakMap<TSESTree.Program, ReadonlyArray<ReadonlySet<TSESTree.Node>>>();

/**
 * Reports one getter call or direct construction the same way for both rules: an autofix
 * exactly when one context is in scope; suggestions (each candidate, and the request-scope
 * fallback) when there is none or several; nothing to apply at module scope, where the code
 * runs at import time, outside every request.
 */
export function reportSite(
  context: Readonly<TSESLint.RuleContext<SiteMessageIds, readonly unknown[]>>,
  site: FactorySite,
  config: ResolvedConfig,
  subject: string,
): void {
  const input = context.sourceCode as unknown as AnalysisInput;
  // A read hands out what it names (`ToolRegistry.shared`, an exported `agentManager`); a call returns it.
  const read = site.kind === 'getter-call' && isAccessorGetter(site.factory);
  const data = { subject, creator: site.factory.creator, getter: site.factory.getter, handsOut: read ? 'is' : 'returns', runs: read ? 'is read' : 'runs' };
  const loc = site.node.loc;
  if (site.kind === 'getter-mock' || site.kind === 'class-mock') {
    context.report({ loc, messageId: 'mocked', data });
    return;
  }
  // An accessor's write (`ToolRegistry.shared = r`) passes nothing around: say what it does instead.
  if (site.kind === 'getter-reference' && !isAccessorGetter(site.factory)) {
    context.report({ loc, messageId: 'reference', data });
    return;
  }
  const { blocker, decision } = siteVerdicts(input, config, context.filename).get(site.node) ?? { blocker: rewriteBlocker(site, input, config, context.filename), decision: findContext(site.node, input, config) };
  if (decision.kind === 'module-scope') {
    context.report({ loc, messageId: 'moduleScope', data });
    return;
  }
  if (blocker) {
    context.report({ loc, messageId: 'manual', data: { ...data, reason: blocker } });
    return;
  }
  const filename = context.filename;
  if (decision.kind === 'found') {
    context.report({ loc, messageId: 'site', data, fix: fixFor(input, { site, replacement: 'context', context: decision.expression }, config, filename) });
    return;
  }
  const candidates = decision.kind === 'ambiguous' ? decision.candidates : [];
  context.report({
    loc,
    messageId: 'site',
    data,
    suggest: [
      ...candidates.map((candidate) => ({
        messageId: 'useContext' as const,
        data: { ...data, context: candidate },
        fix: fixFor(input, { site, replacement: 'context', context: candidate }, config, filename),
      })),
      // No request scope to fall back on: a browser's module, a process listener, a start-up (outside-requests.ts).
      ...(noRequestScope(site.node, input, context.filename) !== undefined ? [] : [{
        messageId: 'useFallback' as const,
        data: { ...data, requireUserContext: REQUIRE_USER_CONTEXT },
        fix: fixFor(input, { site, replacement: 'fallback' }, config, filename),
      }]),
    ],
  });
}

/** The listener both site rules use: one analysis per file, report the sites this rule owns. */
export function siteListener(
  context: Readonly<TSESLint.RuleContext<SiteMessageIds, readonly unknown[]>>,
  owns: (site: FactorySite) => boolean,
  subject: (site: FactorySite) => string,
): TSESLint.RuleListener {
  const config = ruleConfig(context);
  return {
    Program() {
      for (const site of sitesIn(context.sourceCode as unknown as AnalysisInput, config, context.filename)) {
        if (owns(site)) reportSite(context, site, config, subject(site));
      }
    },
  };
}

export const SITE_SUGGESTION_MESSAGES = {
  useContext: 'Use {{creator}}({{context}}).',
  useFallback: 'Use {{creator}}({{requireUserContext}}()), the context of the current request scope.',
} as const;
