import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll } from 'vitest';

export const ROOT = resolve(import.meta.dirname, '../..');
export const RULES_FIXTURE = join(ROOT, 'fixtures/rules');
const BIN = join(ROOT, 'dist/src/cli/bin.js');
const run = promisify(execFile);

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI (npm test builds first), as CI would. */
export async function cli(args: readonly string[], cwd: string): Promise<CliResult> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const temps: string[] = [];
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A scratch copy of a directory inside the repo (so `ssot-kit/*` still resolves), removed after the file's tests. */
export function scratchCopy(source: string | undefined, name: string): string {
  const dir = join(ROOT, '.tmp', `${name}-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`);
  mkdirSync(dir, { recursive: true });
  if (source) cpSync(source, dir, { recursive: true });
  temps.push(dir);
  return dir;
}

/** A scratch project made of the given files (path → text), removed after the file's tests. */
export function scratchProject(files: Readonly<Record<string, string>>, name: string): string {
  const root = scratchCopy(undefined, name);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}
