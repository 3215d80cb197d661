import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { constantInit } from './bound-names.js';
import { dataClassFields, initialValue } from './data-class.js';
import { importedType } from './imported-classes.js';
import { filledType, localType, programOf, resolvedFilledType } from './local-types.js';
import { DATA_CONSTRUCTOR } from './produces-object.js';
import type { AnalysisInput } from './types.js';
import { calleeText, isPrimitiveLiteral, staticName, unwrapExpression } from './walk.js';

// Whether a variable or a field holds values — by its declared type, what it is given, or how it
// is compared — rather than an instance that anyone else shares.

// DOM types no server has: elements, IndexedDB's handles, media (Web Audio's context, buffers and
// nodes: mcp-use's `softBuffer: AudioBuffer`), canvas and WebRTC contexts, and the Web Speech API's
// (lion-reader's browser narration keeps `currentUtterance: SpeechSynthesisUtterance | null`).
export const PAGE_ONLY_TYPE = /^(?:SpeechSynthesis(?:Utterance|Voice)?|SpeechRecognition|(?:HTML|SVG)\w*Element|IDB(?:Database|ObjectStore|Transaction|Index|Factory|OpenDBRequest|Cursor\w*)|MediaStream|MediaRecorder|(?:Offline)?AudioContext|AudioBuffer|AudioWorkletNode|(?:AudioBufferSource|Gain|Oscillator|BiquadFilter|Analyser|StereoPanner|Panner|Convolver|Delay|DynamicsCompressor)Node|CanvasRenderingContext2D|WebGL2?RenderingContext|OffscreenCanvas|ServiceWorkerRegistration|RTCPeerConnection)$/;
// … and the page's own globals by their DOM names — `Storage` (grist's `_storage: Storage`, its
// `localStorage` or a stand-in), `Window`, `Document` — unless the file binds the name itself
// (`import { Storage } from '@google-cloud/storage'` is a server's client).
const PAGE_GLOBAL_TYPES: ReadonlySet<string> = new Set(['Storage', 'Window', 'Document', 'Navigator', 'Location']);

/** Whether `name` is the page's global type where `annotation` is: no top-level import or declaration of the file binds it. */
function isPageGlobalType(annotation: TSESTree.Node, name: string): boolean {
  if (!PAGE_GLOBAL_TYPES.has(name)) return false;
  const program = programOf(annotation);
  if (!program) return false;
  return !program.body.some((statement) => {
    if (statement.type === 'ImportDeclaration') return statement.specifiers.some((specifier) => specifier.local.name === name);
    const declaration = statement.type === 'ExportNamedDeclaration' ? statement.declaration : statement;
    if (declaration?.type === 'VariableDeclaration') return declaration.declarations.some((d) => d.id.type === 'Identifier' && d.id.name === name);
    return (declaration?.type === 'ClassDeclaration' || declaration?.type === 'TSInterfaceDeclaration' || declaration?.type === 'TSTypeAliasDeclaration') && declaration.id?.name === name;
  });
}

const PRIMITIVE_TYPES = new Set(['TSVoidKeyword', 'TSStringKeyword', 'TSNumberKeyword', 'TSBooleanKeyword', 'TSBigIntKeyword', 'TSSymbolKeyword', 'TSLiteralType', 'TSTemplateLiteralType', 'TSUndefinedKeyword', 'TSNullKeyword']);

/** `string`, `number`, `'a' | 'b'`, `string | null`: a type whose values are all primitives. */
export function isPrimitiveType(type: TSESTree.TypeNode | undefined): boolean {
  if (!type) return false;
  if (type.type === 'TSUnionType') return type.types.every(isPrimitiveType);
  return PRIMITIVE_TYPES.has(type.type);
}

