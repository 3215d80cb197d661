import { describe, expect, it } from 'vitest';
import { mayContainFactorySite, mayContainFinding, mayContainHolder } from '../../src/analysis/prefilter.js';
import { hasModuleLevelLetOrVar } from '../../src/analysis/prefilter-scan.js';
import { resolveConfig } from '../../src/config/index.js';

const config = resolveConfig({}, '/repo');

describe('module-level let/var scan', () => {
  const yes = [
    'let instance;',
    'export let x = 1;',
    'function f() {}\nvar cache;',
    'const s = "}"; let x;', // a brace in a string does not close anything
    "const t = `${'{'}`; let x;", // nor in a template expression
    'const r = /[{]/; let x;', // nor in a regex
    '// }\nlet x;',
    '/* { */ let x;',
    'export const get = (() => { let i; return () => i; })();', // an IIFE closure
    'function f() {', // unbalanced: unsure, so yes
    'if (enabled) { var engine; }', // a var in a block belongs to the module
    'class A { m() { var y; } }', // a var's function cannot be told from an if's block: unsure, so yes
    '!function () { let c; }();', // IIFEs however they are spelled
    '(function (w) { let c; }(window));',
    '(function () { let c; } as () => void)();',
    '(function () { let c; })?.();',
    '(function () { let c; }) /* run */ ();',
    '(function <T>() { let c; })<string>();',
    '(() => { if (a) { let c; } })();', // a let in a block of an IIFE: unsure, so yes
    "export function View() { return <p>Don't {stop}</p>; }\nfunction g() { let z; }", // JSX text fools the lexer: unsure, so yes
    'const s = x.split(/>/); let y;', // a regex that starts with `>` is still one
    'function f() { return />{/.test(s); }\nlet y;',
  ];
  const no = [
    'function f() { let x = 1; return x; }',
    "foo(() => { let x; });",
    'promise.then(() => { let x; }).catch(() => {});',
    'const f = () => { let x; };\nf();',
    'const o = { let: 1, var: 2 };',
    'const a = obj.let;',
    "export function View() {\n  return (\n    <p>\n      Don't stop\n    </p>\n  );\n}\nfunction g() { let z; }",
    'const s = `let ${x}`;',
    '// let x\n/* var y */',
    'const d = a / b; function h() { let q; }',
    'function k(x) { if (x) { return </div>; } }',
    'function m() { let x; }\n// see m(x) and <T>\n/* (a) */ m();', // a `(` inside a comment is no call
    // A self-closing JSX tag after an attribute is no regex that never closes.
    'export function V(props) {\n  let n = 1;\n  return <Icon {...props} />;\n}\nfunction g() { let z; }',
    'export const W = () => { let m; return <img alt="x" />; };',
    "export const X = () => { let m; return <img alt='x'\n  />; };",
  ];
  for (const code of yes) it(`yes: ${JSON.stringify(code)}`, () => expect(hasModuleLevelLetOrVar(code)).toBe(true));
  for (const code of no) it(`no: ${JSON.stringify(code)}`, () => expect(hasModuleLevelLetOrVar(code)).toBe(false));
  it('reads a banner of slashes after a block in one way, not exponentially many', () => {
    // typescript-eslint's own classScopeAnalyzer.js: `}` then `/////…///` lines. A line-comment
    // pattern free to end anywhere split 21 slashes into every mix of `//` comments: 5 s per brace.
    const banner = '/'.repeat(21);
    const text = `class A {\n  m() { let x; }\n  ${banner}\n  // Visit selectors //\n  ${banner}\n  n(node) { return node; }\n}\n`;
    const started = performance.now();
    expect(hasModuleLevelLetOrVar(text)).toBe(false);
    expect(performance.now() - started).toBeLessThan(1000);
  });
  it('handles CRLF', () => expect(hasModuleLevelLetOrVar('function f() {\r\n  let x;\r\n}\r\nlet y;\r\n')).toBe(true));
});

