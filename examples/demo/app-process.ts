import { spawn, type ChildProcess } from 'node:child_process';

export interface RunningApp {
  readonly port: number;
  stop(): Promise<void>;
}

const running = new Set<ChildProcess>();
// Whatever happens to the demo, it leaves nothing running.
process.on('exit', () => running.forEach((child) => child.kill('SIGKILL')));

/** Starts the compiled app on 127.0.0.1 (port 0) and waits for "listening <port>". */
export function startApp(entry: string, cwd: string): Promise<RunningApp> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [entry], { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, PORT: '0' } });
    running.add(child);
    let stderr = '';
    const timer = setTimeout(() => reject(new Error(`the app did not start in 15 s: ${stderr}`)), 15_000);
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      const match = /listening (\d+)/.exec(d);
      if (!match) return;
      clearTimeout(timer);
      resolve({
        port: Number(match[1]),
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => {
              running.delete(child);
              done();
            });
            child.kill('SIGTERM');
            setTimeout(() => child.kill('SIGKILL'), 3_000).unref();
          }),
      });
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      running.delete(child);
      reject(new Error(`the app exited (${code}) before listening: ${stderr}`));
    });
  });
}
