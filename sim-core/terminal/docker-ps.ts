/**
 * `docker ps` (`docker container ls`): the daemon's containers with docker's columns, its
 * `--filter` keys (name, id, status, ancestor, label, network, exited, publish, expose,
 * volume), `-n/-l`, `-s`, `-q`, and `--format` (a Go template over docker's ContainerContext).
 */
import type { Simulation } from '../engine/state';
import { containerIdOf } from '../engine/inspect';
import type { CommandResult, Where } from './types';
import { fail, ok } from './types';
import { humanDuration, humanSize, truncateCommand } from './format';
import { containerCommand, instanceTimes, simDate, type InstanceTimes } from './facts';
import { dockerFlags, isSet, withNote } from './docker-flags';
import { last } from './flags';
import { daemonContainers, dockerState, isRestarting, isUp, type ContainerRecord } from './docker-list';
import { psPorts } from './docker-ports';
import { formatItems } from './docker-format';
import type { GoStruct } from '../docker/go-template';

const PS_FORMAT = {
  defaultTable: 'table {{.ID}}\t{{.Image}}\t{{.Command}}\t{{.RunningFor}}\t{{.Status}}\t{{.Ports}}\t{{.Names}}',
  headers: {
    ID: 'CONTAINER ID', Image: 'IMAGE', Command: 'COMMAND', CreatedAt: 'CREATED AT', RunningFor: 'CREATED', Ports: 'PORTS', State: 'STATE',
    Status: 'STATUS', Size: 'SIZE', Names: 'NAMES', Labels: 'LABELS', Mounts: 'MOUNTS', Networks: 'NETWORKS', LocalVolumes: 'LOCAL VOLUMES',
  },
  typeName: '*formatter.ContainerContext',
};

/** docker's Status column: `Up 5 seconds`, `Exited (137) 2 minutes ago`, `Created`. */
export function statusText(inst: ContainerRecord, times: InstanceTimes | undefined, nowMs: number): string {
  if (isRestarting(inst)) return `Restarting (${inst.exitCode ?? 0}) ${humanDuration(nowMs - (times?.endMs ?? nowMs))} ago`;
  // moby's State.String: Paused before the health, `health: starting` for Starting.
  if (isUp(inst)) return `Up ${humanDuration(nowMs - (inst.startedAtMs ?? nowMs))}${inst.paused ? ' (Paused)' : inst.health ? ` (${inst.health.status === 'starting' ? 'health: starting' : inst.health.status})` : ''}`;
  if (inst.state === 'exited' || inst.state === 'failed') return `Exited (${inst.exitCode ?? 0}) ${humanDuration(nowMs - (times?.endMs ?? nowMs))} ago`;
  return 'Created';
}

function networksOf(c: ContainerRecord): string {
  if (c.spec.share.includes('net')) return 'host';
  return (c.spec.networks ?? ['bridge']).join(',');
}

function mountsOf(c: ContainerRecord): string {
  return (c.spec.mounts ?? []).filter((m) => m.type !== 'tmpfs').map((m) => (m.type === 'volume' ? (m.source || containerIdOf(`${c.spec.name}${m.target}`)).slice(0, 15) : m.source)).join(',');
}

/** One container as docker's ContainerContext presents it to a template. */
export function containerContext(sim: Simulation, c: ContainerRecord, times: InstanceTimes | undefined, noTrunc: boolean, withSize: boolean): GoStruct {
  const now = sim.state.nowMs;
  const image = sim.catalogue.images[c.spec.image]!;
  const command = containerCommand(image, c.spec);
  const virtual = image.layers.reduce((s, l) => s + l.sizeBytes.value, 0);
  return {
    ID: containerIdOf(c.spec.name).slice(0, noTrunc ? 64 : 12),
    Image: c.spec.imageRef ?? c.spec.image,
    Command: noTrunc ? `"${command}"` : truncateCommand(command),
    CreatedAt: simDate(times?.firstStartMs ?? now),
    RunningFor: `${humanDuration(now - (times?.firstStartMs ?? now))} ago`,
    Ports: psPorts(sim, c),
    State: dockerState(c),
    Status: statusText(c, times, now),
    Size: withSize ? `${humanSize(c.diskBytes)} (virtual ${humanSize(virtual + c.diskBytes)})` : '0B',
    Names: c.spec.name,
    Labels: '',
    Mounts: mountsOf(c),
    Networks: networksOf(c),
    LocalVolumes: String((c.spec.mounts ?? []).filter((m) => m.type === 'volume').length),
  };
}

