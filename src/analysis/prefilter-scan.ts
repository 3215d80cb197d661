/**
 * A small lexical scan for one question: is there a `let`/`var` that could live as long as the
 * module — at brace depth 0, or inside an IIFE? It skips comments, strings, template literals
 * and regular expressions, and answers "yes" whenever it is unsure (unbalanced braces, an
 * IIFE anywhere), because a wrong "no" would hide a finding.
 */
const enum Char {
  Slash = 47, Star = 42, Newline = 10, Backslash = 92, Quote = 39, DoubleQuote = 34, Backtick = 96,
  OpenBrace = 123, CloseBrace = 125, Dollar = 36, OpenBracket = 91, CloseBracket = 93,
}

// An IIFE body lives as long as the module too: `})(`, `}())`, `})()`.
const IIFE = /\}\s*\)\s*\(|\}\s*\(\s*\)\s*\)/;
const REGEX_AFTER_WORD = new Set(['return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void', 'throw', 'case', 'do', 'else', 'yield', 'await']);

function isIdentChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95 || code === 36 || code > 127;
}

export function hasModuleLevelLetOrVar(text: string): boolean {
  if (IIFE.test(text)) return true;
  const length = text.length;
  let depth = 0;
  // Template literal nesting: the brace depth at which each open `${` returns to its template.
  const templateDepths: number[] = [];
  // Whether a `/` here would start a regex: after an operator or at the start, not after a value.
  let regexAllowed = true;
  let i = 0;
  while (i < length) {
    const code = text.charCodeAt(i);
    if (code === Char.Slash) {
      const next = text.charCodeAt(i + 1);
      if (next === Char.Slash) {
        const end = text.indexOf('\n', i);
        i = end === -1 ? length : end;
        continue;
      }
      if (next === Char.Star) {
        const end = text.indexOf('*/', i + 2);
        if (end === -1) return true;
        i = end + 2;
        continue;
      }
      if (regexAllowed) {
        i = skipRegex(text, i);
        if (i < 0) return true;
        regexAllowed = false;
        continue;
      }
      i++;
      regexAllowed = true;
      continue;
    }
    if (code === Char.Quote || code === Char.DoubleQuote) {
      i = skipString(text, i, code);
      regexAllowed = false;
      continue;
    }
    if (code === Char.Backtick) {
      const end = skipTemplate(text, i + 1);
      if (end.kind === 'open') {
        templateDepths.push(depth);
        depth++;
      }
      i = end.index;
      regexAllowed = false;
      continue;
    }
    if (code === Char.OpenBrace) {
      depth++;
      i++;
      regexAllowed = true;
      continue;
    }
    if (code === Char.CloseBrace) {
      depth--;
      if (depth < 0) return true;
      if (templateDepths.length > 0 && templateDepths[templateDepths.length - 1] === depth) {
        templateDepths.pop();
        const end = skipTemplate(text, i + 1);
        if (end.kind === 'open') {
          templateDepths.push(depth);
          depth++;
        }
        i = end.index;
        regexAllowed = false;
        continue;
      }
      i++;
      regexAllowed = true;
      continue;
    }
    if (isIdentChar(code)) {
      const start = i;
      while (i < length && isIdentChar(text.charCodeAt(i))) i++;
      const word = text.slice(start, i);
      if (depth === 0 && (word === 'let' || word === 'var') && (start === 0 || text.charCodeAt(start - 1) !== 46 /* . */)) return true;
      regexAllowed = REGEX_AFTER_WORD.has(word);
      continue;
    }
    // After `)`, `]` or `<` (a JSX closing tag `</div>`) a slash is not a regex.
    if (code === 41 /* ) */ || code === Char.CloseBracket || code === 60 /* < */) regexAllowed = false;
    else if (code > 32) regexAllowed = true;
    i++;
  }
  return depth !== 0;
}

function skipString(text: string, start: number, quote: number): number {
  let i = start + 1;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === Char.Backslash) i += 2;
    else if (code === quote) return i + 1;
    // An unterminated string ends at the line (JSX text like `Don't` lands here).
    else if (code === Char.Newline) return i;
    else i++;
  }
  return i;
}

/** From just inside a template (after ` or a closing }), to its end or to an opening `${`. */
function skipTemplate(text: string, from: number): { kind: 'closed' | 'open'; index: number } {
  let i = from;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === Char.Backslash) i += 2;
    else if (code === Char.Backtick) return { kind: 'closed', index: i + 1 };
    else if (code === Char.Dollar && text.charCodeAt(i + 1) === Char.OpenBrace) return { kind: 'open', index: i + 2 };
    else i++;
  }
  return { kind: 'closed', index: i };
}

/** Skips `/…/flags`; -1 when it does not look like a regex after all (then the caller is unsure). */
function skipRegex(text: string, start: number): number {
  let i = start + 1;
  let inClass = false;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === Char.Backslash) i += 2;
    else if (code === Char.Newline) return -1;
    else if (code === Char.OpenBracket) {
      inClass = true;
      i++;
    } else if (code === Char.CloseBracket) {
      inClass = false;
      i++;
    }
    else if (code === Char.Slash && !inClass) {
      i++;
      while (i < text.length && isIdentChar(text.charCodeAt(i))) i++;
      return i;
    } else i++;
  }
  return -1;
}
