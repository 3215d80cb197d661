import type { ResolvedConfig } from '../config/index.js';
import { CONVERSATION_MEMORY_CLASS } from './conversation-names.js';
import { mayMakePerRequestCache } from './request-caches.js';
import { GLOBAL_GETTER_NAME, GLOBAL_OBJECTS } from './global-objects.js';
import { MEMO_WRAPPERS } from './memo-holders.js';
import { hasModuleLevelLetOrVar } from './prefilter-scan.js';
import { surroundingsKeepHoldersOut } from './single-user-package.js';
import { isTestFile } from './test-files.js';

/**
 * Cheap text tests that decide whether a file needs parsing at all. They must be SOUND: false
 * only when no rule could report in the file. Each clause mirrors a rule's definition:
 *  - getter calls/references, constructions, creator calls all spell a configured name;
 *  - holders need a `let`/`var` that may live as long as the module, a `static` member, `new` of a
 *    singleton class, a global object, a memo wrapper, or a slot typed for a singleton class.
 */
interface Tests {
  /** Any configured getter, creator or class name, as a substring. */
  readonly anyName: RegExp;
  readonly newCall: RegExp;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Space between tokens, comments included. Each comment is matched whole (a line comment to its
// line's end), so the pattern has one way to match and cannot backtrack into a banner of slashes.
const GAP = String.raw`(?:\s|//[^\n]*(?![^\n])|/\*(?:[^*]|\*(?!/))*\*/)`;

const cache = new WeakMap<ResolvedConfig, Tests>();

function testsFor(config: ResolvedConfig): Tests {
  let tests = cache.get(config);
  if (!tests) {
    // One alternation, not a text.includes() per name: with langfuse's 47 getters (144 names) over
    // 4,000 files, 0.1 s instead of 0.5 s. A config with no factories matches nothing.
    const names = [...new Set(config.factories.flatMap((f) => [f.getter, f.creator, f.class]))];
    const anyName = names.length > 0 ? new RegExp(names.map(escapeRegExp).join('|')) : /(?!)/;
    // `new a.b.ClassName` (comments may come between), or (group 2) a parenthesised class: unsure,
    // so a candidate. "new" in prose is followed by neither, or by a word no singleton class is named.
    tests = { anyName, newCall: new RegExp(String.raw`\bnew\b${GAP}*(?:(?:[\w$\u0080-\uffff]+${GAP}*\.${GAP}*)*([\w$\u0080-\uffff]+)|(\())`, 'g') };
    cache.set(config, tests);
  }
  return tests;
}

/** Getter, creator or class names: the codemod's and the site rules' test. */
export function mayContainFactorySite(text: string, config: ResolvedConfig): boolean {
  return testsFor(config).anyName.test(text);
}

// A static holder is a static *property*, readonly only when named like the instance the class
// keeps (`static readonly instance = new X()`) or holding a singleton class's instance, which
// `new` (below) finds. A `static` followed on its line by a method (`static create(`, `static
// async load`, `static get x`, `static *gen`), a block, a computed key or `readonly x` not named
// so cannot be one; nor can prose (`static files are served`): after
// the property's name comes what may follow a class property on its line (`=`, `;`, `:`, `!`,
// `?`, `}`, a comment) or the line's end. A line break, a comment or a quoted key stays unsure.
// Space within a line: any JavaScript whitespace but a line terminator.
const SP = String.raw`[^\S\r\n\u2028\u2029]`;
// The start of a name static-holders.ts's INSTANCE_NAME may take, in either case (no `i` flag for one part of a pattern).
const anyCase = (word: string) => [...word].map((c) => `[${c.toLowerCase()}${c.toUpperCase()}]`).join('');
const INSTANCE_LIKE = String.raw`[_$#]*(?:${['default', 'shared', 'global', 'instance', 'singleton'].map(anyCase).join('|')})`;
const NOT_A_PROPERTY = String.raw`${SP}*(?:[({[*]|readonly${SP}+(?!${INSTANCE_LIKE})[\w$#[\u0080-\uffff]|(?:async|get|set)${SP}+[\w$#[*\u0080-\uffff]|#?[\w$\u0080-\uffff]+${SP}*[(<])`;
const MAY_BE_PROPERTY = String.raw`${SP}*(?:[\r\n\u2028\u2029/'"]|$|(?:(?:override|declare|accessor|readonly)${SP}+)*#?[\w$\u0080-\uffff]+${SP}*(?:[=;:!?}\r\n\u2028\u2029/]|$))`;
// Nor is a member, a JSDoc tag or a path (`a.static`, `@static`, `/_next/static`); a comment may
// end right before the keyword (`/* c */static x`).
const STATIC = new RegExp(String.raw`(?<![.@-])(?<![^*]/)\bstatic\b(?!${NOT_A_PROPERTY})(?=${MAY_BE_PROPERTY})`);
// A global cache is an assignment to a direct member of a global object: `globalThis.x = …`,
// `global.x ??= …`, `window[k] = …`, `(globalThis as any).x = …`. After the name comes a
// member access (or, unsure, a wrapper: `!`, `as`, `satisfies`), possibly after closing
// parentheses and comments, and after a `.name` an assignment operator (or, unsure, a wrapper or
// an escape). `window.addEventListener(`, `self.postMessage(`, `f(window)`, `!window.Worker)`,
// `window !== undefined` and the words "global" or "window" in prose are not.
const ASSIGNS = String.raw`(?:${GAP}|\))*(?:=(?!=)|[-+*%&|^]=|\*\*=|<<=|>>>?=|&&=|\|\|=|\?\?=|!(?!=)|\\|as\b|satisfies\b)`;
const MEMBER_WRITE = String.raw`(?:\.${GAP}*(?:[\w$\u0080-\uffff]+${ASSIGNS}|\\)|\[|!(?!=)|as\b|satisfies\b)`;
const GLOBAL_OBJECT = new RegExp(String.raw`\b(?:${[...GLOBAL_OBJECTS].join('|')})\b(?:${GAP}|\))*${MEMBER_WRITE}`);
// A constant bound to the global object, whose members a cache is then written through:
// `const g = globalThis as any`, `const scope = (window)`, `PlatformTools.getGlobalVariable()`.
// Not `= window.innerWidth`: a member of it is no alias.
const GLOBAL_ALIAS = new RegExp(String.raw`(?<![=!<>])=(?![=>])(?:${GAP}|\()*\b(?:${[...GLOBAL_OBJECTS].join('|')})\b(?!(?:${GAP}|\))*\.)|\b${GLOBAL_GETTER_NAME}\b`);
// Called, with type arguments (`memoize<Map<K, V>>(…)`) or optionally: the rule reads only the
// name, through parentheses, comments, type wrappers and string keys (`(once)(…)`,
// `once /* c */ (…)`, `_['memoize'](…)`), which stay unsure. The word in prose ("runs once)",
// "memoize the result") is not followed by a call. The names are the rule's own; `lazy` is a memo
// only when called bare (`z.lazy`, `React.lazy` are not).
const MEMO_NAMES = [...MEMO_WRAPPERS].map((name) => (name === 'lazy' ? String.raw`(?<!\.\s*)lazy` : name)).join('|');
const MEMO_WRAPPER = new RegExp(String.raw`\b(?:${MEMO_NAMES})(?:${GAP}|[)!\]'"\`])*(?:<|\(|\?\.|as\b|satisfies\b)`);
const LET_OR_VAR = /\b(?:let|var)\b/;
// JavaScript's static holder without a declaration (static-holders.ts, undeclaredStaticHolders):
// an assignment to a member named as the instance a class keeps — `this.instance = …`,
// `Singleton._instance ??= …`, `this['instance'] = …`. Unsure after a computed key's quote.
const INSTANCE_MEMBER_WRITE = new RegExp(String.raw`(?:\.${GAP}*${INSTANCE_LIKE}[\w$\u0080-\uffff]*${ASSIGNS}|\[${GAP}*['"\`]${INSTANCE_LIKE})`);

// A container's slot for an instance (container-slots.ts) is an optional member typed as a class
// (`agentManager?: AgentManager`) or a class in a union with `null` or `undefined` (`engine:
// Engine | null`, `null as Engine | null`); the class's last name is then tested against the
// singleton pattern, as `new`'s is. What the scan cannot read — a type argument or a comment
// before the `|` — is a candidate.
const WORD_CHAR = /[\w$\u0080-\uffff]/;
const TYPE_PATH = String.raw`(?:[\w$\u0080-\uffff]+${GAP}*\.${GAP}*)*([\w$\u0080-\uffff]+)`;
// After the `:`, a union's leading `|` (`agentManager?:\n  | AgentManager`) or parentheses may come first.
const OPTIONAL_SLOT = new RegExp(String.raw`\?${GAP}*:(?:${GAP}|[(|])*${TYPE_PATH}`, 'g');
const NULL_THEN_BAR = new RegExp(String.raw`\b(?:null|undefined)${GAP}*\)*${GAP}*\|`, 'g');
const TYPE_AFTER_BAR = new RegExp(String.raw`(?:${GAP}|[|()]|\bnull\b|\bundefined\b)*${TYPE_PATH}`, 'y');
const BAR_THEN_NULL = /\|[\s(|]*(?:null|undefined)\b/g;

/** Whether a `//` comes before `index` on its line: looked for from the line's start, not back through the file. */
function lineCommentBefore(text: string, index: number): boolean {
  return text.slice(text.lastIndexOf('\n', index) + 1, index).includes('//');
}

function mayHaveContainerSlot(text: string, config: ResolvedConfig): boolean {
  const singleton = config.singletonClassPattern;
  OPTIONAL_SLOT.lastIndex = 0;
  for (let match = OPTIONAL_SLOT.exec(text); match; match = OPTIONAL_SLOT.exec(text)) {
    if (singleton.test(match[1]!)) return true;
  }
  NULL_THEN_BAR.lastIndex = 0;
  while (NULL_THEN_BAR.test(text)) {
    TYPE_AFTER_BAR.lastIndex = NULL_THEN_BAR.lastIndex;
    const match = TYPE_AFTER_BAR.exec(text);
    if (match && singleton.test(match[1]!)) return true;
  }
  BAR_THEN_NULL.lastIndex = 0;
  while (BAR_THEN_NULL.test(text)) {
    // Back from the `|` to the type before it, over spaces and closing parentheses.
    let i = BAR_THEN_NULL.lastIndex - 1;
    while (i >= 0 && text[i] !== '|') i--;
    i--;
    while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r' || text[i] === ')')) i--;
    if (i < 0) continue;
    const before = text[i]!;
    // A type argument, a block comment, or a line comment the type's line ends with (`Engine //
    // set by start()` above `| null`): the type is not the word before the `|` — unsure.
    if (before === '>' || before === '/' || lineCommentBefore(text, i)) return true;
    if (!WORD_CHAR.test(before)) continue;
    const end = i + 1;
    while (i > 0 && WORD_CHAR.test(text[i - 1]!)) i--;
    if (singleton.test(text.slice(i, end))) return true;
  }
  return false;
}

// A conversation the module keeps (shared-conversations.ts): a `const` list a request handler
// appends to (a `let` or `var` one, the tests above keep already), or a global object's member
// appended to where another module made it a list. Every name and property it is known by spells
// one of these words; it is appended to by `push`/`unshift`, and given a list here (`= [`, or a
// module object's `messages: [`; through parentheses, comments, or a type assertion's `<`) or
// reached through a global object.
const CONVERSATION_WORD = /messages|conversation|chat|transcript|dialog|history|contents/i;
const APPENDS = /\b(?:push|unshift)\b/;
const GIVEN_LIST = new RegExp(String.raw`[=:](?:${GAP}|\()*[[<]`);
const GLOBAL_WORD = new RegExp(String.raw`\b(?:${[...GLOBAL_OBJECTS].join('|')})\b`);
// A NestJS provider's conversation field (provider-conversations.ts) is spelt with the same words.
// A client a request handler or a function of the module signs in as a user (request-state.ts,
// shared-sign-ins.ts) is signed in by a setter of these names, or through googleapis' `credentials` field.
const SIGNS_IN = /\bset(?:Credentials|AccessToken|RefreshToken|Token|Tokens|BearerToken|Auth|Authorization|ApiKey)\b|\.credentials\s*=(?!=)/;
// A chat session the module starts (shared-chat-sessions.ts) is started by one of two calls.
const STARTS_CHAT = /\bstartChat\b|\bchats\b/;
const mayKeepConversation = (text: string): boolean => STARTS_CHAT.test(text) || SIGNS_IN.test(text) || (CONVERSATION_WORD.test(text)
  && ((APPENDS.test(text) && (GIVEN_LIST.test(text) || GLOBAL_WORD.test(text))) || text.includes('@nestjs/common')));

/** The holder rule's test. */
export function mayContainHolder(text: string, config: ResolvedConfig): boolean {
  if (STATIC.test(text) || GLOBAL_OBJECT.test(text) || GLOBAL_ALIAS.test(text) || MEMO_WRAPPER.test(text) || mayMakePerRequestCache(text)) return true;
  // An undeclared static holder is set in its class's body: no `class`, no need for the slower test.
  if (text.includes('class') && INSTANCE_MEMBER_WRITE.test(text)) return true;
  const { newCall } = testsFor(config);
  newCall.lastIndex = 0;
  for (let match = newCall.exec(text); match; match = newCall.exec(text)) {
    if (match[2] !== undefined || config.singletonClassPattern.test(match[1]!) || CONVERSATION_MEMORY_CLASS.test(match[1]!)) return true;
  }
  return (LET_OR_VAR.test(text) && hasModuleLevelLetOrVar(text)) || mayHaveContainerSlot(text, config) || mayKeepConversation(text);
}

/**
 * Whether any of the four rules could report in this file. A test (by the config's `tests` globs),
 * a module of a desktop app's package or a page script its server serves has no holders to the
 * holder rule, so there only a configured name keeps it: most of a big repo's test suites declare
 * a module-level `let`.
 */
export function mayContainFinding(text: string, config: ResolvedConfig, filePath?: string): boolean {
  if (mayContainFactorySite(text, config)) return true;
  // The package's manifest last: read only for the few files the text test keeps.
  return (filePath === undefined || !isTestFile(config, filePath)) && mayContainHolder(text, config) && (filePath === undefined || !surroundingsKeepHoldersOut(filePath));
}
