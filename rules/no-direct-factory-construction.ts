import { createRule } from './utils/create-rule.js';
import { SITE_SUGGESTION_MESSAGES, siteListener, type SiteMessageIds } from './utils/site-report.js';

export default createRule<[], SiteMessageIds>({
  name: 'no-direct-factory-construction',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow constructing the factory class outside its own module: use the per-request creator',
      recommended: true,
    },
    fixable: 'code',
    // Suggestions are reported by the shared reportSite() in site-report.ts, out of this plugin's sight.
    // eslint-disable-next-line eslint-plugin/require-meta-has-suggestions
    hasSuggestions: true,
    schema: [],
    messages: {
      site: 'new {{subject}}(…) builds a factory that is bound to no user. Use {{creator}}(<user context>) so the factory belongs to this request\'s user.',
      moduleScope: 'new {{subject}}(…) at module scope builds one factory for every user at import time. Create it per request with {{creator}}(<user context>) instead.',
      reference: '{{subject}} should not be passed around as a constructor; use {{creator}}(<user context>).',
      mocked: 'This test double replaces {{subject}}, which the migrated code no longer constructs: mock {{creator}} instead, or the test stops intercepting the factory.',
      manual: 'new {{subject}}(…) builds a factory that is bound to no user. Replace it with {{creator}}(<user context>) by hand: {{reason}}.',
      ...SITE_SUGGESTION_MESSAGES,
    },
  },
  defaultOptions: [],
  create(context) {
    return siteListener(context, (site) => site.kind === 'construction' || site.kind === 'class-mock', (site) => site.factory.class);
  },
});
