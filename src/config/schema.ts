import { z } from 'zod';

/**
 * The migration spec (`ssot.config.json`). Every key is optional; the defaults are the
 * values DESIGN.md shows, so the common case needs no file at all. Objects are strict:
 * a misspelt key is an error naming that key, not a silently ignored setting.
 */

const nonEmpty = z.string().min(1, 'must be a non-empty string');
const identifier = z
  .string()
  .regex(/^[A-Za-z_$][\w$]*$/, 'must be a JavaScript identifier');

const compilableRegExp = z.string().refine(
  (source) => {
    try {
      new RegExp(source);
      return true;
    } catch {
      return false;
    }
  },
  { message: 'must be a valid regular expression' },
);

export const DEFAULT_CONTEXT = {
  type: 'UserExecutionContext',
  names: ['userContext', 'ctx'],
  module: 'ssot-kit/runtime',
  fallback: 'request-scope',
} as const;

export const DEFAULT_FACTORIES = [
  { getter: 'getAgentInstanceFactory', creator: 'createAgentInstanceFactory', class: 'AgentInstanceFactory' },
];

// `QueueManager.getInstance`: a static method of the configured class.
const getterName = z
  .string()
  .regex(/^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)?$/, 'must be a JavaScript identifier, or Class.staticMethod');

export const factorySchema = z
  .strictObject({
    getter: getterName.describe('The legacy singleton getter: a function (getAgentInstanceFactory), or a static method or accessor of the class (AgentInstanceFactory.getInstance).'),
    creator: identifier.describe('The per-request creator that replaces it, e.g. createAgentInstanceFactory.'),
    class: identifier.describe('The factory class, e.g. AgentInstanceFactory.'),
    accessor: z
      .boolean()
      .optional()
      .describe('The getter is read, not called: a static accessor (`static get instance()`: its sites read ToolRegistry.instance) or an instance the module exports (`export const agentManager = new AgentManager()`: its sites read agentManager).'),
    module: nonEmpty
      .optional()
      .describe('Import the creator from this module instead of the module the getter came from.'),
  })
  .refine((factory) => !factory.getter.includes('.') || factory.getter.startsWith(`${factory.class}.`), {
    path: ['getter'],
    message: 'a static getter must be a method of the factory class (class.staticMethod)',
  })
  .describe('One legacy getter and its per-request replacement.');

/**
 * Sites are matched by name, so a name stands in one entry only: two getters of one class would
 * leave `new CacheService(…)` elsewhere to whichever entry came last (Portkey's six caches share
 * theirs), and a creator listed twice would be written twice.
 */
function eachNameOnce(factories: ReadonlyArray<z.output<typeof factorySchema>>, context: z.RefinementCtx): void {
  const seen = new Map<string, string>();
  factories.forEach((factory, index) => {
    for (const key of ['getter', 'creator', 'class'] as const) {
      const name = factory[key];
      const earlier = seen.get(name);
      if (earlier !== undefined) {
        context.addIssue({ code: 'custom', path: [index, key], message: `${name} is already ${earlier}: a name may stand in one entry only, or a site could not tell which creator replaces it` });
      } else seen.set(name, `factories[${index}].${key}`);
    }
  });
}

export const contextSchema = z
  .strictObject({
    type: identifier.default(DEFAULT_CONTEXT.type).describe('The type name of a user context binding.'),
    names: z
      .array(identifier)
      .min(1, 'must list at least one name')
      .default([...DEFAULT_CONTEXT.names])
      .describe('Binding names taken as the user context, in order of preference.'),
    module: nonEmpty
      .default(DEFAULT_CONTEXT.module)
      .describe('Where requireUserContext and the context type come from: a package, or a ./path relative to the config file.'),
    fallback: z
      .enum(['request-scope', 'manual'])
      .default(DEFAULT_CONTEXT.fallback)
      .describe('With no context in scope: rewrite to creator(requireUserContext()), or leave the site and list it.'),
  })
  .describe('How the user context is found and imported.');

/**
 * Where a repo's tests are, by the conventions of Jest, Vitest, Mocha, Jasmine and Playwright (NestJS'
 * `*.e2e-spec.ts` suites too, which it keeps beside the code as often as in `test/`), and
 * the suites named for their kind (`react-tests/`, `tests-e2e/` in Cloudflare's agents; Nx's
 * `api-e2e/` projects), and the helpers they share (`test-utils/`, `test-helpers/`, the Inngest SDK's
 * `test-harness/` package, which starts a dev server for its suites), and benchmark suites, which
 * measure the code as tests exercise it (ioredis' `benchmarks/` connect in `before()`; Vitest's
 * `*.bench.ts`).
 */
