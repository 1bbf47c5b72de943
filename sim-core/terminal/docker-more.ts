/**
 * More of docker's container and image commands a learner meets in the docs: `top`, `port`,
 * `restart`, `diff`, `history`, `rmi`, `version`, `info`, `system df`.
 */
import type { Simulation } from '../engine/state';
import { containerIdOf, inspectInstance } from '../engine/inspect';
import { layerIndex } from '../engine/catalogue-index';
import { resolvePath } from '../unionfs/index';
import type { CommandResult, TerminalEffect, Where } from './types';
import { fail, ok } from './types';
import { dockerFlags, isSet, withNote } from './docker-flags';
import { last } from './flags';
import { daemonContainers, isUp } from './docker-list';
import { findContainer, noSuchContainer } from './docker-manage';
import { portLines } from './docker-ports';
import { humanDuration, humanSize, table, clockTime } from './format';
import { hexId, shortId } from './docker-images';
import { resolveImage } from '../docker/image-resolve';
import { familiarString } from '../docker/reference';
import { formatItems } from './docker-format';
import { sharedLayerBytes } from '../unionfs/index';

/** `docker top NAME`: the container's processes as the host's `ps -ef` numbers them (docker's tabwriter: minwidth 20). */
export function dockerTop(sim: Simulation, args: readonly string[], where: Where, typed = 'docker top'): CommandResult {
  const parsed = dockerFlags('container top', typed, args, []);
  if (!parsed.ok) return parsed.result;
  const [ref] = parsed.rest as [string];
  const c = findContainer(sim, where, ref);
  if (!c) return fail(noSuchContainer(ref));
  if (!isUp(c)) return fail(`Error response from daemon: container ${containerIdOf(c.spec.name)} is not running`);
  const view = inspectInstance(sim, c.spec.name)!;
  const hostPidOf = new Map(view.processes.map((p) => [p.pid, p.hostPid]));
  const start = clockTime(c.startedAtMs ?? 0);
  const rows = [['UID', 'PID', 'PPID', 'C', 'STIME', 'TTY', 'TIME', 'CMD']];
  for (const p of view.processes) {
    // PID 1's parent is the runtime's shim, outside the container: one PID below the first.
    const ppid = p.ppid === 0 ? Math.max(1, (hostPidOf.get(1) ?? p.hostPid) - 1) : hostPidOf.get(p.ppid) ?? 0;
    rows.push([p.hostUid === 0 ? 'root' : String(p.hostUid), String(p.hostPid), String(ppid), '0', start, '?', '00:00:00', p.command]);
  }
  return withNote(ok(table(rows, 20, 1)), parsed.note);
}

/** `docker port NAME [PORT[/PROTO]]`. */
export function dockerPort(sim: Simulation, args: readonly string[], where: Where, typed = 'docker port'): CommandResult {
  const parsed = dockerFlags('container port', typed, args, []);
  if (!parsed.ok) return parsed.result;
  const [ref, wanted] = parsed.rest as [string, string | undefined];
  const c = findContainer(sim, where, ref);
  if (!c) return fail(noSuchContainer(ref));
  if (wanted === undefined) return ok(portLines(sim, c.spec.name).join('\n'));
  const m = /^(\d+)(?:\/(tcp|udp|sctp))?$/.exec(wanted);
  if (!m) return fail(`Error: No public port '${wanted}' published for ${c.spec.name}`);
  const lines = portLines(sim, c.spec.name, { port: Number(m[1]), protocol: m[2] ?? 'tcp' });
  return lines.length > 0 ? ok(lines.join('\n')) : fail(`Error: No public port '${m[1]}/${m[2] ?? 'tcp'}' published for ${c.spec.name}`);
}