// Data, not behaviour: a cached file's bytes (outline's `errorHtmlCache: Buffer`), a date, a
// pattern, an address, a document id (chat-ui's `lockId: ObjectId`), a key (AbstractPlay's webhook
// verifier keeps the public key it fetched as a `KeyObject`; Web Crypto's `CryptoKey`); and handles that only undo
// something — a timer's, a registration's (continue's `vscode.Disposable` code-lens registrations).
const VALUE_TYPES = new Set(['Buffer', 'ArrayBuffer', 'SharedArrayBuffer', 'DataView', 'Uint8Array', 'Uint8ClampedArray', 'Int8Array', 'Uint16Array', 'Int16Array',
  'Uint32Array', 'Int32Array', 'Float32Array', 'Float64Array', 'BigUint64Array', 'BigInt64Array', 'Date', 'RegExp', 'URL', 'ObjectId', 'KeyObject', 'CryptoKey', 'Disposable', 'IDisposable', 'Subscription', 'Timeout', 'Timer', 'Immediate',
  // An exact number: decimal.js' and Prisma's `Decimal`, bignumber.js' `BigNumber`, big.js' `Big` — immutable,
  // as a number is (llm-gateway's price table, `Map<string, ModelPricing>` of `Decimal` rates read from its pricing file).
  'Decimal', 'BigNumber', 'Big',
  // A middleware function (Express's, Hono's): the app's request pipeline, shared by design (Hexabot's session middleware).
  'RequestHandler', 'ErrorRequestHandler', 'MiddlewareHandler',
  // A NestJS module's definition (Vendure's `defaultTypeOrmModule: DynamicModule`, from `TypeOrmModule.forRootAsync(…)`): what the container reads to build its providers.
  'DynamicModule']);
// `UnlistenFn`, `CleanupFunction`, a bare `Function`: a function type by name (not `RegisteredCallback`,
// outline's `{ callback, options }` records); a constructor's type by TypeScript's own naming
// (`PromiseConstructor`; Astro's `sharp: SharpConstructor`, the image library loaded on first use);
// and a library's by its name (the MongoDB driver's `socks: SocksLib | null`, its optional `socks`
// package loaded on first use): code, whose instances each caller makes. A `Map<Function, Info>`
// keyed by classes (type-graphql's schema generator) holds values.
const CALLBACK_TYPE = /(?:^|[a-z])(?:Fn|Func|Function|Constructor)$|[a-z](?:Lib|Library)$/;
/**
 * `ElasticsearchRuntimeOptions`, `AppConfig`: settings, which every request reads alike (Vendure's
 * plugins keep theirs in a static); so is the environment read and checked once (a Bun API's
 * `cachedEnv: Env | null` from `validateEnv()`), or a Worker's `Env` of its bindings.
 */
export const SETTINGS_TYPE = /(?:^|[a-z])(?:Options|Config|Configuration|Settings|Env)$/;
/**
 * `ServerVersionDto`, `ModelInfo`, `ClientMetadata`: a data transfer object, an info or metadata
 * record is data by its name (hedgedoc's cached version, cline's model catalogue, gemini-cli's
 * client metadata); so is a schema, or a set of them — a description of data that parsing
 * reads and nothing writes (the MCP SDK's wire schemas, built on first use). A summary, a
 * snapshot or statistics are a record of what happened (DollhouseMCP's
 * `lastPermissionHookStartupRepairSummary: PermissionHookStartupRepairSummary | null`), and an
 * error is what went wrong (actual-mcp-server's `initializationError: Error | null`).
 */
const DATA_TRANSFER_TYPE = /[a-z0-9](?:Dto|DTO|Info|Metadata|Summary|Snapshot|Stats|Error)$|^Error$|Schemas?$/;
/** `DiscordBridgeConfigLogging`, `UserInfoRecord`: a class named for settings or data somewhere in its name. */
const RECORD_CLASS = /(?:Options|Config|Configuration|Settings|Dto|DTO|Info|Metadata)(?:[A-Z]|$)/;
/** Containers whose contents decide: a `Set<string>` of model names, a `Map<string, string[]>` of regions, hold values. */
const VALUE_CONTAINERS = new Set(['Promise', 'Array', 'ReadonlyArray', 'Set', 'ReadonlySet', 'Map', 'ReadonlyMap', 'Record']);
/** Containers of entries under keys: `Map<K, V>`, `Record<K, V>`. */
const KEYED_CONTAINERS: ReadonlySet<string> = new Set(['Map', 'ReadonlyMap', 'Record']);
/** Types made from the first type they are given (`Partial<Settings>`, `Omit<Config, 'db'>`, `Awaited<…>`): they hold what it holds. */
const TYPE_MODIFIERS = new Set(['Awaited', 'Partial', 'Required', 'Readonly', 'NonNullable', 'Pick', 'Omit', 'DeepPartial', 'RecursivePartial', 'DeepReadonly', 'DeepRequired']);

/**
 * `let secret: string | undefined`, `static os: string`, `let latest: Promise<string | null>`,
 * `let page: Buffer`: declared to hold a value — or a promise, a list, a set or a map of values
 * (Flowise's `Set<string>` of model names), or a callback — never an instance anyone else shares.
 */
