import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT, scratchProject } from '../check/helpers.js';

// What the codemod writes — `import { requireUserContext } from 'ssot-kit/runtime'` — must
// compile and run in the projects it migrates, whatever their module setup. A CommonJS project
// (`"module": "commonjs"`, Flowise's server) resolves types the node10 way, which ignores
// package.json `exports`: without `typesVersions` every migrated file failed with TS2307.
const CONSUMER = "import { requireUserContext, runWithUserContext, createUserExecutionContext } from 'ssot-kit/runtime';\nimport type { UserExecutionContext } from 'ssot-kit/runtime';\nimport plugin from 'ssot-kit/eslint-plugin';\nimport { VERSION } from 'ssot-kit';\n\nconst alice: UserExecutionContext = createUserExecutionContext({ userId: 'alice', threadId: 't-1', runId: 'r-1' });\nexport const who: string = runWithUserContext(alice, () => requireUserContext().userId);\nexport const rules: number = Object.keys(plugin.rules).length;\nexport const version: string = VERSION;\n";

/** A project of the given files with this checkout installed as `ssot-kit`. */
function consumer(files: Readonly<Record<string, string>>, name: string): string {
  const dir = scratchProject(files, name);
  mkdirSync(join(dir, 'node_modules'), { recursive: true });
  symlinkSync(ROOT, join(dir, 'node_modules/ssot-kit'), 'dir');
  return dir;
}