/** The named containers of this daemon, each through `each`; docker goes on past a missing one and exits 1. */
function eachContainer(sim: Simulation, where: Where, refs: readonly string[], each: (name: string, up: boolean) => { line: string; effects?: TerminalEffect[]; error?: boolean }): CommandResult {
  const lines: string[] = [];
  const effects: TerminalEffect[] = [];
  let exitCode = 0;
  for (const ref of refs) {
    const c = findContainer(sim, where, ref);
    if (!c) {
      lines.push(noSuchContainer(ref));
      exitCode = 1;
      continue;
    }
    const r = each(c.spec.name, isUp(c));
    // docker echoes each container as it was given (an id stays an id), not its name.
    lines.push(!r.error && r.line === c.spec.name ? ref : r.line);
    effects.push(...(r.effects ?? []));
    if (r.error) exitCode = 1;
  }
  return { output: lines.join('\n'), exitCode, effects };
}

/** `docker restart`: a stop then a start (the engine's stop is immediate; see m1-model for grace periods). */
export function dockerRestart(sim: Simulation, args: readonly string[], where: Where, typed = 'docker restart'): CommandResult {
  const parsed = dockerFlags('container restart', typed, args, []);
  if (!parsed.ok) return parsed.result;
  return withNote(eachContainer(sim, where, parsed.rest, (name, up) => ({
    line: name,
    effects: [...(up ? [{ kind: 'live', action: { type: 'instance/stop', name } } as const] : []), { kind: 'live', action: { type: 'instance/start', name } }],
  })), parsed.note);
}

/** Directories above a path, outermost first: `/var/log/app.log` → `/var`, `/var/log`. */
function parents(path: string): string[] {
  const parts = path.split('/').filter(Boolean);
  return parts.slice(0, -1).map((_, i) => '/' + parts.slice(0, i + 1).join('/'));
}

/** `docker diff`: A, C and D from the writable layer against the image's layers, parents as C, sorted as docker sorts paths. */
export function dockerDiff(sim: Simulation, args: readonly string[], where: Where, typed = 'docker diff'): CommandResult {
  const parsed = dockerFlags('container diff', typed, args, []);
  if (!parsed.ok) return parsed.result;
  const [ref] = parsed.rest as [string];
  const c = findContainer(sim, where, ref);
  if (!c) return fail(noSuchContainer(ref));
  const overlay = c.upper;
  if (!overlay) return ok('');
  const layers = layerIndex(sim.catalogue);
  const lowerOnly = { ...overlay, upper: {}, whiteouts: {}, opaqueDirs: {} };
  const lowerFiles = overlay.lowerLayerIds.flatMap((id) => layers[id]?.files.map((f) => f.path) ?? []);
  // A file of the image, or a directory one of its files is in.
  const inLower = (path: string): boolean => resolvePath(lowerOnly, layers, path).found || lowerFiles.some((f) => f.startsWith(`${path}/`));
  const changes = new Map<string, 'A' | 'C' | 'D'>();
  for (const path of Object.keys(overlay.upper)) {
    changes.set(path, inLower(path) ? 'C' : 'A');
    for (const dir of parents(path)) if (!changes.has(dir)) changes.set(dir, inLower(dir) ? 'C' : 'A');
  }
  for (const path of Object.keys(overlay.whiteouts)) {
    changes.set(path, 'D');
    for (const dir of parents(path)) if (!changes.has(dir)) changes.set(dir, 'C');
  }
  const lines = [...changes.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([path, kind]) => `${kind} ${path}`);
  return withNote(ok(lines.join('\n')), parsed.note);
}

