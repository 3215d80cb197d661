import type { TSESTree } from '@typescript-eslint/utils';
import { findHolders } from '../src/analysis/holders.js';
import { rememberFileOf } from '../src/analysis/imported-classes.js';
import { holdsNoUsersState } from '../src/analysis/single-user-package.js';
import type { AnalysisInput, HolderFinding, HolderShape } from '../src/analysis/types.js';
import { createRule } from './utils/create-rule.js';
import { ruleConfig } from './utils/site-report.js';

const SHAPE_TEXT: Record<HolderShape, string> = {
  'lazy-module-binding': 'a module variable filled on first use',
  'memoised-promise': 'a module-level memoised promise',
  'static-holder': 'a class static instance holder',
  'eager-instance': 'a module-level instance',
  'global-cache': 'a globalThis cache',
  'iife-closure': 'a variable closed over by a module-level IIFE',
  'once-wrapper': 'a once()/memoize() wrapper',
  'named-global-cache': 'kept by name on the global object (singleton(name, …))',
  'container-slot': 'a module-level container\'s slot, filled at run time',
  'request-state': 'set from a request',
};

type MessageId = 'holder' | 'requestState' | 'sharedConversation' | 'providerConversation' | 'sharedThread' | 'sharedChatSession' | 'sharedSignIn';

/** What the rule says of a holder: request state, one conversation (or conversation thread) for every user, one client signed in for whoever calls, or a holder of an instance. */
function reportOf(holder: HolderFinding, config: ReturnType<typeof ruleConfig>): { messageId: MessageId; data: Record<string, string> } {
  if (holder.provider) {
    return { messageId: 'providerConversation', data: {
      name: holder.name,
      className: holder.className ?? 'the class',
      method: holder.assignedIn ?? 'a method',
      how: holder.appendedBy ?? 'an assignment',
    } };
  }
  if (holder.chatStartedBy !== undefined) {
    return { messageId: 'sharedChatSession', data: {
      name: holder.name,
      maker: holder.chatStartedBy,
      reached: holder.chatReached ?? 'requests send their messages into it',
    } };
  }
  if (holder.signInReached !== undefined) {
    return { messageId: 'sharedSignIn', data: {
      name: holder.name,
      fn: holder.assignedIn ?? 'a function of the module',
      parameter: holder.requestParameter ?? 'its parameters',
      setter: holder.signedInThrough ?? 'its credential setter',
      reached: holder.signInReached,
    } };
  }
  if (holder.threadMadeBy !== undefined) {
    return { messageId: 'sharedThread', data: {
      name: holder.name,
      handler: holder.assignedIn ?? 'a request handler',
      maker: holder.threadMadeBy,
      what: holder.threadKind ?? 'thread',
    } };
  }
  if (holder.appendedBy !== undefined) {
    return { messageId: 'sharedConversation', data: {
      name: holder.name,
      handler: holder.assignedIn ?? 'a request handler',
      method: holder.appendedBy,
      parameter: holder.requestParameter ?? 'its parameters',
    } };
  }
  if (holder.shape === 'request-state') {
    return { messageId: 'requestState', data: {
      name: holder.name,
      handler: holder.assignedIn ?? 'a request handler',
      parameter: holder.requestParameter ?? 'its parameters',
      what: holder.through ?? 'it',
    } };
  }
  return { messageId: 'holder', data: {
    name: holder.name,
    shape: holder.assignedIn ? `a module variable that ${holder.assignedIn} assigns` : SHAPE_TEXT[holder.shape],
    // The configured creator, when the holder holds a configured factory class.
    creator: `${config.factories.find((f) => f.class === holder.className?.split('.').pop())?.creator ?? 'a creator such as createX'}(userContext)`,
  } };
}

export default createRule<[], MessageId>({
  name: 'no-module-singleton',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow module-lifetime holders of per-user state: an instance, or one request\'s data, that every user would share',
      recommended: true,
    },
    schema: [],
    messages: {
      holder:
        '{{name}} is {{shape}}: one instance lives as long as the process and serves every user, so one user\'s state can reach another. Create the instance per request from the user context ({{creator}}) instead.',
      requestState:
        '{{name}} lives as long as the process, but {{handler}} sets {{what}} from its request ({{parameter}}): requests run concurrently, so the next one overwrites it and one user\'s data can reach another\'s. Keep it per request: pass it along, or keep it in the request scope (runWithUserContext()/currentUserContext() from ssot-kit/runtime).',
      providerConversation:
        '{{name}} keeps a conversation for the whole app: {{className}} is a NestJS provider, one instance for every request, and {{method}} keeps the conversation in it with {{how}}, so one user\'s messages reach another\'s answers. Keep the conversation per user: pass it in, keep it in a store keyed by the user, or give the provider Scope.REQUEST.',
      sharedChatSession:
        '{{name}} is one chat for the whole process: {{maker}} started it once, it keeps every message sent through it, and {{reached}}, so one user\'s messages reach another\'s answers. Start the chat per request, with the user\'s own history (from the request, or a store keyed by the user).',
      sharedSignIn:
        '{{name}} is one client for the whole process, but {{fn}} signs it in from what its caller passes ({{parameter}}, through {{setter}}), and {{reached}}: requests run concurrently, so the next user\'s sign-in replaces this user\'s credentials while this user\'s calls still run, and one user\'s calls go out as another\'s. Make the client per user: create it in the request from that user\'s credentials, or keep one per user in a store keyed by the user.',
      sharedThread:
        '{{name}} keeps one conversation for the whole process: {{handler}} keeps in it the {{what}} {{maker}} made, and every request after continues that conversation, so one user\'s messages reach another\'s answers. Keep it per user: its id in the user\'s session, or in a store keyed by the user (currentUserContext() from ssot-kit/runtime names the user).',
      sharedConversation:
        '{{name}} lives as long as the process, but {{handler}} adds its request\'s message to it with {{method}} ({{parameter}}): every user talks into this one conversation, so one user\'s messages reach another\'s answers. Keep the conversation per user: in the request, or in a store keyed by the user (currentUserContext() from ssot-kit/runtime names the user).',
    },
  },
  defaultOptions: [],
  create(context) {
    const config = ruleConfig(context);
    return {
      Program() {
        if (holdsNoUsersState(config, context.filename)) return;
        // A holder's class may be another file's: the rule reads that file from this one's path
        // (none for text linted without one: `<input>`, `<text>`).
        if (!context.filename.startsWith('<')) rememberFileOf(context.sourceCode.ast as unknown as TSESTree.Program, context.filename);
        for (const holder of findHolders(context.sourceCode as unknown as AnalysisInput, config)) {
          const { node } = holder;
          // An identifier's range covers its type annotation; point at the name only.
          const loc = node.type === 'Identifier'
            ? { start: node.loc.start, end: { line: node.loc.start.line, column: node.loc.start.column + node.name.length } }
            : node.loc;
          context.report({ loc, ...reportOf(holder, config) });
        }
      },
    };
  },
});