export function holdsValues(annotation: TSESTree.TypeNode | undefined, depth = 0): boolean {
  // Deep enough for a promise of a record of records of the module's own types (sourcebot's
  // `Promise<ModelsDevCatalog | null> | null`, three aliases down); a bound for types that refer to themselves.
  if (!annotation || depth > 16) return false;
  const holds = (type: TSESTree.TypeNode | undefined) => holdsValues(type, depth + 1);
  // An object only a page has (formbricks' `dbPromise: Promise<IDBDatabase>`, an element): a page serves one user.
  if (annotation.type === 'TSTypeReference' && annotation.typeName.type === 'Identifier' && (PAGE_ONLY_TYPE.test(annotation.typeName.name) || isPageGlobalType(annotation, annotation.typeName.name))) return true;
  if (annotation.type === 'TSUnionType') return annotation.types.every(holds);
  // A record of values widened by another (Zerotrust's token service keeps `config: zerotrustConfig["session"]
  // & { secretKeyHex: string }`): every part holds values, so the whole does.
  if (annotation.type === 'TSIntersectionType') return annotation.types.every(holds);
  // A list, of whatever: data read once (growthbook's `cachedSkills: Skill[]`, a search index, a
  // compiled route table) or what is registered (outline's `static handlers: Handler[]`), not one
  // instance handed to every caller.
  if (annotation.type === 'TSArrayType') return true;
  // atproto's `static appLabelers: readonly string[]`
  if (annotation.type === 'TSTypeOperator' && annotation.operator === 'readonly') return holds(annotation.typeAnnotation);
  // `typeof fetch`: the fetch function itself, the global or a test's stand-in (vectorflow's Vault
  // provider, `fetchImpl: typeof fetch`) — a function, not an instance anyone fills.
  if (annotation.type === 'TSTypeQuery' && annotation.exprName.type === 'Identifier' && annotation.exprName.name === 'fetch') return true;
  // A key of a type is a string, a number or a symbol (latitude's `Record<keyof typeof FONT_URLS, ArrayBuffer>`).
  if (annotation.type === 'TSTypeOperator' && annotation.operator === 'keyof') return true;
  // A part of a record of values is values: unkey's `z.infer<typeof githubKeysSchema>["public_keys"]`.
  if (annotation.type === 'TSIndexedAccessType') return holds(annotation.objectType);
  // `vscode.Disposable`, `NodeJS.Timeout`: the type's own name decides. What a zod schema parses
  // (`z.infer<typeof schema>`, `z.output`, `z.input`) is data.
  if (annotation.type === 'TSTypeReference' && annotation.typeName.type === 'TSQualifiedName') {
    const { left, right } = annotation.typeName;
    // What a data constructor makes is data by its type's name too (gazatu-api's `static gqlSchema?:
    // gql.GraphQLSchema`, built once by `buildGraphQLSchema()`; a `mongoose.Schema`).
    return VALUE_TYPES.has(right.name) || (left.type === 'Identifier' && left.name === 'z' && ZOD_DATA_TYPES.has(right.name))
      || (left.type === 'Identifier' && left.name === 'Intl' && DATA_CONSTRUCTOR.test(`Intl.${right.name}`)) || (!annotation.typeArguments && DATA_CONSTRUCTOR.test(right.name));
  }
  if (annotation.type === 'TSTypeReference' && annotation.typeName.type === 'Identifier') {
    if (VALUE_TYPES.has(annotation.typeName.name) || CALLBACK_TYPE.test(annotation.typeName.name) || SETTINGS_TYPE.test(annotation.typeName.name) || DATA_TRANSFER_TYPE.test(annotation.typeName.name)) return true;
    if (!annotation.typeArguments && DATA_CONSTRUCTOR.test(annotation.typeName.name) && !localType(annotation, annotation.typeName.name)) return true;
    // What a function named for settings returns is settings: appnoxtech's Twilio service keeps
    // `_config: ReturnType<typeof getTwilioConfig> | null`, read from the environment on first use.
    if (annotation.typeName.name === 'ReturnType' && returnsSettings(annotation.typeArguments?.params[0])) return true;
    // `ReturnType<typeof setInterval>` is the timer's handle, a `NodeJS.Timeout` by another name.
    if (annotation.typeName.name === 'ReturnType' && timerHandle(annotation.typeArguments?.params[0])) return true;
    // zigbee2mqtt's `let _settings: Partial<Settings> | undefined`, read from its settings file once.
    const modified = TYPE_MODIFIERS.has(annotation.typeName.name) ? annotation.typeArguments?.params[0] : undefined;
    if (modified) return holds(modified);
    if (!VALUE_CONTAINERS.has(annotation.typeName.name)) {
      if (annotation.typeArguments) return false;
      const local = localType(annotation, annotation.typeName.name) ?? importedTypeOf(annotation, annotation.typeName.name);
      if (local === undefined) {
        // A class of fields alone, named for settings or data, is a record as an interface is (see
        // data-class.ts); one named otherwise may be a registry or a conversation its fields fill.
        const fields = RECORD_CLASS.test(annotation.typeName.name) ? dataClassFields(annotation, annotation.typeName.name) : undefined;
        return fields !== undefined && fields.every(([type, value]) => (type === undefined ? initialValue(value) : holds(type)));
      }
      return Array.isArray(local) ? recordOfValues(local, holds) : holds(local as TSESTree.TypeNode | undefined);
    }
    // `Array<ConnectorFactory>` is `ConnectorFactory[]` (logto's CLI connectors, loaded once): a list, as above.
    if (annotation.typeName.name === 'Array' || annotation.typeName.name === 'ReadonlyArray') return true;
    const params = annotation.typeArguments?.params ?? [];
    // `Record<string, unknown>`: a plain object of whatever JSON holds (langwatch's evaluator
    // catalogue, built once from compiled-in schemas); nothing is called on an `unknown`.
    if (annotation.typeName.name === 'Record' && params.length === 2 && params[1]!.type === 'TSUnknownKeyword') return holds(params[0]);
    // A map's or a record's entries decide, not the keys they are kept under: a key is an identity,
    // whatever type names it (ariadne's export index, `Map<SymbolName, ExportMetadata>` with
    // `SymbolName` a package's alias of a string).
    if (KEYED_CONTAINERS.has(annotation.typeName.name) && params.length === 2) return holds(params[1]);
    return params.length > 0 && params.every(holds);
  }
  // linkwarden's `let appleClientSecret: { value: string; expiresAt: number }`: a record of values.
  if (annotation.type === 'TSTypeLiteral') return recordOfValues(annotation.members, holds);
  // `let unsubscribe: (() => void) | null`: a callback kept, not an instance; and a class loaded on
  // first use (appium's `MJpegConsumer: new () => NodeJS.ReadWriteStream`, an optional package's
  // constructor): code, whose instances each caller makes.
  return PRIMITIVE_TYPES.has(annotation.type) || annotation.type === 'TSFunctionType' || annotation.type === 'TSConstructorType';
}

