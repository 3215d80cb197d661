import { analyzeFile } from '../src/analysis/file-analysis.js';
import { REQUIRE_USER_CONTEXT } from '../src/analysis/edits.js';
import type { AnalysisInput } from '../src/analysis/types.js';
import { unwrapExpression } from '../src/analysis/walk.js';
import { createRule } from './utils/create-rule.js';
import { ruleConfig } from './utils/site-report.js';

type Options = [{ allowRequestScope?: boolean }];

export default createRule<Options, 'missing' | 'placeholder' | 'requestScope'>({
  name: 'require-user-context',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require a real user context as the per-request creator\'s argument',
      recommended: true,
    },
    defaultOptions: [{ allowRequestScope: true }],
    schema: [
      {
        type: 'object',
        properties: {
          allowRequestScope: {
            type: 'boolean',
            description: 'Accept `requireUserContext()` (the request scope) as the context. `strict` turns this off.',
          },
        },
        additionalProperties: false,
      },
    ],
    messages: {
      missing: '{{creator}}() needs the user context it is for: {{creator}}(userContext). Without one the factory belongs to nobody.',
      placeholder: '{{creator}}({{argument}}) passes a placeholder, not a user context: every caller would share that "user". Pass the request\'s UserExecutionContext.',
      requestScope: '{{creator}}({{argument}}) reads the user from the ambient request scope. Pass the context explicitly from the caller that has it.',
    },
  },
  defaultOptions: [{ allowRequestScope: true }],
  create(context, [options]) {
    const config = ruleConfig(context);
    return {
      Program() {
        const input = context.sourceCode as unknown as AnalysisInput;
        for (const call of analyzeFile(input, config).creatorCalls) {
          const creator = call.factory.creator;
          const first = call.node.arguments[0];
          const argument = first ? context.sourceCode.getText(first) : '';
          if (call.problem === 'missing-context') context.report({ node: call.node, messageId: 'missing', data: { creator } });
          else if (call.problem === 'placeholder-context') context.report({ node: call.node, messageId: 'placeholder', data: { creator, argument } });
          else if (!options.allowRequestScope && first) {
            const arg = unwrapExpression(first);
            if (arg.type === 'CallExpression' && unwrapExpression(arg.callee).type === 'Identifier' && (unwrapExpression(arg.callee) as { name: string }).name === REQUIRE_USER_CONTEXT) {
              context.report({ node: call.node, messageId: 'requestScope', data: { creator, argument } });
            }
          }
        }
      },
    };
  },
});
