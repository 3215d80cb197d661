import type { TSESTree } from '@typescript-eslint/utils';
import { isPrimitiveType } from './holds-values.js';
import { appClassNamed } from './imported-classes.js';
import { bindsInFunction, localClass, moduleBindingRoot, programOf } from './local-types.js';
import { fillSourceOf } from './own-configuration.js';
import { returnsPrimitive } from './produces-object.js';
import { enclosingFunction, isFunctionNode, isPrimitiveLiteral, isTypeWrapper, isWriteTarget, staticName, unwrapExpression, walk } from './walk.js';

// Whether an instance of a class the module declares is a table its constructor fills once and
// nothing changes afterwards: awesomeposter's `FacetCatalog`, a `private readonly definitions:
// Map<…>` built from the module's own definitions, read by `list`, `get` and `resolveMany`. One
// for the process is no one's state: there is nothing a request can leave in it for the next.

/**
 * Methods that read what they are called on and hand back a new value or an element: a `Map`'s
 * and a `Set`'s lookups, an array's and a string's copies and searches. Not `sort`, `push`,
 * `set`, `add`, `delete`, `clear`, `splice` — nor any method of an object the class keeps (a
 * client's `create`), which may keep what it is given.
 */
const READ_METHODS: ReadonlySet<string> = new Set([
  'get', 'has', 'keys', 'values', 'entries', 'forEach', 'map', 'flatMap', 'filter', 'find', 'findIndex', 'findLast', 'findLastIndex',
  'some', 'every', 'includes', 'indexOf', 'lastIndexOf', 'slice', 'concat', 'join', 'reduce', 'reduceRight', 'at', 'flat',
  'toSorted', 'toReversed', 'toSpliced', 'with', 'toString', 'toJSON', 'valueOf', 'hasOwnProperty',
  'startsWith', 'endsWith', 'trim', 'trimStart', 'trimEnd', 'toLowerCase', 'toUpperCase', 'split', 'replace', 'replaceAll',
  'substring', 'padStart', 'padEnd', 'charAt', 'localeCompare', 'normalize', 'repeat', 'toFixed', 'toISOString', 'getTime',
]);

/** Standard functions that only read what they are given: `Array.from(this.entries)`, `Object.keys(this.table)`. */
const READING_FUNCTIONS: ReadonlySet<string> = new Set(['Array.from', 'Object.keys', 'Object.values', 'Object.entries', 'JSON.stringify', 'structuredClone', 'String', 'Number', 'Boolean']);

/**
 * Whether every instance of the module's class `name` is a table, read-only once its constructor
 * returns: it keeps at least one field, extends nothing, has no setter, keeps its fields private
 * (`private`, `protected` or `#`: no other module can write them) but for the name it answers to
 * (nameItAnswersTo), and no code that runs later —
 * its methods, the callbacks its constructor hands out — writes through `this`, calls a method of
 * what it keeps other than one that only reads (READ_METHODS), or hands out `this` or a field
 * itself (whoever holds a kept map may fill it). What a read hands back
 * (`this.definitions.get(name)`) is the caller's to use.
 */
