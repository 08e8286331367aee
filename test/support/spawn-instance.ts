import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformFileSync } from '@swc/core';
import { TEST_JWT_SECRET, type GraphQLResponse } from './test-app.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The app compiled once per test process (swc, as Jest does), so that a real child process can run it. */
let compiled: string | null = null;

function compileApp(): string {
  if (compiled) return compiled;
  const out = join(ROOT, 'node_modules', '.cache', 'yiyang-instance', String(process.pid));
  const swcrc = JSON.parse(readFileSync(join(ROOT, '.swcrc'), 'utf8'));
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.ts') && !name.endsWith('.spec.ts')) {
        const target = join(out, relative(ROOT, path)).replace(/\.ts$/, '.js');
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, transformFileSync(path, { ...swcrc, swcrc: false, sourceMaps: false }).code);
      }
    }
  };
  walk(join(ROOT, 'src'));
  writeFileSync(join(out, 'package.json'), JSON.stringify({ type: 'module' }));
  writeFileSync(
    join(out, 'instance.js'),
    `import 'reflect-metadata';
import { createApp } from './src/app.factory.js';
import { loadConfig } from './src/config/app-config.js';
import { createRootLogger } from './src/core/logging/logger.js';
const config = loadConfig({ NODE_ENV: 'test' }, JSON.parse(process.env.INSTANCE_CONFIG));
const app = await createApp(config, process.env.INSTANCE_DATABASE_URL, createRootLogger('warn'));
await app.listen({ port: 0, host: '127.0.0.1' });
process.stdout.write('READY ' + app.getHttpServer().address().port + '\\n');
`,
  );
  compiled = out;
  return out;
}

export interface ChildInstance {
  child: ChildProcess;
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResponse<T>>;
  /** SIGKILL: no shutdown step runs, in-flight work is simply lost. */
  kill(): Promise<void>;
}

/** Runs the app in a child process on `databaseUrl` (another instance, as a second server would). */
export async function spawnInstance(databaseUrl: string, overrides: Record<string, string> = {}): Promise<ChildInstance> {
  const dir = compileApp();
  const child = spawn(process.execPath, [join(dir, 'instance.js')], {
    env: {
      ...process.env,
      INSTANCE_DATABASE_URL: databaseUrl,
      INSTANCE_CONFIG: JSON.stringify({ JWT_SECRET: TEST_JWT_SECRET, BCRYPT_ROUNDS: '4', SEED_DEMO: 'false', LOG_LEVEL: 'warn', ...overrides }),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += String(d)));
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d) => {
      out += String(d);
      const m = /READY (\d+)/.exec(out);
      if (m) resolve(Number(m[1]));
    });
    child.once('exit', (code) => reject(new Error(`instance exited (${code}): ${stderr.slice(-2000)} ${out.slice(-2000)}`)));
  });
  return {
    child,
    async gql(query, variables, token) {
      const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data?: any; errors?: any };
      return { status: res.status, data: body.data ?? undefined, errors: body.errors };
    },
    kill() {
      return new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGKILL');
      });
    },
  };
}