export const TEST_GLOBS: readonly string[] = [
  '**/*.test.*', '**/*.spec.*', '**/*.e2e-spec.*', '**/*.e2e.*', '**/test/**', '**/tests/**', '**/spec/**', '**/e2e/**', '**/*-tests/**', '**/tests-*/**', '**/*-e2e/**', '**/__tests__/**', '**/__mocks__/**',
  '**/__fixtures__/**', '**/bench/**', '**/benchmark/**', '**/benchmarks/**', '**/*.bench.*', '**/test-utils/**', '**/test-helpers/**', '**/test-harness/**', '**/test-support/**', '**/{test-utils,testUtils,test-helpers,testHelpers,fixtures}.*', '**/{test,jest,vitest}{.,-}setup*.*', '**/setupTests.*', '**/global-{setup,teardown}.*',
  '**/bdd/**', '**/step_definitions/**', '**/*.steps.*', '**/.storybook/**', '**/*.stories.*', '**/cypress/**',
];

export const configSchema = z
  .strictObject({
    $schema: z.string().optional(),
    include: z
      .array(nonEmpty)
      .default(['src/**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}'])
      .describe('Globs of files to check and migrate, relative to the config file.'),
    // A minified bundle (a vendored `pdf.worker.min.mjs` under `public/`) is built, not written:
    // nobody migrates it, and its one line of megabytes cost the gate seconds and hundreds of MB.
    exclude: z.array(nonEmpty).default(['**/node_modules/**', 'dist/**', '**/*.min.{js,mjs,cjs}']).describe('Globs left out.'),
    tests: z
      .array(nonEmpty)
      // Test directories at any depth: a monorepo's are its packages' (`packages/x/test/`), and
      // Jest keeps tests and manual mocks in `__tests__/` and `__mocks__/` beside the code, and
      // its and Vitest's set-up files (`jest.setup.js`, Create React App's `setupTests.ts`, the
      // SvelteKit template's `vitest-setup-client.ts`, Angular's `test-setup.ts`, Playwright's and
      // Jest's `global-setup.ts`) polyfill and stub for the suites, beside the fixtures and helpers
      // they share (`__fixtures__/`, `test-utils/`, a `testUtils.ts` beside the code: Joplin's server;
      // a `fixtures.ts` that boots the server for the suites: HyperDX's API); Jasmine's suites and helpers live in `spec/`
      // (parse-server's); Cucumber's step definitions (`features/step_definitions/`, `login.steps.ts`,
      // a `bdd/` suite: AgentX's) keep a scenario's state in module variables between its steps; and
      // Storybook's stories and its `.storybook/` set-up and mocks (openai-agents-saas-starter's mock
      // queries keep a fixture account in a module variable) render components in a browser, for one developer;
      // so does Cypress, whose folder keeps its suites, support commands and the scripts that run them
      // (shopify-ai-marketing-suite's `cypress/scripts/run-tests.js` keeps the dev server's child process).
      .default(() => [...TEST_GLOBS])
      .describe('Globs that mark test files (for migrate --only; the holder rule looks past them).'),
    context: contextSchema.default({ ...DEFAULT_CONTEXT, names: [...DEFAULT_CONTEXT.names] }),
    factories: z
      .array(factorySchema)
      .min(1, 'must list at least one factory')
      .superRefine(eachNameOnce)
      .default(DEFAULT_FACTORIES.map((f) => ({ ...f })))
      .describe('The legacy getters and their per-request creators.'),
    singletonClasses: compilableRegExp
      .default('(Factory|Registry|Manager|Engine|Notifier)$')
      .describe('Class names whose eager module-level instances are singletons.'),
    allow: z
      .array(nonEmpty)
      .default([])
      .describe('Binding or class names that may stay module-lifetime (for example a stateless registry).'),
  })
  .describe('ssot-kit migration spec');

/** The config as written in ssot.config.json (every key optional). */
export type SsotConfigInput = z.input<typeof configSchema>;
/** The config with defaults applied. */
export type SsotConfig = z.output<typeof configSchema>;
export type FactorySpec = SsotConfig['factories'][number];