/**
 * The record a type imported from another file of the project declares (NovaOS' `cachedDbReadiness:
 * DbReadiness | null`, an interface of flags and messages in `../db/railwayReady.ts`), read as
 * the module's own would be.
 */
function importedTypeOf(at: TSESTree.Node, name: string): ReturnType<typeof localType> {
  const program = programOf(at);
  return program === undefined ? undefined : importedType(program, name);
}

/** `typeof setInterval`, `typeof setTimeout`, `typeof setImmediate` (also as `globalThis.setInterval`): a timer's maker. */
function timerHandle(query: TSESTree.TypeNode | undefined): boolean {
  if (query?.type !== 'TSTypeQuery') return false;
  const name = query.exprName.type === 'Identifier' ? query.exprName.name : query.exprName.type === 'TSQualifiedName' && query.exprName.left.type === 'Identifier' && /^(?:globalThis|window|global)$/.test(query.exprName.left.name) ? query.exprName.right.name : '';
  return /^set(?:Interval|Timeout|Immediate)$/.test(name);
}

/** `typeof getTwilioConfig`, `typeof loadSettings`: the type of a function named for what SETTINGS_TYPE names. */
function returnsSettings(query: TSESTree.TypeNode | undefined): boolean {
  if (query?.type !== 'TSTypeQuery' || query.exprName.type !== 'Identifier') return false;
  return SETTINGS_TYPE.test(query.exprName.name);
}

