import { getterAcquisition } from '../src/analysis/names.js';
import type { FactorySite } from '../src/analysis/types.js';
import { createRule } from './utils/create-rule.js';
import { SITE_SUGGESTION_MESSAGES, siteListener, type SiteMessageIds } from './utils/site-report.js';

export default createRule<[], SiteMessageIds>({
  name: 'no-singleton-getter-call',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow the legacy singleton getter: it hands every user the same factory',
      recommended: true,
    },
    fixable: 'code',
    // Suggestions are reported by the shared reportSite() in site-report.ts, out of this plugin's sight.
    // eslint-disable-next-line eslint-plugin/require-meta-has-suggestions
    hasSuggestions: true,
    schema: [],
    messages: {
      site: '{{subject}} {{handsOut}} one factory shared by every user, so one user\'s state can reach another. Use {{creator}}(<user context>) to get a factory bound to this request\'s user.',
      moduleScope: '{{subject}} {{runs}} at import time, outside every request, and shares one factory with every user. Move it into the code that handles a request and use {{creator}}(<user context>) there.',
      reference: '{{subject}} is the shared-singleton getter; passing it around hands every caller the same factory. Call {{creator}}(<user context>) where a factory is needed instead.',
      mocked: 'This test double replaces {{subject}}, which the migrated code no longer calls: mock {{creator}} instead, or the test stops intercepting the factory.',
      manual: '{{subject}} {{handsOut}} one factory shared by every user. Replace it with {{creator}}(<user context>) by hand: {{reason}}.',
      ...SITE_SUGGESTION_MESSAGES,
    },
  },
  defaultOptions: [],
  create(context) {
    // A call reads `getX()`; an accessor's read (`"accessor": true`) is `ToolRegistry.instance` as it stands.
    const subject = (site: FactorySite) => (site.kind === 'getter-call' ? getterAcquisition(site.factory) : site.factory.getter);
    return siteListener(context, (site) => site.kind === 'getter-call' || site.kind === 'getter-reference' || site.kind === 'getter-mock', subject);
  },
});