function diagnostics(dir: string, options: ts.CompilerOptions): string[] {
  const program = ts.createProgram([join(dir, 'src/index.ts')], { strict: true, noEmit: true, skipLibCheck: true, types: [], ...options });
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('a project that imports ssot-kit/runtime', () => {
  const dir = consumer({ 'src/index.ts': CONSUMER }, 'consumer');
  for (const [setup, options] of [
    ['CommonJS (node10 resolution)', { module: ts.ModuleKind.CommonJS, moduleResolution: ts.ModuleResolutionKind.Node10, esModuleInterop: true }],
    ['node16', { module: ts.ModuleKind.Node16, moduleResolution: ts.ModuleResolutionKind.Node16 }],
    ['bundler', { module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler }],
  ] as const) {
    it(`type-checks with ${setup}`, () => {
      expect(diagnostics(dir, options)).toEqual([]);
    });
  }

  // A Node 20 service may compile for ES2019/ES2020 and check its libraries' declarations: what
  // we publish must not need a newer lib (DisposeError extending AggregateError once did).
  it('its declaration files type-check with skipLibCheck off and an ES2019 lib', () => {
    const options = {
      module: ts.ModuleKind.Node16,
      moduleResolution: ts.ModuleResolutionKind.Node16,
      target: ts.ScriptTarget.ES2019,
      lib: ['lib.es2019.d.ts'],
      skipLibCheck: false,
      types: ['node'],
      typeRoots: [join(ROOT, 'node_modules/@types')],
    };
    expect(diagnostics(dir, options)).toEqual([]);
  });

  it('runs from CommonJS: require() of the runtime works on the Node versions we support', () => {
    const script = "const { runWithUserContext, requireUserContext, createUserExecutionContext } = require('ssot-kit/runtime');\nconst alice = createUserExecutionContext({ userId: 'alice', threadId: 't', runId: 'r' });\nprocess.stdout.write(runWithUserContext(alice, () => requireUserContext().userId));\n";
    expect(execFileSync(process.execPath, ['-e', script], { cwd: dir, encoding: 'utf8' })).toBe('alice');
  });
});

// CapRover's server: `"module": "Node16"` in a package that is not `"type": "module"`. Its files are
// CommonJS, `import` compiles to `require()`, and TypeScript resolves the runtime through the
// `require` condition — an ES module there is TS1479 in every file the codemod migrates.
const CJS_CONSUMER = "import { requireUserContext, runWithUserContext, createUserExecutionContext, MissingUserContextError } from 'ssot-kit/runtime';\nimport type { UserExecutionContext } from 'ssot-kit/runtime';\n\nconst alice: UserExecutionContext = createUserExecutionContext({ userId: 'alice', threadId: 't-1', runId: 'r-1' });\nexport const who: string = runWithUserContext(alice, () => requireUserContext().userId);\nexport const missing = (error: unknown): boolean => error instanceof MissingUserContextError;\n";

describe('a CommonJS project that imports ssot-kit/runtime', () => {
  const dir = consumer({ 'package.json': '{ "name": "cjs-consumer", "type": "commonjs" }\n', 'src/index.ts': CJS_CONSUMER }, 'cjs-consumer');

  for (const [setup, options] of [
    ['node16', { module: ts.ModuleKind.Node16, moduleResolution: ts.ModuleResolutionKind.Node16 }],
    ['nodenext', { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext }],
  ] as const) {
    it(`type-checks with ${setup}`, () => {
      expect(diagnostics(dir, options)).toEqual([]);
    });
  }

  it('its declarations type-check with skipLibCheck off', () => {
    expect(diagnostics(dir, { module: ts.ModuleKind.Node16, moduleResolution: ts.ModuleResolutionKind.Node16, skipLibCheck: false, types: ['node'], typeRoots: [join(ROOT, 'node_modules/@types')] })).toEqual([]);
  });

  // Two builds, one process's state: a scope opened through either is the scope the other reads,
  // and the infrastructure is configured once for both (start-up code may load the other build).
  it('shares the request scope and the infrastructure with the ES module build', () => {
    const script = "const cjs = require('ssot-kit/runtime');\nimport('ssot-kit/runtime').then((esm) => {\n  const alice = cjs.createUserExecutionContext({ userId: 'alice', threadId: 't', runId: 'r' });\n  const bob = esm.createUserExecutionContext({ userId: 'bob', threadId: 't', runId: 'r' });\n  const a = esm.runWithUserContext(alice, () => cjs.requireUserContext().userId);\n  const b = cjs.runWithUserContext(bob, () => esm.requireUserContext().userId);\n  esm.configureAgentInfrastructure({ agents: {} });\n  let twice = 'configured twice';\n  try { cjs.configureAgentInfrastructure({ agents: {} }); } catch (error) { twice = error.name; }\n  process.stdout.write([a, b, twice, cjs.requireUserContext === esm.requireUserContext].join(' '));\n});\n";
    expect(execFileSync(process.execPath, ['-e', script], { cwd: dir, encoding: 'utf8' })).toBe('alice bob InfrastructureAlreadyConfiguredError false');
  });

  // The ES module's middleware opens the request with its context; a migrated CommonJS module's
  // factory takes it, and its errors are caught against either build's classes.
  it('takes the other build\'s contexts as its own, and its errors are instances of either build\'s classes', () => {
    const script = "const cjs = require('ssot-kit/runtime');\nimport('ssot-kit/runtime').then((esm) => {\n  const alice = esm.createUserExecutionContext({ userId: 'alice', threadId: 't', runId: 'r' });\n  const forged = { kind: 'user', userId: 'mallory', threadId: 't', runId: 'r', requestId: 'x', depth: 0, metadata: {} };\n  let missing;\n  try { cjs.requireUserContext(); } catch (error) { missing = error; }\n  process.stdout.write([\n    cjs.isUserExecutionContext(alice), cjs.isUserExecutionContext(alice.child('step')), cjs.isUserExecutionContext(forged),\n    missing instanceof esm.MissingUserContextError, missing instanceof esm.SsotRuntimeError, missing instanceof cjs.MissingUserContextError,\n    missing instanceof esm.UnknownAgentError, new Error('x') instanceof esm.SsotRuntimeError,\n  ].join(' '));\n});\n";
    expect(execFileSync(process.execPath, ['-e', script], { cwd: dir, encoding: 'utf8' })).toBe('true true false true true true false false');
  });

  // Jest's own module system runs most CommonJS projects' tests and cannot load an ES module with
  // require() (Jest 29 and 30): the CommonJS build is what makes a migrated module's tests run there.
  it('runs under Jest: a migrated module\'s test loads the runtime and opens a scope', () => {
    writeFileSync(join(dir, 'src/scope.test.js'), "const { createUserExecutionContext, requireUserContext, runWithUserContext, MissingUserContextError } = require('ssot-kit/runtime');\ntest('a request scope', () => {\n  const alice = createUserExecutionContext({ userId: 'alice', threadId: 't', runId: 'r' });\n  expect(runWithUserContext(alice, () => requireUserContext().userId)).toBe('alice');\n  expect(() => requireUserContext()).toThrow(MissingUserContextError);\n});\n");
    const jest = spawnSync(process.execPath, [join(ROOT, 'node_modules/jest/bin/jest.js'), '--rootDir', dir, '--ci', '--watchman=false', 'scope'], { cwd: dir, encoding: 'utf8' });
    expect(jest.stderr).toContain('Tests:       1 passed, 1 total');
    expect(jest.status).toBe(0);
    const entry = execFileSync(process.execPath, ['-e', "process.stdout.write(require.resolve('ssot-kit/runtime'))"], { cwd: dir, encoding: 'utf8' });
    expect(readFileSync(join(entry, '../../package.json'), 'utf8')).toContain('"type": "commonjs"');
  });
});
