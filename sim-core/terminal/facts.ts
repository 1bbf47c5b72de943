/**
 * What the docker CLI and the shells know about the board that the engine does not keep in
 * one place: when each instance was first started and last stopped (from the event log),
 * and an image's default command and ports (a typed image name resolves in sim-core/docker/image-resolve.ts).
 */
import type { Simulation } from '../engine/state';
import type { ImageDef } from '../catalogue/types';

export interface InstanceTimes {
  /** First start (Docker's "created" for a container started by `docker run`). */
  firstStartMs: number | null;
  /** Last stop, kill or failure. */
  endMs: number | null;
}

const END_TYPES = new Set(['instance/stopped', 'instance/killed', 'instance/start-failed', 'oom/killed']);

/** One pass over the log: O(log length) for all instances together. */
export function instanceTimes(sim: Simulation): Map<string, InstanceTimes> {
  const out = new Map<string, InstanceTimes>();
  for (const e of sim.state.log) {
    if (e.type !== 'instance/starting' && !END_TYPES.has(e.type)) continue;
    const t = out.get(e.subject) ?? { firstStartMs: null, endMs: null };
    if (e.type === 'instance/starting') t.firstStartMs ??= e.atMs;
    else t.endMs = e.atMs;
    out.set(e.subject, t);
  }
  return out;
}

const APP_COMMANDS: Record<string, string> = {
  nginx: "/docker-entrypoint.sh nginx -g 'daemon off;'",
  redis: 'docker-entrypoint.sh redis-server',
  postgres: 'docker-entrypoint.sh postgres',
  python: 'python3',
  node: 'docker-entrypoint.sh node',
  httpd: 'httpd-foreground',
};

/** The image's CMD/ENTRYPOINT as `docker ps` shows it. */
export function imageCommand(image: ImageDef): string {
  const app = APP_COMMANDS[image.app];
  if (app) return app;
  if (image.os === 'windows') return 'c:\\windows\\system32\\cmd.exe';
  if (image.ref.startsWith('alpine')) return '/bin/sh';
  if (image.ref.startsWith('busybox')) return 'sh';
  return '/bin/bash';
}

/** `nginx:1.27` → `{ repository: 'nginx', tag: '1.27' }`; the registry path stays in the repository. */
export function splitRef(ref: string): { repository: string; tag: string } {
  const colon = ref.lastIndexOf(':');
  if (colon < 0 || ref.indexOf('/', colon) >= 0) return { repository: ref, tag: 'latest' };
  return { repository: ref.slice(0, colon), tag: ref.slice(colon + 1) };
}

/** Whether every layer of the image is on the host's disk. */
export function imagePresent(sim: Simulation, image: ImageDef): boolean {
  if (sim.scenario.host.imageCache === 'warm') return true;
  return image.layers.every((l) => sim.state.layers[l.id]?.state === 'present');
}

/** `web`, `web-2`, ... the palette's naming, so a typed `docker run nginx` is named as a dropped one. */
export function uniqueName(base: string, sim: Simulation): string {
  const used = new Set<string>([...sim.state.order, ...sim.scenario.instances.map((i) => i.name)]);
  if (!used.has(base)) return base;
  for (let i = 2; ; i++) if (!used.has(`${base}-${i}`)) return `${base}-${i}`;
}

/** The image's short name: `nginx:1.27` → `nginx`. */
export function imageBaseName(ref: string): string {
  return splitRef(ref).repository.split('/').pop() || 'app';
}
