import type { TSESTree } from '@typescript-eslint/utils';
import type { ResolvedConfig } from '../config/index.js';
import { conversationFieldName } from './conversation-names.js';
import { decoratorsOf } from './decorators.js';
import { allowed } from './shared-by-design.js';
import type { AnalysisInput, HolderFinding } from './types.js';
import { isNullish, nodesOfTypes, staticName, unwrapExpression, walk } from './walk.js';

/**
 * One conversation for the whole app, kept by a NestJS provider: a service or a controller is one
 * instance for every request unless its scope says otherwise, so a field of it that a method
 * appends the conversation to, or replaces with the model's latest context, is every user's —
 * harbouli's ai-ecommerce keeps `private conversationContext: number[] = []` in its `AiService`
 * and sets it from each Ollama reply, which the next user's prompt is then sent with. The fix is
 * the same as for a module's list: the conversation belongs to one user.
 *
 * Precise by construction: the class is decorated `@Injectable()` or `@Controller()` from
 * `@nestjs/common` (Angular's `@Injectable` serves one browser tab and is not one), with no
 * `scope` of its own (`Scope.REQUEST` and `Scope.TRANSIENT` make one per request or per consumer);
 * the field is a conversation by its name (`history`, `messages`, `chatHistory`,
 * `conversationContext`); and a method `push`es or `unshift`s onto it, or gives it something other
 * than an empty value (a reset to `[]` keeps nobody's words).
 */

const NEST_PACKAGE = '@nestjs/common';
const PROVIDER_DECORATORS: ReadonlySet<string> = new Set(['Injectable', 'Controller']);
const APPENDING_METHODS: ReadonlySet<string> = new Set(['push', 'unshift']);

/** A NestJS provider or controller of the app-wide default scope. */
function appWideProvider(declaration: TSESTree.ClassDeclaration | TSESTree.ClassExpression, input: AnalysisInput): boolean {
  const nest = decoratorsOf(declaration.decorators, input).filter(({ imported }) => imported.source === NEST_PACKAGE && PROVIDER_DECORATORS.has(imported.name));
  if (nest.length === 0) return false;
  // `@Injectable({ scope: Scope.REQUEST })`, `@Controller({ path: 'chat', scope: Scope.REQUEST })`: not one for the app.
  return !(declaration.decorators ?? []).some((decorator) => {
    const call = unwrapExpression(decorator.expression);
    return call.type === 'CallExpression' && call.arguments.some((argument) => argument.type === 'ObjectExpression'
      && argument.properties.some((property) => property.type === 'Property' && staticName(property.key) === 'scope'));
  });
}

/** `this.name`, through parentheses and type wrappers. */
function thisField(node: TSESTree.Node): string | undefined {
  const member = unwrapExpression(node as TSESTree.Expression);
  return member.type === 'MemberExpression' && !member.computed && unwrapExpression(member.object).type === 'ThisExpression' ? staticName(member.property) : undefined;
}

/** An empty value: `[]`, `''`, `{}`, `null`, `undefined` — a reset. */
function empty(value: TSESTree.Node): boolean {
  const given = unwrapExpression(value as TSESTree.Expression);
  return isNullish(given) || (given.type === 'ArrayExpression' && given.elements.length === 0) || (given.type === 'ObjectExpression' && given.properties.length === 0)
    || (given.type === 'Literal' && given.value === '');
}

/**
 * The method that keeps a conversation in `field`, and how: `chat()` with `push()`, `ask()` by
 * assignment. Only a method a caller hands something to: one that takes nothing fills the field
 * with what the provider fetches for itself — schul-cloud's `AlertCacheService` refreshes its
 * `messages` from the status page in `updateMessages()`, the same alerts for every user.
 */
function keptBy(body: TSESTree.ClassBody, field: string): { method: string; how: string } | undefined {
  for (const member of body.body) {
    if (member.type !== 'MethodDefinition' || member.kind === 'constructor' || member.static || !member.value.body || member.value.params.length === 0) continue;
    const method = staticName(member.key) ?? 'a method';
    let how: string | undefined;
    walk(member.value.body, (node) => {
      if (how !== undefined) return;
      if (node.type === 'CallExpression') {
        const callee = unwrapExpression(node.callee);
        if (callee.type === 'MemberExpression' && !callee.computed && thisField(callee.object) === field && APPENDING_METHODS.has(staticName(callee.property) ?? '')) how = `${staticName(callee.property)!}()`;
      } else if (node.type === 'AssignmentExpression' && node.operator === '=' && thisField(node.left) === field && !empty(node.right)) {
        how = 'an assignment';
      }
    });
    if (how !== undefined) return { method, how };
  }
  return undefined;
}

/** The conversations NestJS providers of the file keep for the whole app, one finding per field. */
export function conversationsKeptByProviders(input: AnalysisInput, config: ResolvedConfig): HolderFinding[] {
  const out: HolderFinding[] = [];
  for (const node of nodesOfTypes(input.ast, ['ClassDeclaration', 'ClassExpression'])) {
    const declaration = node as TSESTree.ClassDeclaration | TSESTree.ClassExpression;
    if (!declaration.decorators?.length || !appWideProvider(declaration, input)) continue;
    const className = declaration.id?.name ?? 'the provider';
    for (const member of declaration.body.body) {
      if (member.type !== 'PropertyDefinition' || member.static || member.computed) continue;
      const field = staticName(member.key);
      if (field === undefined || !conversationFieldName(field)) continue;
      const name = `${className}.${field}`;
      if (allowed(config, name, className)) continue;
      const kept = keptBy(declaration.body, field);
      if (kept) out.push({ node: member.key, name, shape: 'request-state', className, assignedIn: `${kept.method}()`, appendedBy: kept.how, provider: true });
    }
  }
  return out;
}
