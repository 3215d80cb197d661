import rule from '../../rules/require-user-context.js';
import { ruleTester } from './rule-tester.js';

const imp = `import { createAgentInstanceFactory } from './factory';\n`;

ruleTester.run('require-user-context', rule, {
  valid: [
    `${imp}export const run = (userContext: UserExecutionContext) => createAgentInstanceFactory(userContext);`,
    `${imp}export const run = (req) => createAgentInstanceFactory(req.userContext);`,
    `${imp}import { requireUserContext } from 'ssot-kit/runtime';\nexport const run = () => createAgentInstanceFactory(requireUserContext());`,
    // a local function with the same name in an inner scope is not the creator
    `export function f() { const createAgentInstanceFactory = (x?: unknown) => x; return createAgentInstanceFactory(); }`,
  ],
  invalid: [
    { code: `${imp}export const run = () => createAgentInstanceFactory();`, output: null, errors: [{ messageId: 'missing', line: 2, column: 26 }] },
    { code: `${imp}createAgentInstanceFactory(undefined);`, output: null, errors: [{ messageId: 'placeholder', data: { creator: 'createAgentInstanceFactory', argument: 'undefined' } }] },
    { code: `${imp}createAgentInstanceFactory(null);`, output: null, errors: [{ messageId: 'placeholder' }] },
    { code: `${imp}createAgentInstanceFactory({});`, output: null, errors: [{ messageId: 'placeholder' }] },
    { code: `${imp}createAgentInstanceFactory('default');`, output: null, errors: [{ messageId: 'placeholder' }] },
    { code: `${imp}createAgentInstanceFactory(void 0);`, output: null, errors: [{ messageId: 'placeholder' }] },
    { code: `import * as f from './factory';\nf.createAgentInstanceFactory({} as UserExecutionContext);`, output: null, errors: [{ messageId: 'placeholder' }] },
    { filename: 'a.cjs', code: `const { createAgentInstanceFactory } = require('./factory');\ncreateAgentInstanceFactory();`, output: null, errors: [{ messageId: 'missing' }] },
    {
      code: `${imp}import { requireUserContext } from 'ssot-kit/runtime';\nexport const run = () => createAgentInstanceFactory(requireUserContext());`,
      options: [{ allowRequestScope: false }],
      output: null,
      errors: [{ messageId: 'requestScope' }],
    },
  ],
});