/**
 * `typeof import('typescript')`, or `typeof SuperJSON` after `import type SuperJSON from
 * 'superjson'`: the module itself, imported for its types only and loaded on first use
 * (langwatch's logger requires superjson lazily) — code, not an instance built for anyone. Also
 * through a local alias and a promise: the AI SDK's `Promise<DiagnosticsChannel | undefined>`,
 * `type DiagnosticsChannel = typeof diagnosticsChannelModule` after `import type * as
 * diagnosticsChannelModule from 'node:diagnostics_channel'`.
 */
export function holdsModule(annotation: TSESTree.TypeNode | undefined, depth = 0): boolean {
  const query = filledType(resolvedFilledType(annotation));
  if (depth < 3 && query?.type === 'TSTypeReference' && query.typeName.type === 'Identifier' && !query.typeArguments) {
    const alias = localType(query, query.typeName.name);
    return !Array.isArray(alias) && holdsModule(alias as TSESTree.TypeNode | undefined, depth + 1);
  }
  if (query?.type !== 'TSTypeQuery') return false;
  if (query.exprName.type === 'TSImportType') return true;
  if (query.exprName.type !== 'Identifier') return false;
  const name = query.exprName.name;
  return (programOf(query)?.body ?? []).some((statement) => statement.type === 'ImportDeclaration'
    && statement.specifiers.some((specifier) => specifier.local.name === name && (statement.importKind === 'type' || (specifier.type === 'ImportSpecifier' && specifier.importKind === 'type'))));
}

/**
 * Whether a JSDoc `@type` right before a declaration says it holds values, in a JavaScript file:
 * overleaf's batched updates keep `/** @type {ObjectId} *\/ let BATCH_RANGE_START` and
 * `/** @type {number} *\/ let BATCH_SIZE`, set from the options of each run. Read from the text,
 * for the simple types such comments are written with: primitives, the value types above, unions
 * of them, and lists, sets or promises of them.
 */
export function jsdocSaysValues(text: string, declarationStart: number): boolean {
  const before = text.slice(Math.max(0, declarationStart - 400), declarationStart);
  const comment = /\/\*\*\s*@type\s*\{([^{}]*)\}\s*\*\/\s*$/.exec(before);
  return comment !== null && jsdocTypeHoldsValues(comment[1]!.trim(), 0);
}

const JSDOC_PRIMITIVES = new Set(['number', 'string', 'boolean', 'bigint', 'symbol', 'null', 'undefined', 'void', 'Number', 'String', 'Boolean']);

/** A JSDoc type's union members at its top level: `Promise<string> | null` → `Promise<string>`, `null`; undefined when brackets do not pair. */
function topLevelUnion(type: string): string[] | undefined {
  const members: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < type.length; i++) {
    const c = type[i];
    if (c === '<' || c === '(' || c === '{' || c === '[') depth++;
    else if (c === '>' || c === ')' || c === '}' || c === ']') depth--;
    else if (c === '|' && depth === 0) {
      members.push(type.slice(start, i).trim());
      start = i + 1;
    }
    if (depth < 0) return undefined;
  }
  if (depth !== 0) return undefined;
  members.push(type.slice(start).trim());
  return members;
}

function jsdocTypeHoldsValues(type: string, depth: number): boolean {
  if (depth > 4 || type === '') return false;
  // `Promise<string> | null` (webhook-debugger-logger's in-flight read of its dashboard's template): each member.
  const union = topLevelUnion(type);
  if (union && union.length > 1) return union.every((part) => jsdocTypeHoldsValues(part, depth + 1));
  const container = /^(?:Array|ReadonlyArray|Set|Promise)<(.+)>$/.exec(type);
  if (container) return jsdocTypeHoldsValues(container[1]!.trim(), depth + 1);
  // A generic or a function type in a union is past what a text reading can split safely.
  if (/[<>(){}]/.test(type)) return false;
  if (type.includes('|')) return type.split('|').every((part) => jsdocTypeHoldsValues(part.trim(), depth + 1));
  // Closure's `?ObjectId` (nullable), `string[]`.
  const element = type.replace(/^\?/, '').replace(/(?:\[\])+$/, '');
  if (element !== type) return jsdocTypeHoldsValues(element, depth + 1);
  return JSDOC_PRIMITIVES.has(type) || VALUE_TYPES.has(type) || /^(?:'[^']*'|"[^"]*"|-?\d[\d.]*)$/.test(type);
}

/** The types a zod schema's parse gives: `z.infer<typeof schema>`, `z.output<…>`, `z.input<…>`. */
const ZOD_DATA_TYPES = new Set(['infer', 'output', 'input']);