const FILTER_KEYS = ['ancestor', 'before', 'expose', 'exited', 'health', 'id', 'isolation', 'is-task', 'label', 'name', 'network', 'publish', 'since', 'status', 'volume'];
const HEALTHS = ['none', 'starting', 'healthy', 'unhealthy'];
const STATUSES = ['created', 'restarting', 'running', 'removing', 'paused', 'exited', 'dead'];

type Filters = Map<string, string[]>;

/** The daemon's filter check: an unknown key or status is refused in its words. */
function readFilters(values: readonly string[]): Filters | string {
  const out: Filters = new Map();
  for (const v of values) {
    const eq = v.indexOf('=');
    const key = v.slice(0, eq).trim().toLowerCase();
    const value = v.slice(eq + 1);
    if (!FILTER_KEYS.includes(key)) return `Error response from daemon: invalid filter '${key}'`;
    if (key === 'status' && !STATUSES.includes(value)) return `Error response from daemon: invalid filter 'status=${value}'`;
    if (key === 'health' && !HEALTHS.includes(value)) return `Error response from daemon: invalid filter 'health=${value}': invalid value for health (${value}): must be one of ${HEALTHS.join(', ')}`;
    out.set(key, [...(out.get(key) ?? []), value]);
  }
  return out;
}

function matches(sim: Simulation, c: ContainerRecord, filters: Filters): boolean {
  const id = containerIdOf(c.spec.name);
  const image = c.spec.imageRef ?? c.spec.image;
  const test: Record<string, (v: string) => boolean> = {
    name: (v) => new RegExp(v).test(c.spec.name),
    id: (v) => id.startsWith(v),
    status: (v) => dockerState(c) === v,
    ancestor: (v) => image === v || c.spec.image === v || c.spec.image === `${v}:latest` || image.split(':')[0] === v,
    network: (v) => networksOf(c).split(',').includes(v),
    exited: (v) => (c.state === 'exited' || c.state === 'failed') && String(c.exitCode ?? 0) === v,
    publish: (v) => psPorts(sim, c).includes(`:${v.split('/')[0]}->`),
    expose: (v) => psPorts(sim, c).includes(`->${v.split('/')[0]}/`) || psPorts(sim, c).split(', ').includes(v.includes('/') ? v : `${v}/tcp`),
    volume: (v) => (c.spec.mounts ?? []).some((m) => m.source === v || m.target === v),
    label: () => false,
    // moby's view: the health status, or none for a container with no healthcheck state.
    health: (v) => (c.health?.status ?? 'none') === v,
  };
  for (const [key, values] of filters) {
    const t = test[key];
    if (t && !values.some(t)) return false;
  }
  return true;
}

export function dockerPs(sim: Simulation, args: readonly string[], where: Where, typed = 'docker ps'): CommandResult {
  const parsed = dockerFlags('container ls', typed, args, ['all', 'quiet', 'no-trunc', 'format', 'filter', 'last', 'latest', 'size']);
  if (!parsed.ok) return parsed.result;
  const v = parsed.values;
  const filters = readFilters(v.filter ?? []);
  if (typeof filters === 'string') return fail(filters, 1);
  const times = instanceTimes(sim);
  const lastN = Number(last(v, 'last') ?? -1);
  const limit = isSet(v, 'latest') ? 1 : lastN;
  // -n and -l imply -a; a status filter other than running shows stopped ones too.
  const all = isSet(v, 'all') || limit > 0 || filters.has('status') || filters.has('exited');
  let shown = daemonContainers(sim, where).filter((c) => (all || isUp(c) || isRestarting(c)) && matches(sim, c, filters));
  if (limit > 0) shown = shown.slice(0, limit);
  const noTrunc = isSet(v, 'no-trunc');
  if (isSet(v, 'quiet')) return withNote(ok(shown.map((c) => containerIdOf(c.spec.name).slice(0, noTrunc ? 64 : 12)).join('\n')), parsed.note);
  const size = isSet(v, 'size');
  const defaultTable = size ? `${PS_FORMAT.defaultTable}\t{{.Size}}` : PS_FORMAT.defaultTable;
  const out = formatItems(last(v, 'format'), shown.map((c) => containerContext(sim, c, times.get(c.spec.name), noTrunc, size)), { ...PS_FORMAT, defaultTable });
  if (!out.ok) return fail(out.error, 1);
  return withNote(ok(out.text), parsed.note);
}