export function readOnlyOnceBuilt(at: TSESTree.Node, name: string): boolean {
  const declaration = localClass(at, name);
  if (!declaration || declaration.superClass) return false;
  const methods = new Set<string>();
  const fields = new Set<string>();
  // Fields declared a string, a number or a boolean: handed to anything, no one can change them.
  const primitives = new Set<string>();
  // Each field's declared type, asked only when a method is called on the field: one declared as a
  // class of the app's own (another file's, read on demand) is an instance, whose `get` is its own.
  const declaredTypes = new Map<string, TSESTree.TypeNode | undefined>();
  const program = programOf(declaration);
  const isAppInstance = (field: string): boolean => program !== undefined && declaredAppClass(program, declaredTypes.get(field));
  const later: TSESTree.Node[] = [];
  const staticCode: TSESTree.Node[] = [];
  const emptyAtFirst: string[] = [];
  // Private methods by name, with their bodies: those only construction calls are construction too.
  const privateMethods = new Map<string, TSESTree.BlockStatement>();
  let constructorBody: TSESTree.BlockStatement | undefined;
  for (const member of declaration.body.body) {
    if (member.type === 'StaticBlock' || ('static' in member && member.static)) {
      staticCode.push(member);
      continue;
    }
    if (member.type === 'MethodDefinition') {
      if (member.kind === 'set') return false;
      if (member.kind === 'constructor') {
        for (const parameter of member.value.params) {
          if (parameter.type !== 'TSParameterProperty') continue;
          const field = parameter.parameter.type === 'Identifier' ? parameter.parameter.name : parameter.parameter.type === 'AssignmentPattern' && parameter.parameter.left.type === 'Identifier' ? parameter.parameter.left.name : undefined;
          if (field === undefined || !keepsFromOtherModules(parameter.accessibility)) return false;
          fields.add(field);
          const annotated = parameter.parameter.type === 'AssignmentPattern' ? parameter.parameter.left : parameter.parameter;
          if (annotated.type === 'Identifier' && isPrimitiveType(annotated.typeAnnotation?.typeAnnotation)) primitives.add(field);
          if (annotated.type === 'Identifier') declaredTypes.set(field, annotated.typeAnnotation?.typeAnnotation);
        }
        constructorBody = member.value.body ?? undefined;
        if (namesAUserWhereBuilt(member.value)) return false;
        continue;
      }
      const method = staticName(member.key);
      if (method === undefined) return false;
      methods.add(method);
      if (member.value.body) later.push(member.value.body);
      if (member.value.body && (member.key.type === 'PrivateIdentifier' || member.accessibility === 'private')) privateMethods.set(method, member.value.body);
    } else if (member.type === 'PropertyDefinition') {
      const field = staticName(member.key);
      const name = nameItAnswersTo(member);
      if (field === undefined || (!keptPrivately(member) && !name)) return false;
      fields.add(field);
      if (isPrimitiveType(member.typeAnnotation?.typeAnnotation) || name || (!member.typeAnnotation && member.value !== null && primitiveValue(member.value))) primitives.add(field);
      declaredTypes.set(field, member.typeAnnotation?.typeAnnotation);
      if (member.value && isFunctionNode(member.value)) later.push(member.value);
      if (member.value && isEmptyCollection(member.value)) emptyAtFirst.push(field);
      if (member.value && fillSourceOf(member.value, undefined, false) === 'caller') return false;
    } else {
      return false;
    }
  }
  // A class that keeps nothing keeps its state elsewhere — the module's maps, a database — which
  // its methods may fill for one user to read another's: only a table built once is answered here.
  if (fields.size === 0) return false;
  const builtIn = new Set<string>();
  if (constructorBody) {
    const building = [constructorBody, ...constructionHelpers(constructorBody, privateMethods, later)];
    for (const body of building) {
      const at = later.indexOf(body);
      if (at >= 0) later.splice(at, 1);
    }
    // What the constructor runs is building; a function it hands out runs later.
    let writesUndeclared = false;
    for (const body of building) {
      walk(body, (node) => {
        if (isFunctionNode(node) && !later.includes(node)) later.push(node);
        if (node.type !== 'MemberExpression' || node.object.type !== 'ThisExpression') return;
        const field = staticName(node.property);
        if (field !== undefined) builtIn.add(field);
        // A field the constructor makes up (JavaScript's `this.cache = new Map()`) is public.
        if (isWriteTarget(node) && !fields.has(field ?? '')) writesUndeclared = true;
      });
    }
    if (writesUndeclared) return false;
  }
  // An empty map or list that construction never fills is filled by code not shown here.
  if (emptyAtFirst.some((field) => !builtIn.has(field))) return false;
  // The class's static code may reach an instance's private fields too (`Catalog.instance.table.set(…)`).
  // Nor may it keep a caller's value beside it, in a variable of the module (`open(user) { current = user }`).
  if (program && later.some((code) => setsModuleVariable(program, code))) return false;
  return later.every((code) => onlyReadsThis(code, methods, primitives, isAppInstance)) && staticCode.every((code) => onlyReadsFields(code, fields));
}