/** `docker history IMAGE`: its layers, newest first, with the step that made each and its size. */
export function dockerHistory(sim: Simulation, args: readonly string[], typed = 'docker history'): CommandResult {
  const parsed = dockerFlags('image history', typed, args, ['no-trunc', 'quiet', 'human', 'format']);
  if (!parsed.ok) return parsed.result;
  const name = parsed.rest[0]!;
  const resolved = imageKey(sim, name);
  if (!resolved) return fail(`Error response from daemon: No such image: ${name}`);
  const image = sim.catalogue.images[resolved.key]!;
  const noTrunc = isSet(parsed.values, 'no-trunc');
  const built = image.origin?.built;
  const items = [...image.layers].reverse().map((l, i) => ({
    ID: i === 0 ? (noTrunc ? `sha256:${hexId(`image:${image.ref}`, 64)}` : shortId(`image:${image.ref}`)) : '<missing>',
    CreatedSince: built ? `built ${built}` : 'N/A',
    CreatedAt: built ? `${built}T00:00:00Z` : '',
    CreatedBy: noTrunc || l.createdBy.length <= 45 ? l.createdBy : `${[...l.createdBy].slice(0, 44).join('')}…`,
    Size: humanSize(l.sizeBytes.value),
    Comment: '',
  }));
  if (isSet(parsed.values, 'quiet')) return withNote(ok(items.map((i) => i.ID).join('\n')), parsed.note);
  const out = formatItems(last(parsed.values, 'format'), items, {
    defaultTable: 'table {{.ID}}\t{{.CreatedSince}}\t{{.CreatedBy}}\t{{.Size}}\t{{.Comment}}',
    headers: { ID: 'IMAGE', CreatedSince: 'CREATED', CreatedAt: 'CREATED AT', CreatedBy: 'CREATED BY', Size: 'SIZE', Comment: 'COMMENT' },
    typeName: '*formatter.historyContext',
  });
  if (!out.ok) return fail(out.error);
  return withNote(ok(out.text), parsed.note);
}

/** An image by reference, or by a prefix of its id as docker also accepts (`fd484f19954f`). */
function imageKey(sim: Simulation, name: string): { key: string; shown: string } | null {
  const resolved = resolveImage(name, sim.catalogue.images);
  if (resolved.ok) return { key: resolved.key, shown: familiarString(resolved.ref) };
  const id = name.replace(/^sha256:/, '');
  if (!/^[0-9a-f]{4,64}$/.test(id)) return null;
  const key = Object.keys(sim.catalogue.images).find((k) => hexId(`image:${k}`, 64).startsWith(id));
  return key ? { key, shown: key } : null;
}

/** `docker rmi`: refused while a container uses the image, as the daemon refuses. */
export function dockerRmi(sim: Simulation, args: readonly string[], where: Where, typed = 'docker rmi'): CommandResult {
  const parsed = dockerFlags('image rm', typed, args, ['force']);
  if (!parsed.ok) return parsed.result;
  const lines: string[] = [];
  let exitCode = 0;
  for (const name of parsed.rest) {
    const resolved = imageKey(sim, name);
    if (!resolved) {
      lines.push(`Error response from daemon: No such image: ${name}`);
      exitCode = 1;
      continue;
    }
    const user = daemonContainers(sim, where).find((c) => c.spec.image === resolved.key);
    if (user && !isSet(parsed.values, 'force')) {
      lines.push(`Error response from daemon: conflict: unable to remove repository reference "${name}" (must force) - container ${containerIdOf(user.spec.name).slice(0, 12)} is using its referenced image ${shortId(`image:${resolved.key}`)}`);
      exitCode = 1;
      continue;
    }
    lines.push(`Untagged: ${resolved.shown}`, `Deleted: sha256:${hexId(`image:${resolved.key}`, 64)}`, '(utsuwa: the image stays in the simulated image store; removing images is not simulated)');
  }
  return { output: withNote(ok(lines.join('\n')), parsed.note).output, exitCode, effects: [] };
}