describe('prefilter clauses', () => {
  it('finds configured names anywhere, aliases and namespaces included', () => {
    expect(mayContainFactorySite("import { getAgentInstanceFactory as g } from 'x'", config)).toBe(true);
    expect(mayContainFactorySite('ns.createAgentInstanceFactory(ctx)', config)).toBe(true);
    expect(mayContainFactorySite('new AgentInstanceFactory()', config)).toBe(true);
    expect(mayContainFactorySite('export const x = 1;', config)).toBe(false);
  });

  it('finds a static getter through its class, the one name every way of reaching it spells', () => {
    const withStatic = resolveConfig({ factories: [{ getter: 'QueueManager.getInstance', creator: 'createQueueManager', class: 'QueueManager' }] }, '/repo');
    expect(mayContainFactorySite("import { QueueManager as Q } from './q';\nQ.getInstance();", withStatic)).toBe(true);
    expect(mayContainFactorySite("const { QueueManager } = require('./q');", withStatic)).toBe(true);
    expect(mayContainFactorySite('other.getInstance();', withStatic)).toBe(false);
  });

  it('needs a holder token for the holder rule', () => {
    expect(mayContainHolder('export const r = new ThreadRunRegistry();', config)).toBe(true);
    expect(mayContainHolder('export const r = new agents.EventNotifier();', config)).toBe(true);
    expect(mayContainHolder('class A { static instance; }', config)).toBe(true);
    expect(mayContainHolder('globalThis.x ??= make();', config)).toBe(true);
    expect(mayContainHolder('const get = once(() => make());', config)).toBe(true);
    expect(mayContainHolder('export const r = new /* shared */ ThreadRunRegistry();', config)).toBe(true);
    expect(mayContainHolder('export const r = new (ThreadRunRegistry)();', config)).toBe(true);
    expect(mayContainHolder('export const r = new ÜberwachungsRegistry();', config)).toBe(true);
    expect(mayContainHolder('const get = memoize<Map<string, Client>>(() => connect());', config)).toBe(true);
    expect(mayContainHolder('const get = once?.(() => connect());', config)).toBe(true);
    expect(mayContainHolder('export const r = new // shared\n  ThreadRunRegistry();', config)).toBe(true);
    expect(mayContainHolder('export const r = new agents /* c */ . EventNotifier();', config)).toBe(true);
    expect(mayContainHolder('export const m = new Map(); function f() { let x = 1; }', config)).toBe(false);
    // a conversation a module keeps in a `const` list, appended to in a handler (shared-conversations.ts)
    expect(mayContainHolder("const messages = [];\nexport function POST(req) { messages.push(req.body); }", config)).toBe(true);
    expect(mayContainHolder("const turns = /* seed */ ([]);\nexport default function handler(req) { turns.unshift(req.body); openai.create({ messages: turns }); }", config)).toBe(true);
    expect(mayContainHolder("const history = <Turn[]>[];\nexport function POST(req) { history.push(req.body); }", config)).toBe(true);
    expect(mayContainHolder("app.post('/chat', (req, res) => { global.messages.push(req.body); });", config)).toBe(true);
    expect(mayContainHolder("const state = { messages: /* seed */ [] };\napp.post('/chat', (req, res) => { state.messages.push(req.body); });", config)).toBe(true);
    // a conversation thread a handler keeps in a module `let` (shared-threads.ts): the `let` test keeps it
    expect(mayContainHolder("let threadId = null;\napp.post('/chat', async (req, res) => { threadId ??= (await openai.beta.threads.create()).id; });", config)).toBe(true);
    // a chat session the module starts (shared-chat-sessions.ts)
    expect(mayContainHolder("export const chatSession = model.startChat({ history: [] });", config)).toBe(true);
    expect(mayContainHolder("const chat = ai.chats /* v1 */ .create({ model });", config)).toBe(true);
    // a client a handler signs in as its user (request-state.ts)
    expect(mayContainHolder("const client = google.auth.fromJSON(key);\napp.post('/mail', (req, res) => { client.setCredentials(req.body.tokens); });", config)).toBe(true);
    expect(mayContainHolder("const client = google.auth.fromJSON(key);\napp.post('/mail', (req, res) => { client.credentials = req.body.tokens; });", config)).toBe(true);
    expect(mayContainHolder("const memory = new BufferMemory();", config)).toBe(true);
    expect(mayContainHolder("const chatHistory = new ChatHistory();", config)).toBe(true);
    expect(mayContainHolder("import { Injectable } from '@nestjs/common';\n@Injectable()\nexport class AiService {\n  private conversationContext: number[];\n  set(c) { this.conversationContext = c; }\n}", config)).toBe(true);
    expect(mayContainHolder("const orders = [];\nexport function POST(req) { orders.push(req.body); }", config)).toBe(false);
    expect(mayContainHolder('// so the editor can focus the new\n// editor once it mounts\nexport const a = 1;', config)).toBe(false);
    expect(mayContainHolder('// list new/fixed items against the baseline', config)).toBe(false);
    expect(mayContainFinding('export function f(a: number) { let b = a * 2; return b; }', config)).toBe(false);
  });

  it('keeps a test file (by the tests globs) only for a configured name: the holder rule has nothing there', () => {
    const named = resolveConfig({ factories: [{ getter: 'getAgentInstanceFactory', creator: 'createAgentInstanceFactory', class: 'AgentInstanceFactory' }] }, '/repo');
    const fixture = 'let client;\nbeforeAll(async () => { client = await boot(); });\n';
    expect(mayContainFinding(fixture, named, '/repo/src/db.ts')).toBe(true);
    expect(mayContainFinding(fixture, named, '/repo/src/db.test.ts')).toBe(false);
    expect(mayContainFinding(fixture, named, '/repo/test/db.ts')).toBe(false);
    expect(mayContainFinding(`${fixture}const f = getAgentInstanceFactory();\n`, named, '/repo/src/db.test.ts')).toBe(true);
  });

  it('takes a memo wrapper however its call is spelt, and lazy only when called bare', () => {
    const memo = ['const get = (once)(() => new Pool());', 'const get = once /* memo */ (() => new Pool());', 'const get = (memoize as typeof memoize)(() => new Pool());', 'const get = lazy(() => new Pool());',
      "const get = _['memoize'](() => new Pool());", 'const get = _[`once`](() => new Pool());', 'const get = once // memo\n  (() => new Pool());',
      'const get = once<Pool>(() => new Pool());', 'const get = (once)\n(() => new Pool());'];
    for (const code of memo) expect(mayContainHolder(code, config), code).toBe(true);
    const notMemo = ['const node = z.lazy(() => z.object({}));', 'export const Page = React.lazy(() => import("./Page"));', 'const s = yup\n  .lazy(() => yup.string());',
      '// runs (only once)\nif (el) go();', 'const msg = "retried once";', 'emitter.on("x", once);', '/* memoize the result */ const y = 1;',
      'import { once } from "lodash";', "// filled once in the store's lazy\n// initializer", 'const s = `once`;'];
    for (const code of notMemo) expect(mayContainHolder(code, config), code).toBe(false);
  });

  it('takes `static` for a holder only where a static property may be declared', () => {
    const property = [
      'class A { static instance; }', 'class A { static #instance?: A; }', 'class A { static cache = new Map(); }',
      'class A { private static override x = 1; }', 'class A { static get = make(); }', 'class A { static\n  create() {} }',
      'class A { static async = 1; }', 'class A { static /* c */ x; }', 'class A { static readonly\n x = 1 }',
      'class A { static x: A | null = null }', 'class A { static x!: A }', "class A { static 'instance' = new A() }",
      'class A { static override accessor x = 1 }', 'class A { static x }', 'class A {\n  static x\n}', 'class A { static x',
      'class A { /* c */static x = 1 }', 'class A {/**/static x = 1 }',
      // readonly, named like the instance the class keeps
      'class A { static readonly instance = new A(); }', 'class A { private static readonly _INSTANCE: A = new A(); }', 'class A { static readonly #shared = new A(); }',
      'class A { static readonly defaultInstance = new A(); }',
    ];
    for (const code of property) expect(mayContainHolder(code, config), code).toBe(true);
    const notProperty = [
      'class A { static create() {} }', 'class A { static async load() {} }', 'class A { static get size() { return 1; } }',
      'class A { static set size(v) {} }', 'class A { static *ids() {} }', 'class A { static { init(); } }',
      'class A { static [Symbol.iterator]() {} }', 'class A { static readonly MAX = 3; }', 'class A { static of<T>(x: T) {} }',
      'class A { static #make() {} }', 'const p = "/_next/static";', '/**\n * @static\n */', 'config.static = dir;',
      '// serve static files from the build directory', '/** Returns the static property key text. */',
    ];
    for (const code of notProperty) expect(mayContainHolder(code, config), code).toBe(false);
  });

  it('takes a global object for a cache only where a member of it may be assigned', () => {
    const assigned = [
      'global.fetch = vi.fn();', '(globalThis as any).x = y;', 'window[key] = value;', 'globalThis!.x = 1;',
      'self.cache ||= make();', 'globalThis.count += 1;', 'global /* c */ .x = 1;', 'window.x /* c */ = 1;',
      'window\n  .x\n  = 1;', '(window.x as any) = 1;', '(globalThis satisfies object).x = 1;',
      '(window).x = 1;', '((globalThis)).x = 1;', '(<any>window)[k] = v;', '(window)!.x = 1;',
      'window.x // why\n  = 1;', 'globalThis // why\n  .x = 1;', '(window.x!) = 1;', 'window.\\u0078 = 1;',
    ];
    for (const code of assigned) expect(mayContainHolder(code, config), code).toBe(true);
    const read = [
      'window.addEventListener("resize", f);', 'self.postMessage(1);', 'globalThis.crypto.randomUUID();',
      '// a global setup step', 'const scope = "global";', 'if (window.x == 1) go();', 'window.location.href = url;',
      'const ssr = typeof window === "undefined";', 'const ms = toMs(window);', 'expect(parse(window)).toBe("5m");',
      'if (window !== undefined) go();', 'if (!window.Worker) return null;', '// the time window\n// over-hangs the rows',
      '/* a global */ const x = 1;', 'const w = window.innerWidth; // the view', 'if (x === window) go();', 'const f = () => window;',
    ];
    for (const code of read) expect(mayContainHolder(code, config), code).toBe(false);
    // A constant bound to the global object: a cache may be written through it further on.
    const aliases = ['const w = window; // the view', 'const g = globalThis as any;', 'const g: any = (globalThis);', 'const scope = PlatformTools.getGlobalVariable();'];
    for (const code of aliases) expect(mayContainHolder(code, config), code).toBe(true);
  });
});