/** Whether code assigns a variable the module declares at its top (`current = user`, `count++`). */
function setsModuleVariable(program: TSESTree.Program, code: TSESTree.Node): boolean {
  let sets = false;
  walk(code, (node) => {
    const target = node.type === 'AssignmentExpression' ? node.left : node.type === 'UpdateExpression' ? node.argument : undefined;
    if (!sets && target?.type === 'Identifier') sets = moduleBindingRoot(program, target) && !bindsInFunction(enclosingFunction(node) ?? code, target.name);
  });
  return sets;
}

/**
 * Whether a constructor gives a field what names one user (`this.userId = getCurrentUser().id`,
 * the request's user read from its scope): built on first use, the table is that user's for
 * everyone after.
 */
function namesAUserWhereBuilt(constructor: TSESTree.FunctionExpression | TSESTree.TSEmptyBodyFunctionExpression): boolean {
  let names = false;
  if (!constructor.body) return false;
  walk(constructor.body, (node) => {
    if (!names && node.type === 'AssignmentExpression' && unwrapExpression(node.left).type === 'MemberExpression') names = fillSourceOf(node.right, constructor, false) === 'caller';
  });
  return names;
}

/**
 * The private methods only construction calls (trusio's `AgentRegistry`, whose constructor calls
 * `this.initializeAgents()` to build its agents from the module's configuration): the constructor
 * calls them, or another such method does, and no other code names them. They build, as the
 * constructor does; a request can reach none of them.
 */
function constructionHelpers(constructorBody: TSESTree.BlockStatement, privateMethods: ReadonlyMap<string, TSESTree.BlockStatement>, later: readonly TSESTree.Node[]): TSESTree.BlockStatement[] {
  // What each piece of code names on `this`, read once: the search below asks it again as helpers are found.
  const namesIn = new Map<TSESTree.Node, ReadonlySet<string>>();
  const named = (code: TSESTree.Node): ReadonlySet<string> => {
    let names = namesIn.get(code);
    if (names === undefined) {
      const found = new Set<string>();
      walk(code, (node) => {
        if (node.type === 'MemberExpression' && node.object.type === 'ThisExpression') found.add(staticName(node.property) ?? '');
      });
      names = found;
      namesIn.set(code, names);
    }
    return names;
  };
  const helpers = new Set<TSESTree.Node>();
  const calledInBuilding = new Set(named(constructorBody));
  for (let grew = true; grew;) {
    grew = false;
    for (const [method, body] of privateMethods) {
      if (helpers.has(body) || !calledInBuilding.has(method)) continue;
      if (later.some((code) => code !== body && !helpers.has(code) && named(code).has(method))) continue;
      helpers.add(body);
      for (const name of named(body)) calledInBuilding.add(name);
      grew = true;
    }
  }
  return [...privateMethods.values()].filter((body) => helpers.has(body));
}

// Conversions to a primitive.
const TO_PRIMITIVE = /^(?:Number|String|Boolean|parseInt|parseFloat)$/;

/**
 * A value an undeclared field is given that is a string, a number or a boolean (SalesForceAI's
 * llama.cpp provider: `timeoutMs = Number(process.env.LLAMACPP_TIMEOUT_MS ?? 60_000)`, `baseUrl =
 * (process.env.LLAMACPP_BASE_URL ?? 'http://…').replace(/\/+$/, '')`): handed to anything, no one can change it.
 */