/** `docker version`: client and server as Docker Engine 27.3.1 reports them on Linux. */
export function dockerVersion(sim: Simulation, args: readonly string[], typed = 'docker version'): CommandResult {
  const parsed = dockerFlags('version', typed, args, ['format']);
  if (!parsed.ok) return parsed.result;
  const version = {
    // cli/command/system/version.go's clientVersion and the daemon's types.Version, field for field.
    Client: { Platform: { Name: 'Docker Engine - Community' }, Version: '27.3.1', APIVersion: '1.47', DefaultAPIVersion: '1.47', GitCommit: 'ce12230', GoVersion: 'go1.22.7', Os: 'linux', Arch: 'amd64', BuildTime: 'Fri Sep 20 11:41:11 2024', Context: 'default' },
    Server: { Platform: { Name: 'Docker Engine - Community' }, Version: '27.3.1', ApiVersion: '1.47', MinAPIVersion: '1.24', GitCommit: '41ca978', GoVersion: 'go1.22.7', Os: 'linux', Arch: 'amd64', KernelVersion: sim.catalogue.host.linuxKernelVersion, BuildTime: '2024-09-20T11:41:11.000000000+00:00' },
  };
  const format = last(parsed.values, 'format');
  if (format !== undefined) {
    const out = formatItems(format === 'json' ? '{{json .}}' : format, [version], { defaultTable: '', headers: {}, typeName: 'types.VersionResponse' });
    return out.ok ? ok(out.text) : fail(out.error);
  }
  const c = version.Client;
  const s = version.Server;
  return ok([
    'Client: Docker Engine - Community', ` Version:           ${c.Version}`, ` API version:       ${c.APIVersion}`, ` Go version:        ${c.GoVersion}`,
    ` Git commit:        ${c.GitCommit}`, ' Built:             Fri Sep 20 11:41:11 2024', ` OS/Arch:           ${c.Os}/${c.Arch}`, ' Context:           default', '',
    'Server: Docker Engine - Community', ' Engine:', `  Version:          ${s.Version}`, `  API version:      ${s.ApiVersion} (minimum version ${s.MinAPIVersion})`,
    `  Go version:       ${s.GoVersion}`, `  Git commit:       ${s.GitCommit}`, '  Built:            Fri Sep 20 11:41:11 2024', `  OS/Arch:          ${s.Os}/${s.Arch}`,
    '  Experimental:     false', ' containerd:', '  Version:          1.7.22', ' runc:', '  Version:          1.1.14', ' docker-init:', '  Version:          0.19.0',
  ].join('\n'));
}

/** `docker info`: the daemon's counts and the machine it runs on. */
export function dockerInfo(sim: Simulation, args: readonly string[], where: Where, typed = 'docker info'): CommandResult {
  const parsed = dockerFlags('system info', typed, args, []);
  if (!parsed.ok) return parsed.result;
  const all = daemonContainers(sim, where);
  const running = all.filter(isUp).length;
  const vm = where === 'host' ? null : sim.state.instances[where]?.spec;
  const cpus = vm?.kind === 'vm' ? vm.cpus : sim.scenario.host.cpus;
  const memory = vm?.kind === 'vm' ? vm.memoryBytes : sim.scenario.host.memoryBytes;
  const images = Object.values(sim.catalogue.images).filter((i) => i.os === 'linux').length;
  const gib = (memory / 1024 ** 3).toFixed(2).replace(/\.?0+$/, '');
  return withNote(ok([
    'Client: Docker Engine - Community', ' Version:    27.3.1', ' Context:    default', ' Debug Mode: false', '',
    'Server:', ` Containers: ${all.length}`, `  Running: ${running}`, '  Paused: 0', `  Stopped: ${all.length - running}`, ` Images: ${images}`,
    ' Server Version: 27.3.1', ' Storage Driver: overlay2', '  Backing Filesystem: extfs', ' Logging Driver: json-file', ' Cgroup Driver: systemd', ' Cgroup Version: 2',
    ' Runtimes: io.containerd.runc.v2 runc runsc kata-runtime', ' Default Runtime: runc', ` Kernel Version: ${sim.catalogue.host.linuxKernelVersion}`,
    ' Operating System: Ubuntu 24.04 LTS', ' OSType: linux', ' Architecture: x86_64', ` CPUs: ${cpus}`, ` Total Memory: ${gib}GiB`,
    ` Name: ${where === 'host' ? 'utsuwa-host' : where}`, ' Docker Root Dir: /var/lib/docker',
  ].join('\n')), parsed.note);
}

