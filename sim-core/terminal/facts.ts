/**
 * What the docker CLI and the shells know about the board that the engine does not keep in
 * one place: when each instance was first started and last stopped (from the event log),
 * and an image's default command and ports (a typed image name resolves in sim-core/docker/image-resolve.ts).
 */
import type { Simulation } from '../engine/state';
import type { ImageDef } from '../catalogue/types';
import type { ContainerSpec } from '../scenario/types';
import { splitWords } from '../docker/shell-words';

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
  mysql: 'docker-entrypoint.sh mysqld',
  mariadb: 'docker-entrypoint.sh mariadbd',
  mongo: 'docker-entrypoint.sh mongod',
  wordpress: 'docker-entrypoint.sh apache2-foreground',
  // ENTRYPOINT and CMD of each image's Dockerfile.
  nextcloud: '/entrypoint.sh apache2-foreground',
  gitea: '/usr/bin/entrypoint /usr/bin/s6-svscan /etc/s6',
  grafana: '/run.sh',
  prometheus: '/bin/prometheus --config.file=/etc/prometheus/prometheus.yml --storage.tsdb.path=/prometheus',
  hello: '/hello',
};

/**
 * Apps whose image sets an ENTRYPOINT (a docker-entrypoint.sh script, or the server itself):
 * words after the image are handed to it, so `-p 8080:80` there is its arguments, not a
 * program the runtime looks for.
 */
const ENTRYPOINT_APPS = new Set(['nginx', 'redis', 'postgres', 'node', 'mysql', 'mariadb', 'mongo', 'wordpress', 'nextcloud', 'gitea', 'grafana', 'prometheus']);

/** Whether the image sets an ENTRYPOINT (its Dockerfile's). */
export function imageHasEntrypoint(image: ImageDef): boolean {
  return ENTRYPOINT_APPS.has(image.app);
}

/** The image's CMD/ENTRYPOINT as `docker ps` shows it. */
export function imageCommand(image: ImageDef): string {
  const app = APP_COMMANDS[image.app];
  if (app) return app;
  if (image.os === 'windows') return 'c:\\windows\\system32\\cmd.exe';
  if (image.ref.startsWith('alpine')) return '/bin/sh';
  if (image.ref.startsWith('busybox')) return 'sh';
  return '/bin/bash';
}

/** An image ENTRYPOINT as the first word of its command: the official images' entrypoint scripts. */
const ENTRYPOINT_WORD = /(^|\/)(docker-)?entrypoint(\.sh)?$|^\/run\.sh$/;

/**
 * The container's ENTRYPOINT and CMD: the image's, with `--entrypoint` replacing the first
 * (and then the image's CMD with it, as Docker resets it) and the typed command the second.
 */
export function entrypointAndCmd(image: ImageDef, spec: Pick<ContainerSpec, 'entrypoint' | 'command'>): { entrypoint: string[] | null; cmd: string[] | null } {
  const parsed = splitWords(imageCommand(image));
  const words = parsed.ok ? parsed.words : [imageCommand(image)];
  const hasEntrypoint = ENTRYPOINT_WORD.test(words[0] ?? '');
  const entrypoint = spec.entrypoint ?? (hasEntrypoint ? [words[0]!] : null);
  const cmd = spec.command ?? (spec.entrypoint !== undefined ? [] : hasEntrypoint ? words.slice(1) : words);
  return { entrypoint: entrypoint && entrypoint.length > 0 ? entrypoint : null, cmd: cmd.length > 0 ? cmd : null };
}

/**
 * The COMMAND docker ps shows: the process's path, then its arguments, one holding a space
 * quoted (moby daemon/list.go), as in `/docker-entrypoint.sh nginx -g 'daemon off;'`.
 */
export function containerCommand(image: ImageDef, spec: Pick<ContainerSpec, 'entrypoint' | 'command'>): string {
  const { entrypoint, cmd } = entrypointAndCmd(image, spec);
  const [path, ...args] = [...(entrypoint ?? []), ...(cmd ?? [])];
  if (path === undefined) return '';
  return [path, ...args.map((a) => (a.includes(' ') ? `'${a}'` : a))].join(' ');
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

/**
 * The wall-clock date the simulated 0:00 is shown as where a tool prints a date (`docker
 * inspect`'s Created, `docker ps`'s CreatedAt): 2024-09-20, Docker 27.3.1's release day, a
 * display convention, not a figure of the model. Days since 1970-01-01.
 */
export const SIM_EPOCH_DAYS = 19_986;

/** Year, month, day of a day count since 1970-01-01 (H. Hinnant's civil_from_days). */
function civil(days: number): [number, number, number] {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

function parts(atMs: number): { date: string; time: string; ms: number } {
  const t = Math.max(0, Math.floor(atMs));
  const day = Math.floor(t / 86_400_000);
  const [y, m, d] = civil(SIM_EPOCH_DAYS + day);
  const inDay = t - day * 86_400_000;
  const two = (n: number): string => String(n).padStart(2, '0');
  const time = `${two(Math.floor(inDay / 3_600_000))}:${two(Math.floor(inDay / 60_000) % 60)}:${two(Math.floor(inDay / 1000) % 60)}`;
  return { date: `${y}-${two(m)}-${two(d)}`, time, ms: inDay % 1000 };
}

/** Go's time.Time String() in UTC, as `docker ps --format {{.CreatedAt}}` prints it. */
export function simDate(atMs: number): string {
  const p = parts(atMs);
  return `${p.date} ${p.time} +0000 UTC`;
}

/** RFC 3339 with nanoseconds, as `docker inspect` prints times. */
export function simIsoTime(atMs: number): string {
  const p = parts(atMs);
  return `${p.date}T${p.time}.${String(p.ms).padStart(3, '0')}000000Z`;
}
