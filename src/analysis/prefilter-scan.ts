/**
 * A small lexical scan for one question: could a `let`/`var` live as long as the module? That is
 * a `let` at brace depth 0, a `let` in a block that may be an IIFE body, or any `var` (a `var` in
 * a block belongs to the enclosing function, and a lexer cannot tell a function's braces from an
 * `if`'s, so every `var` counts). The scan skips comments, strings, template literals and regular
 * expressions, and answers "yes" whenever it is unsure (unbalanced braces, a regex it cannot
 * close, a closing brace that might be called), because a wrong "no" would hide a finding.
 *
 * The scan jumps from one interesting token to the next with a native regex, so ordinary code
 * (most of any file) is never walked character by character in JavaScript.
 */

// `let`/`var` followed by `:`, `,`, `(`, `)` or `=` is a property, a label or a call, never a declaration.
const TOKEN = /[{}'"`/]|\b(?:let|var)\b(?!\s*[:,()=])/g;
const REGEX_AFTER_WORD = new Set(['return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void', 'throw', 'case', 'do', 'else', 'yield', 'await']);
const IDENT_CHAR = /[\w$\u0080-\uffff]/;

/** Whether a `/` at `index` starts a regex (judged by what precedes it), or is a division. */
function slashStartsRegex(text: string, index: number): boolean {
  let j = index - 1;
  while (j >= 0 && (text[j] === ' ' || text[j] === '\t' || text[j] === '\n' || text[j] === '\r')) j--;
  if (j < 0) return true;
  const before = text[j]!;
  if (before === ')' || before === ']' || before === '<') return false; // `</div>` in JSX is a closing tag
  // `{...props} />`, `className="x" />`: JSX closing a self-closing tag. A regex cannot follow a
  // string, and one starting with `>` right after a block is not code anyone writes; reading
  // these as regexes that never close made most .tsx files candidates.
  if ((before === '}' || before === '"' || before === "'") && text[index + 1] === '>') return false;
  if (IDENT_CHAR.test(before)) {
    let k = j;
    while (k > 0 && IDENT_CHAR.test(text[k - 1]!)) k--;
    return REGEX_AFTER_WORD.has(text.slice(k, j + 1));
  }
  return true;
}

// Global regexes driven by `lastIndex`: no substring or match array per string literal.
const TEMPLATE_STOP = /[`\\]|\$\{/g;
const STRING_STOP: Record<string, RegExp> = { '"': /["\\\n]/g, "'": /['\\\n]/g };
// A string that has not closed this far is given up on here (the scan goes on after it).
const STRING_WINDOW = 10_000;

/** From just inside a template (after ` or its closing }), to its end or an opening `${`. */
function skipTemplate(text: string, from: number): { open: boolean; index: number } {
  let i = from;
  for (;;) {
    TEMPLATE_STOP.lastIndex = i;
    if (!TEMPLATE_STOP.test(text)) return { open: false, index: text.length };
    const end = TEMPLATE_STOP.lastIndex;
    const c = text[end - 1]!;
    if (c === '\\') i = end + 1;
    else if (c === '`') return { open: false, index: end };
    else return { open: true, index: end };
  }
}

function skipString(text: string, start: number, quote: string): number {
  const stop = STRING_STOP[quote]!;
  let i = start + 1;
  for (;;) {
    stop.lastIndex = i;
    const found = stop.test(text);
    const at = stop.lastIndex - 1;
    if (!found || at >= i + STRING_WINDOW) return Math.min(text.length, i + STRING_WINDOW);
    const c = text[at]!;
    if (c === '\\') i = at + 2;
    // An unterminated string ends at the line (JSX text like `Don't` lands here).
    else if (c === '\n') return at;
    else return at + 1;
  }
}

/** Skips `/…/flags`; -1 when it does not close on its line (then the caller is unsure). */
function skipRegex(text: string, start: number): number {
  let i = start + 1;
  let inClass = false;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '\\') i += 2;
    else if (c === '\n') return -1;
    else if (c === '[') {
      inClass = true;
      i++;
    } else if (c === ']') {
      inClass = false;
      i++;
    } else if (c === '/' && !inClass) return i + 1;
    else i++;
  }
  return -1;
}