/** `docker system df`: images with their shared layers counted once, containers' writable layers, volumes. */
export function dockerSystemDf(sim: Simulation, args: readonly string[], where: Where, typed = 'docker system df'): CommandResult {
  const parsed = dockerFlags('system df', typed, args, ['verbose']);
  if (!parsed.ok) return parsed.result;
  const containers = daemonContainers(sim, where);
  const usedImages = new Set(containers.map((c) => c.spec.image));
  const images = Object.values(sim.catalogue.images).filter((i) => i.os === 'linux' && (sim.scenario.host.imageCache === 'warm' || i.layers.every((l) => sim.state.layers[l.id]?.state === 'present')));
  const layers = layerIndex(sim.catalogue);
  const total = sharedLayerBytes(images.map((i) => i.layers.map((l) => l.id)), layers);
  const active = sharedLayerBytes(images.filter((i) => usedImages.has(i.ref)).map((i) => i.layers.map((l) => l.id)), layers);
  const rw = containers.reduce((s, c) => s + c.diskBytes, 0);
  const rwStopped = containers.filter((c) => !isUp(c)).reduce((s, c) => s + c.diskBytes, 0);
  const pct = (part: number, whole: number): string => (whole > 0 ? `${Math.round((part / whole) * 100)}%` : '0%');
  const rows = [
    ['TYPE', 'TOTAL', 'ACTIVE', 'SIZE', 'RECLAIMABLE'],
    ['Images', String(images.length), String(usedImages.size), humanSize(total), `${humanSize(total - active)} (${pct(total - active, total)})`],
    ['Containers', String(containers.length), String(containers.filter(isUp).length), humanSize(rw), `${humanSize(rwStopped)} (${pct(rwStopped, rw)})`],
    ['Local Volumes', '0', '0', '0B', '0B'],
    ['Build Cache', '0', '0', '0B', '0B'],
  ];
  const v = isSet(parsed.values, 'verbose');
  if (!v) return withNote(ok(table(rows)), parsed.note);
  const imageRows = [['REPOSITORY', 'TAG', 'IMAGE ID', 'CREATED', 'SIZE', 'SHARED SIZE', 'UNIQUE SIZE', 'CONTAINERS']];
  for (const i of images) {
    const own = i.layers.reduce((s, l) => s + l.sizeBytes.value, 0);
    const shared = i.layers.filter((l) => images.some((o) => o !== i && o.layers.some((x) => x.id === l.id))).reduce((s, l) => s + l.sizeBytes.value, 0);
    const [repo, tag] = [i.ref.slice(0, i.ref.lastIndexOf(':')), i.ref.slice(i.ref.lastIndexOf(':') + 1)];
    imageRows.push([repo, tag, shortId(`image:${i.ref}`), 'N/A', humanSize(own), humanSize(shared), humanSize(own - shared), String(containers.filter((c) => c.spec.image === i.ref).length)]);
  }
  const containerRows = [['CONTAINER ID', 'IMAGE', 'COMMAND', 'LOCAL VOLUMES', 'SIZE', 'CREATED', 'STATUS', 'NAMES']];
  for (const c of containers) {
    containerRows.push([containerIdOf(c.spec.name).slice(0, 12), c.spec.imageRef ?? c.spec.image, '…', '0', humanSize(c.diskBytes), `${humanDuration(sim.state.nowMs - (c.startedAtMs ?? 0))} ago`, isUp(c) ? 'Up' : 'Exited', c.spec.name]);
  }
  return withNote(ok(['Images space usage:', '', table(imageRows), '', 'Containers space usage:', '', table(containerRows), '', 'Local Volumes space usage:', '', 'VOLUME NAME   LINKS     SIZE', '', 'Build cache usage: 0B', '', 'CACHE ID   CACHE TYPE   SIZE      CREATED   LAST USED   USAGE     SHARED'].join('\n')), parsed.note);
}
