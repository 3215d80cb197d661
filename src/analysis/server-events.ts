import type { TSESTree } from '@typescript-eslint/utils';
import { classDecoratedWith, decoratorsOf } from './decorators.js';
import type { AnalysisInput } from './types.js';
import { staticName, unwrapExpression } from './walk.js';

// A server's own events, which run outside every request: its sockets' (see socketListener and,
// in NestJS, nestMessageHandler), its start and stop (see serverStartOrStop). outside-requests.ts
// asks these of a callback and the call it is handed to.

// How a socket's events are listened to, and what a socket is called (`socket`, `ws`,
// `clientSocket`, `this.webSocket`).
const LISTENER_METHOD = /^(?:on|once|addListener|prependListener|addEventListener)$/;
const SOCKET_NAME = /^(?:socket|ws|webSocket|websocket|[a-z][A-Za-z0-9]*(?:Socket|WebSocket))$/;
// A pub/sub subscriber (`subscriber.on('message', …)` on a Redis connection kept for it, `redisSub`,
// `pubSub`): what it hears was published elsewhere, by another request or process.
const SUBSCRIBER_NAME = /^(?:sub|subscriber|pubsub|pubSub|[a-z][A-Za-z0-9]*(?:Sub|Subscriber|PubSub))$/;
const PUBSUB_EVENTS = new Set(['message', 'pmessage', 'smessage', 'messageBuffer', 'pmessageBuffer']);
// What a server is called (`server`, `httpServer`, `this.server`).
const SERVER_NAME = /^(?:server|[a-z][A-Za-z0-9]*Server)$/;
// Fastify's application hooks, run as the server starts, registers routes and plugins, or closes.
const APPLICATION_HOOKS = new Set(['onReady', 'onListen', 'onClose', 'preClose', 'onRoute', 'onRegister']);

/** What the object a method is called on is called: `socket` in `socket.on(…)`, `server` in `this.server.on(…)`. */
function receiverName(callee: TSESTree.MemberExpression): string | undefined {
  const receiver = unwrapExpression(callee.object);
  return receiver.type === 'Identifier' ? receiver.name : receiver.type === 'MemberExpression' ? staticName(receiver.property) : undefined;
}

/**
 * A WebSocket's (or a raw socket's) life: what a server does on `'connection'` (Socket.IO's
 * `io.on('connection', (socket) => …)`, ws' `wss.on('connection', …)`, a net.Server's) and what a
 * socket's events run (`socket.on('chat', …)`, `ws.on('message', …)`) happen after the upgrade,
 * where no HTTP middleware opened a request scope — everything inside them too. So does what a
 * pub/sub subscriber hears (`subscriber.on('message', …)`).
 */
export function socketListener(call: TSESTree.CallExpression, fn: TSESTree.Node): string | undefined {
  const callee = call.callee;
  if (callee.type !== 'MemberExpression' || !LISTENER_METHOD.test(staticName(callee.property) ?? '')) return undefined;
  const event = call.arguments[0]?.type === 'Literal' && typeof call.arguments[0].value === 'string' ? call.arguments[0].value : undefined;
  if (event === 'connection' && call.arguments[1] === fn) return "a server's 'connection' listener, for a socket it accepted";
  const receiver = receiverName(callee);
  if (receiver !== undefined && SUBSCRIBER_NAME.test(receiver) && (event === undefined || PUBSUB_EVENTS.has(event))) return `a subscriber's ${event !== undefined ? `'${event}' ` : ''}listener (${receiver}.${staticName(callee.property)}()), for what another process published`;
  if (receiver === undefined || !SOCKET_NAME.test(receiver)) return undefined;
  return `a socket's ${event !== undefined ? `'${event}' ` : ''}listener (${receiver}.${staticName(callee.property)}())`;
}

/**
 * A server's own start and stop: `app.listen(port, () => …)` runs once it listens, Fastify's
 * application hooks (`fastify.addHook('onReady', …)`, `'onClose'`) as it starts or closes — not
 * its request hooks (`'onRequest'`, `'preHandler'` …), which run in each request.
 */
export function serverStartOrStop(call: TSESTree.CallExpression, fn: TSESTree.Node): string | undefined {
  if (call.callee.type !== 'MemberExpression') return undefined;
  const method = staticName(call.callee.property);
  if (method === 'listen' && call.arguments.length > 1 && call.arguments[call.arguments.length - 1] === fn) return 'a listen() callback, as the server starts listening';
  const hook = call.arguments[0]?.type === 'Literal' ? call.arguments[0].value : undefined;
  // `server.on('listening', …)`, `httpServer.on('close', …)`: a server's own events — not a
  // request's or a stream's `'close'`, which may well run in its request.
  if (LISTENER_METHOD.test(method ?? '') && call.arguments[1] === fn) {
    const receiver = receiverName(call.callee);
    if (hook === 'listening' || (hook === 'close' && receiver !== undefined && SERVER_NAME.test(receiver))) return `a server's '${hook}' listener, as it starts or stops`;
  }
  return method === 'addHook' && typeof hook === 'string' && APPLICATION_HOOKS.has(hook) ? `a Fastify ${hook} hook, as the server starts or closes` : undefined;
}

// NestJS' handlers for what arrives other than by HTTP: a WebSocket gateway's messages
// (`@SubscribeMessage('chat')`), a microservice's (`@MessagePattern(…)`, `@EventPattern(…)` over
// Kafka, RabbitMQ, NATS, TCP …), and a gateway's connection hooks.
const NEST_MESSAGE_DECORATORS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['@nestjs/websockets', new Set(['SubscribeMessage'])],
  ['@nestjs/microservices', new Set(['MessagePattern', 'EventPattern'])],
]);
const NEST_GATEWAY_HOOKS = new Set(['afterInit', 'handleConnection', 'handleDisconnect']);

/**
 * A NestJS method, when the site is in its own body, that a WebSocket gateway or a microservice
 * runs for a message (`@SubscribeMessage()`, `@MessagePattern()`, `@EventPattern()`), or a
 * gateway's `handleConnection()` and kin: no HTTP middleware opened a request scope for them.
 */
export function nestMessageHandler(fn: TSESTree.Node, input: AnalysisInput): string | undefined {
  const method = fn.parent?.type === 'MethodDefinition' && fn.parent.value === fn ? fn.parent : undefined;
  if (!method || method.static) return undefined;
  for (const { local, imported } of decoratorsOf(method.decorators, input)) {
    if (NEST_MESSAGE_DECORATORS.get(imported.source)?.has(imported.name)) return `a NestJS message handler (@${local}), for a message that came by no HTTP request`;
  }
  const name = staticName(method.key);
  return classDecoratedWith(method, input, '@nestjs/websockets', 'WebSocketGateway') && name !== undefined && NEST_GATEWAY_HOOKS.has(name) ? `a NestJS WebSocket gateway's ${name}(), for a socket it accepted` : undefined;
}
