import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { migrateSource } from '../../src/migrate/migrate-source.js';

const config = resolveConfig({ factories: [{ getter: 'getJobsQueue', creator: 'createJobsQueue', class: 'JobsQueue' }] }, '/project');
const getterBeside = (creator: string) => `export class JobsQueue {}\nlet queue: JobsQueue | undefined;\n${creator}\nexport const getJobsQueue = () => (queue ??= new JobsQueue());\nexport const enqueue = () => getJobsQueue();\n`;

describe('a function under the creator\'s name in the getter\'s module', () => {
  it.each([
    ['export const createJobsQueue = ({ connection }: { connection: unknown }) => new JobsQueue();', '{ connection }'],
    ['export function createJobsQueue(options: { connection: unknown; prefix?: string }) { return new JobsQueue(); }', '{ connection, prefix }'],
    ['export function createJobsQueue(options: QueueOptions) { return new JobsQueue(); }', 'a QueueOptions'],
    ['export function createJobsQueue(options) { return new JobsQueue(); }', 'options'],
    ['export function createJobsQueue() { return new JobsQueue(); }', 'nothing'],
  ])('that takes no user context leaves the site to a person (formbricks\' createJobsQueue({ connection })): %s', (creator, takes) => {
    const input = getterBeside(creator);
    const result = migrateSource(input, '/project/src/queue.ts', config);
    expect(result.output).toBe(input);
    expect(result.manual.map((m) => m.reason)).toEqual([
      `createJobsQueue in this module takes ${takes}, not a user context: name the per-request creator otherwise in the config, or make this one take the context`,
    ]);
  });

  it.each([
    'export function createJobsQueue(userContext: UserExecutionContext) { return new JobsQueue(); }',
    'export function createJobsQueue(ctx: RequestContext) { return new JobsQueue(); }',
    'export const createJobsQueue = ({ userId, threadId }: UserExecutionContext) => new JobsQueue();',
    'export function createJobsQueue(userContext) { return new JobsQueue(); }',
    'export const createJobsQueue = makeCreator(JobsQueue);',
  ])('that may take one is the creator: %s', (creator) => {
    const result = migrateSource(getterBeside(creator), '/project/src/queue.ts', config);
    expect(result.manual).toEqual([]);
    expect(result.output).toContain('createJobsQueue(requireUserContext())');
  });
});