function primitiveValue(value: TSESTree.Node, depth = 0): boolean {
  const node = unwrapExpression(value);
  if (depth > 4) return false;
  const primitive = (inner: TSESTree.Node) => primitiveValue(inner, depth + 1);
  if (isPrimitiveLiteral(node)) return true;
  // `process.env.X`: a string, or undefined.
  if (node.type === 'MemberExpression' && node.object.type === 'MemberExpression' && node.object.object.type === 'Identifier' && node.object.object.name === 'process' && staticName(node.object.property) === 'env') return true;
  if (node.type === 'LogicalExpression') return primitive(node.left) && primitive(node.right);
  if (node.type === 'ConditionalExpression') return primitive(node.consequent) && primitive(node.alternate);
  if (node.type === 'UnaryExpression' && node.operator !== 'delete') return true;
  if (node.type === 'BinaryExpression') return node.operator !== '+' || (primitive(node.left) && primitive(node.right));
  if (node.type !== 'CallExpression') return false;
  // … or a call that gives a string or a boolean by its method or function (a string's `replace()`, see returnsPrimitive).
  return (node.callee.type === 'Identifier' && TO_PRIMITIVE.test(node.callee.name)) || returnsPrimitive(node);
}

/** `new Map()`, `new Set()`, `[]`, `{}`: a collection with nothing in it yet. */
export function isEmptyCollection(value: TSESTree.Node): boolean {
  const node = unwrapExpression(value);
  if (node.type === 'ArrayExpression') return node.elements.length === 0;
  if (node.type === 'ObjectExpression') return node.properties.length === 0;
  return node.type === 'NewExpression' && node.arguments.length === 0 && node.callee.type === 'Identifier' && /^(?:Map|Set|WeakMap|WeakSet|Array|Object)$/.test(node.callee.name);
}

/**
 * A public field given a string, a number or a boolean where it is declared (`name = 'whisper'`,
 * Tami's transcription providers; `readonly protocol = 'skill'`): the name an instance answers to,
 * which its own methods may not change (they only read, or the class is no table) and which other
 * modules read. Not one declared to take other values (binance-trading-bot's PDF printer, `public
 * font: 'roboto' | 'times' = 'roboto'`, an option any caller may set for the next one).
 */
function nameItAnswersTo(member: TSESTree.PropertyDefinition): boolean {
  const value = member.value && unwrapExpression(member.value);
  const literal = value?.type === 'Literal' && (typeof value.value === 'string' || typeof value.value === 'number' || typeof value.value === 'boolean');
  return literal && (member.readonly || member.typeAnnotation == null);
}

/** `private`, `protected` or `#name`: a field no other module writes. */
function keptPrivately(member: TSESTree.PropertyDefinition): boolean {
  return member.key.type === 'PrivateIdentifier' || keepsFromOtherModules(member.accessibility);
}

const keepsFromOtherModules = (accessibility: TSESTree.Accessibility | undefined): boolean => accessibility === 'private' || accessibility === 'protected';

/**
 * Whether a field's declared type is a class of the app's own — the module's, or one another file
 * of the project declares (CachingClient, keeping every response its `get` fetched): an instance
 * whose methods keep what they like, whatever they are called.
 */
function declaredAppClass(program: TSESTree.Program, type: TSESTree.TypeNode | undefined): boolean {
  if (type?.type !== 'TSTypeReference' || type.typeName.type !== 'Identifier') return false;
  return appClassNamed(program, type.typeName.name) !== undefined;
}

/** Whether code that runs after construction only reads the instance (see readOnlyOnceBuilt). */
function onlyReadsThis(code: TSESTree.Node, methods: ReadonlySet<string>, primitives: ReadonlySet<string>, isAppInstance: (field: string) => boolean): boolean {
  let reads = true;
  walk(code, (node) => {
    if (reads && node.type === 'ThisExpression') reads = readsOnly(node, methods, primitives, isAppInstance);
  });
  return reads;
}