/**
 * `new Map<number, number>()`, `new Set<string>()`: a container whose type arguments say it holds
 * values (civitai's `fetchedAt` clock). Or a value itself — `new RegExp(…)`, `new Date()`, `new
 * URL(…)`: what the binding is later set to is another of the same (DollhouseMCP's index manager
 * recompiles `static VERB_PREFIX_PATTERN = new RegExp(…)` with `this.compileAndValidateRegex(…)`,
 * and TypeScript types the field by its first value).
 */
export function constructsValues(init: TSESTree.Node | null | undefined): boolean {
  const value = init && unwrapExpression(init);
  if (value?.type !== 'NewExpression') return false;
  const callee = calleeText(value.callee);
  if (callee !== undefined && DATA_CONSTRUCTOR.test(callee)) return true;
  if (value.callee.type !== 'Identifier' || !VALUE_CONTAINERS.has(value.callee.name)) return false;
  const params = value.typeArguments?.params ?? [];
  return params.length > 0 && params.every((param) => holdsValues(param));
}

/**
 * Whether a type's members are all properties or index signatures, each holding values: `{ value:
 * string; expiresAt: number }`, ioredis' `interface FlagMap { [flag: string]: { [command: string]: true } }`.
 */
function recordOfValues(members: readonly TSESTree.TypeElement[], holds: (type: TSESTree.TypeNode | undefined) => boolean): boolean {
  const types = members.map((member) => (member.type === 'TSPropertySignature' || member.type === 'TSIndexSignature' ? member.typeAnnotation?.typeAnnotation : undefined));
  // A cache's entry, stamped with when it was stored (B2b-portal's `{ data: any; timestamp: number }`
  // per shop, dropped after a TTL): what it keeps beside the stamp is what a lookup returned.
  const stamped = members.some((member) => member.type === 'TSPropertySignature' && STORED_AT.test(staticName(member.key) ?? '') && isTime(member.typeAnnotation?.typeAnnotation));
  // `unknown` is data: nothing is called on it unnarrowed (as in `Record<string, unknown>`).
  const data = (type: TSESTree.TypeNode | undefined) => type?.type === 'TSUnknownKeyword' || (stamped && type?.type === 'TSAnyKeyword') || holds(type);
  // Only functions (`{ get: (url: string) => Promise<Response> }`): an object's methods, not a record.
  return types.length > 0 && types.every(data) && !types.every((type) => type?.type === 'TSFunctionType');
}

// The field a cache's entry is stamped with: `timestamp`, `expiresAt`, `cachedAt`, `fetchedAt`, `ts`.
const STORED_AT = /^(?:timestamp|ts|time|at|expires|expiry|expiresAt|expireAt|expiration|cachedAt|fetchedAt|storedAt|createdAt|updatedAt|loadedAt)$/;
const isTime = (type: TSESTree.TypeNode | undefined): boolean =>
  type?.type === 'TSNumberKeyword' || (type?.type === 'TSTypeReference' && type.typeName.type === 'Identifier' && type.typeName.name === 'Date');

const EQUALITY = new Set(['===', '!==', '==', '!=']);

/**
 * `c = peek(); … if (c === '{')`, `state = 'idle'`, `switch (c) { case 'x': … }`: a variable
 * that is given or compared with a string, number or boolean holds values, not an instance —
 * given one through a constant too (Joplin's `let currentLocale_ = defaultLocale_`).
 */
export function usedAsPrimitive(variable: TSESLint.Scope.Variable, input: AnalysisInput): boolean {
  return variable.references.some((reference) => {
    const written = reference.writeExpr as TSESTree.Node | null;
    if (reference.isWrite() && (isPrimitiveLiteral(written) || (written !== null && isPrimitiveLiteral(constantInit(input, written))))) return true;
    const identifier = reference.identifier as TSESTree.Node;
    const parent = identifier.parent;
    if (parent?.type === 'BinaryExpression' && EQUALITY.has(parent.operator)) {
      return isPrimitiveLiteral(parent.left === identifier ? parent.right : parent.left);
    }
    if (parent?.type === 'SwitchStatement' && parent.discriminant === identifier) return parent.cases.some((c) => isPrimitiveLiteral(c.test));
    // `<${name}@${baseDomain}>`: an instance would print as [object Object].
    return parent?.type === 'TemplateLiteral';
  });
}
