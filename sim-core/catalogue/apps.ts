import type { AppDef } from './types';
import { c, MB } from './cite';

/** What runs inside: from exec of its main process to serving, and what it holds idle. */
export const APPS: Record<string, AppDef> = {
  nginx: { id: 'nginx', init: { name: 'nginx', kind: 'cpu', ms: c(40, 'nginx-startup') }, memoryBytes: c(8 * MB, 'nginx-startup'), idleCpu: 0, listensOn: [80] },
  redis: { id: 'redis', init: { name: 'redis-server', kind: 'cpu', ms: c(20, 'redis-startup') }, memoryBytes: c(8 * MB, 'redis-startup'), idleCpu: 0.002, listensOn: [6379] },
  postgres: { id: 'postgres', init: { name: 'initdb+start', kind: 'cpu', ms: c(2_000, 'postgres-initdb') }, memoryBytes: c(35 * MB, 'postgres-memory'), idleCpu: 0.001, listensOn: [5432] },
  python: { id: 'python', init: { name: 'python3', kind: 'cpu', ms: c(20, 'python-startup') }, memoryBytes: c(10 * MB, 'python-startup'), idleCpu: 0, listensOn: [] },
  node: { id: 'node', init: { name: 'node', kind: 'cpu', ms: c(40, 'node-startup') }, memoryBytes: c(40 * MB, 'node-startup'), idleCpu: 0, listensOn: [] },
  httpd: { id: 'httpd', init: { name: 'httpd', kind: 'cpu', ms: c(60, 'dockerhub-httpd') }, memoryBytes: c(12 * MB, 'dockerhub-httpd'), idleCpu: 0, listensOn: [80] },
  shell: { id: 'shell', init: { name: 'sh', kind: 'cpu', ms: c(5, 'runc-startup') }, memoryBytes: c(4 * MB, 'runc-startup'), idleCpu: 0, listensOn: [] },
};