/** Whether the class's static code only reads what an instance keeps in `fields`, wherever it reaches one. */
function onlyReadsFields(code: TSESTree.Node, fields: ReadonlySet<string>): boolean {
  let reads = true;
  walk(code, (node) => {
    if (reads && node.type === 'MemberExpression' && !node.computed && fields.has(staticName(node.property) ?? '')) reads = readsField(node);
  });
  return reads;
}

/** Whether one use of `this` reads: its own method called or passed, or a field read (see readOnlyOnceBuilt). */
function readsOnly(self: TSESTree.ThisExpression, methods: ReadonlySet<string>, primitives: ReadonlySet<string>, isAppInstance: (field: string) => boolean): boolean {
  const first = self.parent;
  if (first?.type !== 'MemberExpression' || first.object !== self) return false;
  const field = staticName(first.property);
  if (field === undefined || first.computed) return false;
  // gptlisting's Redis-backed store hands its key prefix to `k.replace(this.prefix, '')`.
  if (primitives.has(field)) return !isWriteTarget(first);
  return methods.has(field) ? !isWriteTarget(first) : readsField(first, () => !isAppInstance(field));
}

/**
 * Whether a use of a kept field (`this.table`, `instance.table`) only reads it (see readOnlyOnceBuilt);
 * so of a module's variable, its name in place of the member.
 * `callsRead`: whether calling one of READ_METHODS on it reads it — not on an instance of the app's
 * own classes, whose `get` may keep what it fetches; asked only when such a call is met.
 */
export function readsField(first: TSESTree.Node, callsRead: () => boolean = () => true): boolean {
  if (isWriteTarget(first)) return false;
  // Down the chain of members: `this.table.size`, `this.config.model`, `this.table.get(key)`.
  let current: TSESTree.Node = first;
  for (;;) {
    const [parent, below] = outerOf(current);
    if (parent?.type === 'MemberExpression' && parent.object === below) {
      if (isWriteTarget(parent)) return false;
      const [call, callee] = outerOf(parent);
      if (call?.type === 'CallExpression' && call.callee === callee) return READ_METHODS.has(staticName(parent.property) ?? '') && callsRead();
      current = parent;
      continue;
    }
    if (parent?.type === 'CallExpression' && parent.callee === below) return false;
    break;
  }
  // A field's own value goes nowhere that could keep it; a member of it (`this.config.model`) may.
  return current !== first || !handsOut(current);
}

/** The node around `node` past `!`, `as` and `?.`, and the one just inside it (`node` or its outermost wrapper). */
function outerOf(node: TSESTree.Node): [TSESTree.Node | undefined, TSESTree.Node] {
  let below = node;
  let parent = node.parent;
  while (parent && (isTypeWrapper(parent) || parent.type === 'ChainExpression')) {
    below = parent;
    parent = parent.parent;
  }
  return [parent, below];
}

/** Whether a kept value is handed to something that may keep it: returned, stored, passed to a function that is not a standard read. */
function handsOut(value: TSESTree.Node): boolean {
  const [parent, below] = outerOf(value);
  switch (parent?.type) {
    case 'VariableDeclarator':
      // Taken apart into its members (teable's `Encryptor`: `const { algorithm, key, iv } =
      // this.options`): each is read as `this.options.key` would be; the whole goes nowhere.
      return !(parent.init === below && parent.id.type === 'ObjectPattern' && parent.id.properties.every((property) => property.type === 'Property'));
    case 'ReturnStatement':
    case 'AssignmentExpression':
    case 'Property':
    case 'ArrayExpression':
    case 'ArrowFunctionExpression':
    case 'YieldExpression':
    case 'NewExpression':
      return true;
    case 'CallExpression': {
      const callee = parent.callee.type === 'MemberExpression' ? `${staticName(parent.callee.object) ?? ''}.${staticName(parent.callee.property) ?? ''}` : staticName(parent.callee) ?? '';
      return !READING_FUNCTIONS.has(callee);
    }
    default:
      return false;
  }
}
