import type { AppDef } from './types';
import { c, MB } from './cite';

function app(id: string, initName: string, initMs: number, memory: number, listensOn: number[], idleCpu = 0, source = 'estimate'): AppDef {
  return { id, init: { name: initName, kind: 'cpu', ms: c(initMs, source) }, memoryBytes: c(memory, source), idleCpu, listensOn };
}

/** What runs inside: from exec of its main process to serving, and what it holds idle. */
export const APPS: Record<string, AppDef> = {
  // Master plus one worker per core; the entrypoint scripts run first.
  nginx: app('nginx', 'nginx', 40, 8 * MB, [80]),
  redis: { ...app('redis', 'redis-server', 20, 4 * MB, [6379], 0.002), memoryBytes: c(4 * MB, 'redis-rss') },
  // First start of the official image: initdb, a temporary server, then the real one.
  postgres: { ...app('postgres', 'initdb+start', 2_000, 35 * MB, [5432], 0.001), init: { name: 'initdb+start', kind: 'cpu', ms: c(2_000, 'postgres-initdb-log') } },
  python: app('python', 'python3', 20, 10 * MB, []),
  node: app('node', 'node', 40, 40 * MB, []),
  httpd: app('httpd', 'httpd', 60, 12 * MB, [80]),
  shell: app('shell', 'sh', 5, 4 * MB, []),
};