/**
 * Whether the code after a closing brace at `index` may call what the brace closed — so the
 * block may be an IIFE body: `}(`, `})(`, `}))(`, `})?.(`, `}!)(`, and (unsure, so yes) a type
 * wrapper or type arguments: `} as T)(`, `} satisfies T)(`, `})<T>(`. Comments between count as
 * space.
 */
// Each comment is matched whole — a block comment to its first `*/`, a line comment to the end of
// its line — so the regex cannot backtrack into one: a lazy `[\s\S]*?` would retry every later
// `*/` in the file for every closing brace, which took seconds on one file with many JSDoc blocks.
const AFTER_BLOCK = /(?:[\s)!?.]|\/\*(?:[^*]|\*(?!\/))*\*\/|\/\/[^\n]*(?![^\n]))*(?:\(|<|\b(?:as|satisfies)\b)/y;

// The characters AFTER_BLOCK can go on with after plain spacing: anything else is a quick "no".
const MAY_FOLLOW_BLOCK = new Set([')', '!', '?', '.', '/', '(', '<', 'a', 's']);

function mayBeCalled(text: string, index: number): boolean {
  let i = index;
  for (let c = text[i]; c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\v' || c === '\f'; c = text[++i]);
  if (i >= text.length) return false;
  if (!MAY_FOLLOW_BLOCK.has(text[i]!) && text.charCodeAt(i) < 0x80) return false;
  AFTER_BLOCK.lastIndex = i;
  return AFTER_BLOCK.test(text);
}

export function hasModuleLevelLetOrVar(text: string): boolean {
  let depth = 0;
  // Per open brace depth: whether a `let` was seen inside that block (or one nested in it).
  const letInside: boolean[] = [false];
  // The brace depth at which each open `${` returns to its template literal.
  const templateDepths: number[] = [];
  const token = new RegExp(TOKEN.source, 'g');
  let i = 0;
  for (;;) {
    token.lastIndex = i;
    // test(), not exec(): no match array per token (most of a file's braces and quotes). The
    // token is read back from where it ended: `let`/`var` end in a letter, the others are one char.
    if (!token.test(text)) break;
    const last = text[token.lastIndex - 1]!;
    const t = last === 't' ? 'let' : last === 'r' ? 'var' : last;
    const at = token.lastIndex - t.length;
    switch (t) {
      case '{':
        letInside[++depth] = false;
        i = at + 1;
        break;
      case '}': {
        if (depth === 0) return true;
        const hadLet = letInside[depth]!;
        depth--;
        if (hadLet) {
          if (mayBeCalled(text, at + 1)) return true;
          letInside[depth] = true;
        }
        if (templateDepths.length > 0 && templateDepths[templateDepths.length - 1] === depth) {
          templateDepths.pop();
          const end = skipTemplate(text, at + 1);
          if (end.open) {
            templateDepths.push(depth);
            letInside[++depth] = false;
          }
          i = end.index;
        } else {
          i = at + 1;
        }
        break;
      }
      case "'":
      case '"':
        i = skipString(text, at, t);
        break;
      case '`': {
        const end = skipTemplate(text, at + 1);
        if (end.open) {
          templateDepths.push(depth);
          letInside[++depth] = false;
        }
        i = end.index;
        break;
      }
      case '/': {
        const next = text[at + 1];
        if (next === '/') {
          const end = text.indexOf('\n', at);
          i = end === -1 ? text.length : end;
        } else if (next === '*') {
          const end = text.indexOf('*/', at + 2);
          if (end === -1) return true;
          i = end + 2;
        } else if (slashStartsRegex(text, at)) {
          const end = skipRegex(text, at);
          if (end < 0) return true;
          i = end;
        } else {
          i = at + 1;
        }
        break;
      }
      default:
        // `let` / `var` as a whole word; `obj.var` is a property, not a declaration.
        if (text[at - 1] !== '.') {
          if (depth === 0 || t === 'var') return true;
          letInside[depth] = true;
        }
        i = at + t.length;
    }
  }
  return depth !== 0;
}
