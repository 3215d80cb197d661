import type { TSESTree } from '@typescript-eslint/utils';
import { importSourceOf } from './import-sources.js';
import { loadedSourceOf } from './loaded-sources.js';
import { programOf } from './local-types.js';
import { calleeText, staticName, unwrapExpression } from './walk.js';

// The classes whose instance caches what each request loads, made for one request by design:
// DataLoader, whose guide makes one "when a request begins" — its cache keeps every value it
// loads, by key, for as long as the instance lives.
export const PER_REQUEST_CACHE_CLASS = /^DataLoader$/;
const PER_REQUEST_CACHE_PACKAGE = /^dataloader$/;

/**
 * Whether `new …` makes a cache meant to live for one request, here made where it lives as long as
 * the module: an early iammrsea photo-sharing backend exported `new DataLoader((keys) =>
 * User.find(…))`, whose cache hands the first request's user documents to every later request for
 * the same key, past whatever check that request's own query would have made (its later one makes
 * them per request: `() => ({ userById: new DataLoader(…) })`). Not one made with `{ cache: false
 * }`: it batches one tick's loads and keeps nothing.
 */
export function makesPerRequestCache(made: TSESTree.NewExpression): boolean {
  const callee = calleeText(made.callee);
  if (callee === undefined || !PER_REQUEST_CACHE_CLASS.test(callee.split('.').pop()!)) return false;
  const program = programOf(made);
  const root = callee.split('.')[0]!;
  const source = program && (importSourceOf(program, root) ?? loadedSourceOf(program, root));
  if (source === undefined || !PER_REQUEST_CACHE_PACKAGE.test(source)) return false;
  const options = made.arguments[1] && unwrapExpression(made.arguments[1] as TSESTree.Expression);
  const cacheOff = options?.type === 'ObjectExpression' && options.properties.some((property) =>
    property.type === 'Property' && staticName(property.key) === 'cache' && property.value.type === 'Literal' && property.value.value === false);
  return !cacheOff;
}
