import type { FormatName, Formatter } from './format.js';

/**
 * Formatters load on demand: SARIF needs the rule metadata (and so ESLint's utilities), which
 * the other formats — and a gate run that finds nothing to parse — should not pay for.
 */
export async function loadFormatter(name: FormatName): Promise<Formatter> {
  switch (name) {
    case 'text':
      return (await import('./text.js')).formatText;
    case 'json':
      return (await import('./json.js')).formatJson;
    case 'sarif':
      return (await import('./sarif.js')).formatSarif;
    case 'markdown':
      return (await import('./markdown.js')).formatMarkdown;
    case 'github':
      return (await import('./github.js')).formatGithub;
  }
}
export { FORMATS, type FormatContext, type FormatName, type Formatter } from './format.js';
