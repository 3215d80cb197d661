import type { TSESTree } from '@typescript-eslint/utils';
import { importSourceOf } from './import-sources.js';
import { loadedSourceOf } from './loaded-sources.js';
import { localClass, programOf } from './local-types.js';
import { calleeText, staticName, unwrapExpression } from './walk.js';

// The packages whose instances cache what each request loads, made for one request by design:
// DataLoader, whose guide makes one "when a request begins" — its cache keeps every value it
// loads, by key, for as long as the instance lives. Judged by where the class comes from, as a
// module may import it under any name (`import Dataloader from 'dataloader'`).
const PER_REQUEST_CACHE_PACKAGE = /^dataloader$/;
// The class as its package names it, for the name init gives its creator.
export const PER_REQUEST_CACHE_CLASS = /^DataLoader$/i;

/** The prefilter's test: a module that imports or requires such a package (`'dataloader'`, quoted). */
export const mayMakePerRequestCache = (text: string): boolean => /(['"`])dataloader\1/.test(text);

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
  const program = programOf(made);
  if (callee === undefined || !program) return false;
  if (!comesFromPackage(program, callee.split('.')[0]!) && !extendsPackageClass(program, callee)) return false;
  const options = made.arguments[1] && unwrapExpression(made.arguments[1] as TSESTree.Expression);
  const cacheOff = options?.type === 'ObjectExpression' && options.properties.some((property) =>
    property.type === 'Property' && staticName(property.key) === 'cache' && property.value.type === 'Literal' && property.value.value === false);
  return !cacheOff;
}

/** A per-request cache kept in an object's property: the property, its name as a reader reaches it, the `new`. */
export interface KeptCache {
  readonly node: TSESTree.Property;
  readonly name: string;
  readonly made: TSESTree.NewExpression;
}

/**
 * The per-request caches a module-level object literal makes, one for each property, named as a
 * reader reaches it: `export const loaders = { user: new DataLoader(…), post: new DataLoader(…) }`
 * keeps `loaders.user`'s rows for every request, as a variable of its own would. Objects inside
 * it are read too (`{ users: { byId: new DataLoader(…) } }`).
 */
export function perRequestCachesIn(object: TSESTree.ObjectExpression, name: string): KeptCache[] {
  const out: KeptCache[] = [];
  for (const property of object.properties) {
    if (property.type !== 'Property') continue;
    const reached = reachedThrough(property, name);
    if (reached === undefined) continue;
    const value = unwrapExpression(property.value as TSESTree.Expression);
    if (value.type === 'NewExpression' && makesPerRequestCache(value)) out.push({ node: property, name: reached, made: value });
    else if (value.type === 'ObjectExpression') out.push(...perRequestCachesIn(value, reached));
  }
  return out;
}

/**
 * How a reader reaches a property of the object `name` holds: `loaders.user`, `loaders['by-id']`
 * as `loaders.by-id`, and `{ [USER]: new DataLoader(…) }` — kept all the same — as `loaders[USER]`;
 * undefined for a key computed any other way.
 */
function reachedThrough(property: TSESTree.Property, name: string): string | undefined {
  if (property.computed && property.key.type === 'Identifier') return `${name}[${property.key.name}]`;
  const key = property.computed && property.key.type !== 'Literal' ? undefined : staticName(property.key);
  return key === undefined ? undefined : `${name}.${key}`;
}

/** Whether `name` is bound to such a package: imported (`import DataLoader = require('dataloader')` too) or required. */
function comesFromPackage(program: TSESTree.Program, name: string): boolean {
  const source = importSourceOf(program, name) ?? loadedSourceOf(program, name);
  return source !== undefined && PER_REQUEST_CACHE_PACKAGE.test(source);
}

/** Whether the module's class `name` extends such a package's class (`class UserDataLoader extends DataLoader<string, User>`). */
function extendsPackageClass(program: TSESTree.Program, name: string): boolean {
  const declaration = localClass(program, name);
  const base = declaration?.superClass && unwrapExpression(declaration.superClass);
  return base?.type === 'Identifier' && comesFromPackage(program, base.name);
}
