/**
 * `npm run demo` (runtime part): two users' requests run at the same time. The legacy singleton
 * mixes them up; the per-request runtime keeps them apart.
 */
import {
  configureAgentInfrastructure,
  createAgentInstanceFactory,
  createUserEventEmitter,
  createUserExecutionContext,
  defineAgents,
  requireUserContext,
  runWithUserContext,
  type AgentEvent,
  type UserExecutionContext,
} from '../src/runtime/index.js';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// ── The legacy way: one factory for everyone, remembering "the current user". ──────────────
class LegacyAgentInstanceFactory {
  currentUser = '';
  async answer(userId: string, question: string, delayMs: number): Promise<string> {
    this.currentUser = userId;
    await pause(delayMs); // another request runs here and overwrites currentUser
    return `${this.currentUser}'s answer to "${question}"`;
  }
}
let legacy: LegacyAgentInstanceFactory | undefined;
const getAgentInstanceFactory = () => (legacy ??= new LegacyAgentInstanceFactory());

// ── The per-request way. ──────────────────────────────────────────────────────────────────
configureAgentInfrastructure({
  agents: defineAgents({
    Assistant: (ctx: UserExecutionContext) => ({
      async answer(question: string, delayMs: number) {
        await pause(delayMs);
        return `${ctx.userId}'s answer to "${question}"`;
      },
    }),
  }),
});

const delivered: Array<{ to: string; event: AgentEvent }> = [];
const transport = { deliver: (to: string, event: AgentEvent) => delivered.push({ to, event }) };

async function handleRequest(userId: string, question: string, delayMs: number): Promise<string> {
  const ctx = createUserExecutionContext({ userId, threadId: `thread-${userId}`, runId: `run-${userId}` });
  return runWithUserContext(ctx, async () => {
    await using factory = createAgentInstanceFactory(requireUserContext());
    const events = createUserEventEmitter(ctx, transport);
    events.agentStarted({ question });
    const assistant = factory.createAgent('Assistant') as unknown as { answer(q: string, ms: number): Promise<string> };
    const answer = await assistant.answer(question, delayMs);
    events.agentCompleted();
    return answer;
  });
}

async function main(): Promise<void> {
  console.log('ssot-kit runtime demo: alice and bob ask at the same time.\n');

  const [legacyAlice, legacyBob] = await Promise.all([
    getAgentInstanceFactory().answer('alice', 'my invoices?', 30),
    getAgentInstanceFactory().answer('bob', 'my contracts?', 10),
  ]);
  console.log('Legacy singleton (getAgentInstanceFactory()):');
  console.log(`  alice got: ${legacyAlice}`);
  console.log(`  bob got:   ${legacyBob}`);
  const leaked = !legacyAlice.startsWith('alice');
  console.log(`  → ${leaked ? 'LEAK: alice received bob\'s data' : 'no leak this time'}\n`);

  const [alice, bob] = await Promise.all([handleRequest('alice', 'my invoices?', 30), handleRequest('bob', 'my contracts?', 10)]);
  console.log('Per-request runtime (createAgentInstanceFactory(userContext)):');
  console.log(`  alice got: ${alice}`);
  console.log(`  bob got:   ${bob}`);
  console.log('  events delivered:');
  for (const { to, event } of delivered) console.log(`    to ${to}: ${event.type} (stamped ${event.userId})`);
  const isolated = alice.startsWith('alice') && bob.startsWith('bob') && delivered.every(({ to, event }) => to === event.userId);
  console.log(`  → ${isolated ? 'isolated: each user saw only their own data' : 'NOT ISOLATED'}`);
  if (!leaked || !isolated) process.exitCode = 1;
}

await main();
