/**
 * `docker compose up|down|ps|logs|start|stop|restart` (and exec|top|images|kill|pause|unpause|rm,
 * docker-compose-more.ts) on the Compose file the scenario was
 * imported from (Compose v2.29): the project, each container's service and its spec are in
 * the scenario's `composeProject` extension (sim-core/import). Compose's progress lines are
 * printed without their timings, which the model does not have.
 */
import type { Simulation } from '../engine/state';
import { containerIdOf } from '../engine/inspect';
import type { ContainerSpec } from '../scenario/types';
import type { CommandResult, TerminalEffect, Where } from './types';
import type { RunInside } from './types';
import { fail, ok } from './types';
import { commandDef, findCommand } from '../docker/commands';
import { parseFlags } from './flags';
import { dockerSetCheck } from '../docker/flag-checks';
import { dockerFlags, isSet, withNote } from './docker-flags';
import { last } from './flags';
import { dockerState, isUp, type ContainerRecord } from './docker-list';
import { statusText } from './docker-ps';
import { portsTaken, psPorts } from './docker-ports';
import { containerLog } from './docker-logs';
import { containerCommand, instanceTimes } from './facts';
import { humanDuration, truncateCommand } from './format';
import { formatItems } from './docker-format';
import { notSimulatedLine } from '../docker/run-coverage';
import { composeExec, composeImages, composeRm, composeSignal, composeTop, type ComposeMember } from './docker-compose-more';
import { composeConfig, composeLs, type ComposeListing } from './docker-compose-list';
import { formatProgress } from './compose-progress';
import { composeSource } from './compose-file';
import { quoteWord, type DockerClient } from './docker-run';

interface ComposeProject {
  project: string;
  /** The file it was read from, as named when loaded (absent in scenarios saved before it was kept). */
  configFile?: string;
  /** The service of each spec, by index. */
  services: string[];
  specs: ContainerSpec[];
}

const KEY = 'composeProject';

function projectOf(sim: Simulation): ComposeProject | null {
  const raw = sim.scenario.extensions[KEY] as Partial<ComposeProject> | undefined;
  if (!raw || typeof raw.project !== 'string' || !Array.isArray(raw.services) || !Array.isArray(raw.specs)) return null;
  return raw as ComposeProject;
}

type Member = ComposeMember;

function members(sim: Simulation, p: ComposeProject, wanted: readonly string[]): Member[] {
  return p.specs
    .map((spec, i) => ({ service: p.services[i] ?? spec.name, spec, record: (sim.state.instances[spec.name] as ContainerRecord | undefined) ?? null }))
    .filter((m) => wanted.length === 0 || wanted.includes(m.service));
}

function networkNames(p: ComposeProject, list: readonly Member[]): string[] {
  const out = new Set<string>();
  for (const m of list) for (const n of m.spec.networks ?? []) if (n !== 'none') out.add(n);
  return [...out];
}

/**
 * `--scale SERVICE=NUM` (repeatable): the service's containers become NUM, named as Compose
 * names replicas (`<project>-<service>-<n>`), new ones made like its first; beyond NUM the
 * highest-numbered are removed. The project's list of containers changes with it.
 */
function scaleProject(sim: Simulation, p: ComposeProject, scales: readonly string[]): { changed: false } | { changed: true; project: ComposeProject; removed: string[] } | { error: string } {
  if (scales.length === 0) return { changed: false };
  let services = [...p.services];
  let specs = [...p.specs];
  const removed: string[] = [];
  for (const s of scales) {
    const m = /^([^=]+)=(-?\d+)$/.exec(s);
    if (!m) return { error: `invalid --scale option ${JSON.stringify(s)}. Should be SERVICE=NUM` };
    const service = m[1]!;
    const n = Number(m[2]);
    if (!services.includes(service)) return { error: `no such service: ${service}` };
    if (n < 0) return { error: `invalid --scale option ${JSON.stringify(s)}. Should be SERVICE=NUM` };
    const own = specs.filter((_, i) => services[i] === service);
    const first = own[0]!;
    const named = (k: number) => `${p.project}-${service}-${k}`;
    const kept = own.filter((_, k) => k < n);
    const dropped = own.slice(n).map((x) => x.name);
    removed.push(...dropped.filter((d) => sim.state.instances[d] !== undefined));
    const added = [];
    for (let k = own.length + 1; k <= n; k++) added.push({ ...first, name: named(k) });
    const others = specs.map((x, i) => ({ x, svc: services[i]! })).filter((e) => e.svc !== service);
    const mine = [...kept, ...added].map((x) => ({ x, svc: service }));
    const all = [...others, ...mine];
    services = all.map((e) => e.svc);
    specs = all.map((e) => e.x);
  }
  return { changed: true, project: { ...p, services, specs }, removed };
}

const progress = formatProgress;

/** How Compose's progress ends for a container others wait for: `Healthy` (service_healthy), `Exited` (completed). */
function waitedAs(list: readonly Member[], name: string): string | null {
  const conditions = list.flatMap((m) => (m.spec.dependsOn ?? []).filter((d) => d.name === name).map((d) => d.condition));
  return conditions.includes('healthy') ? 'Healthy' : conditions.includes('completed') ? 'Exited' : null;
}

/** Compose's InDependencyOrder: each container after those it depends on (the file has no cycle). */
function dependencyOrder(list: readonly Member[]): Member[] {
  const out: Member[] = [];
  const left = [...list];
  while (left.length > 0) {
    const i = left.findIndex((m) => (m.spec.dependsOn ?? []).every((d) => !left.some((o) => o.spec.name === d.name)));
    out.push(...left.splice(Math.max(0, i), 1));
  }
  return out;
}

function up(sim: Simulation, project: ComposeProject, args: readonly string[], typed: string): CommandResult {
  let p = project;
  const parsed = dockerFlags('compose up', typed, args, ['detach', 'file', 'project-name', 'scale']);
  if (!parsed.ok) return parsed.result;
  const unknown = parsed.rest.find((s) => !p.services.includes(s));
  if (unknown) return fail(`no such service: ${unknown}`);
  const effects: TerminalEffect[] = [];
  const lines: Array<[string, string, string]> = [];
  const errors: string[] = [];
  const scaled = scaleProject(sim, p, parsed.values.scale ?? []);
  if ('error' in scaled) return fail(scaled.error);
  if (scaled.changed) {
    for (const name of scaled.removed) {
      const r = sim.state.instances[name] as ContainerRecord | undefined;
      if (r) effects.push(isUp(r) ? { kind: 'live', action: { type: 'instance/remove', name } } : { kind: 'remove', name });
      lines.push(['Container', name, 'Removed']);
    }
    effects.push({ kind: 'compose-members', services: scaled.project.services, specs: scaled.project.specs });
    p = scaled.project;
  }
  const list = members(sim, p, parsed.rest);
  const fresh = list.every((m) => m.record === null);
  if (fresh) for (const n of networkNames(p, list)) lines.push(['Network', n, 'Created']);
  for (const m of dependencyOrder(list)) {
    // A dependency waited for ends as Compose's last event for it says: Healthy, or Exited.
    const waited = waitedAs(list, m.spec.name);
    if (!m.record) {
      const taken = portsTaken(sim, m.spec);
      if (taken !== null) {
        // Created, its start refused by the daemon: Compose marks it and ends with the daemon's error.
        effects.push({ kind: 'add-container', spec: m.spec, start: false });
        lines.push(['Container', m.spec.name, 'Error']);
        errors.push(taken);
        continue;
      }
      effects.push({ kind: 'add-container', spec: m.spec });
      lines.push(['Container', m.spec.name, waited ?? 'Started']);
    } else if (isUp(m.record)) lines.push(['Container', m.spec.name, waited ?? 'Running']);
    else {
      effects.push({ kind: 'live', action: { type: 'instance/start', name: m.spec.name } });
      lines.push(['Container', m.spec.name, waited ?? 'Started']);
    }
  }
  const attached = !isSet(parsed.values, 'detach') ? '(utsuwa: attached output is not streamed; the services run in the background, as with -d; see docker compose logs)' : null;
  if (errors.length > 0) return withNote({ output: [progress(lines), ...errors].join('\n'), exitCode: 1, effects }, parsed.note);
  // `up -d` returns once every container has started: a start held for its dependencies'
  // conditions is waited for (engine/depends.ts), as Compose waits, and the progress is
  // written when the waits are over, each container at its last event.
  const held = list.filter((m) => m.spec.dependsOn?.some((d) => d.condition !== 'started')).map((m) => m.spec.name);
  if (held.length > 0) return withNote(ok('', [...effects, { kind: 'compose-wait', names: held, progress: lines }]), [parsed.note, attached].filter(Boolean).join('\n') || null);
  return withNote(ok(progress(lines), effects), [parsed.note, attached].filter(Boolean).join('\n') || null);
}

function down(sim: Simulation, p: ComposeProject, args: readonly string[], typed: string): CommandResult {
  const parsed = dockerFlags('compose down', typed, args, ['file', 'project-name']);
  if (!parsed.ok) return parsed.result;
  const list = members(sim, p, parsed.rest).filter((m) => m.record !== null).reverse();
  const effects: TerminalEffect[] = [];
  const lines: Array<[string, string, string]> = [];
  for (const m of list) {
    effects.push(isUp(m.record!) ? { kind: 'live', action: { type: 'instance/remove', name: m.spec.name } } : { kind: 'remove', name: m.spec.name });
    lines.push(['Container', m.spec.name, 'Removed']);
  }
  if (parsed.rest.length === 0) for (const n of networkNames(p, list)) lines.push(['Network', n, 'Removed']);
  return withNote(ok(progress(lines), effects), parsed.note);
}

function ps(sim: Simulation, p: ComposeProject, args: readonly string[], typed: string): CommandResult {
  const parsed = dockerFlags('compose ps', typed, args, ['all', 'quiet', 'services', 'format', 'file', 'project-name']);
  if (!parsed.ok) return parsed.result;
  const all = isSet(parsed.values, 'all');
  const list = members(sim, p, parsed.rest).filter((m) => m.record && (all || isUp(m.record)));
  if (isSet(parsed.values, 'services')) return ok([...new Set(list.map((m) => m.service))].join('\n'));
  if (isSet(parsed.values, 'quiet')) return ok(list.map((m) => containerIdOf(m.record!.spec.name)).join('\n'));
  const times = instanceTimes(sim);
  const now = sim.state.nowMs;
  const items = list.sort((a, b) => (a.spec.name < b.spec.name ? -1 : 1)).map((m) => {
    const t = times.get(m.spec.name);
    return {
      Name: m.spec.name, Image: m.spec.imageRef ?? m.spec.image, Command: truncateCommand(containerCommand(sim.catalogue.images[m.spec.image]!, m.spec)),
      Service: m.service, RunningFor: `${humanDuration(now - (t?.firstStartMs ?? now))} ago`, Status: statusText(m.record!, t, now), Ports: psPorts(sim, m.record!),
      State: dockerState(m.record!), Project: p.project, Health: m.record!.health && isUp(m.record!) ? m.record!.health.status : '',
    };
  });
  const out = formatItems(last(parsed.values, 'format'), items, {
    defaultTable: 'table {{.Name}}\t{{.Image}}\t{{.Command}}\t{{.Service}}\t{{.RunningFor}}\t{{.Status}}\t{{.Ports}}',
    headers: { Name: 'NAME', Image: 'IMAGE', Command: 'COMMAND', Service: 'SERVICE', RunningFor: 'CREATED', Status: 'STATUS', Ports: 'PORTS', State: 'STATE', Project: 'PROJECT', Health: 'HEALTH' },
    typeName: 'formatter.ContainerContext',
  });
  return out.ok ? withNote(ok(out.text), parsed.note) : fail(out.error);
}

function logs(sim: Simulation, p: ComposeProject, args: readonly string[], typed: string): CommandResult {
  const parsed = dockerFlags('compose logs', typed, args, ['no-log-prefix', 'tail', 'file', 'project-name']);
  if (!parsed.ok) return parsed.result;
  const list = members(sim, p, parsed.rest).filter((m) => m.record);
  const prefix = (m: Member): string => `${m.spec.name.replace(new RegExp(`^${p.project}-`), '')}`;
  const width = Math.max(0, ...list.map((m) => prefix(m).length));
  const bare = isSet(parsed.values, 'no-log-prefix');
  const tail = Number(last(parsed.values, 'tail') ?? NaN);
  const lines = list.flatMap((m) => {
    let own = containerLog(sim, m.spec.name);
    if (Number.isInteger(tail) && tail >= 0) own = tail === 0 ? [] : own.slice(-tail);
    return own.map((l) => ({ atMs: l.atMs, text: bare ? l.text : `${prefix(m).padEnd(width)}  | ${l.text}` }));
  }).sort((a, b) => a.atMs - b.atMs);
  return withNote(ok(lines.map((l) => l.text).join('\n')), parsed.note);
}

function lifecycle(sim: Simulation, p: ComposeProject, verb: 'start' | 'stop' | 'restart', args: readonly string[], typed: string): CommandResult {
  const parsed = dockerFlags(`compose ${verb}`, typed, args, ['file', 'project-name']);
  if (!parsed.ok) return parsed.result;
  const list = members(sim, p, parsed.rest).filter((m) => m.record);
  const effects: TerminalEffect[] = [];
  const lines: Array<[string, string, string]> = [];
  for (const m of list) {
    const name = m.spec.name;
    const running = isUp(m.record!);
    if (verb !== 'start' && running) effects.push({ kind: 'live', action: { type: 'instance/stop', name } });
    if (verb !== 'stop' && (verb === 'restart' || !running)) effects.push({ kind: 'live', action: { type: 'instance/start', name } });
    lines.push(['Container', name, verb === 'start' ? 'Started' : verb === 'stop' ? 'Stopped' : 'Started']);
  }
  return withNote(ok(progress(lines), effects), parsed.note);
}

export function dockerCompose(sim: Simulation, argv: readonly string[], where: Where, runInside: RunInside, client?: DockerClient): CommandResult {
  const global = parseFlags(argv, commandDef('compose').flags, { interspersed: false, check: dockerSetCheck });
  if (!global.ok) return fail(`${global.error}`, 1);
  const [sub, ...rest] = global.rest;
  if (sub === undefined) return ok('Usage:  docker compose [OPTIONS] COMMAND\n\nDefine and run multi-container applications with Docker');
  const found = findCommand(['compose', sub, ...rest]);
  if (!found) return fail(`unknown docker command: "compose ${sub}"`, 1);
  const p = projectOf(sim);
  const typedSub = `docker compose ${sub}`;
  const listing = (q: ComposeProject): ComposeListing => ({ project: q.project, configFile: q.configFile ?? 'compose.yaml', members: members(sim, q, []) });
  // `ls` asks the daemon for every project, with or without a file here.
  if (found.def.path === 'compose ls') return composeLs(p ? listing(p) : null, rest, typedSub);
  if (!p) {
    // The directory's Compose file (written in this shell, `cat > compose.yaml <<EOF`): loaded as Import loads one, then the command runs on it.
    const fileFlag = global.given.find((g) => g.name === 'file') ? last(global.values, 'file') : undefined;
    const nameFlag = global.given.find((g) => g.name === 'project-name') ? last(global.values, 'project-name') : undefined;
    const source = where === 'host' ? composeSource(client, fileFlag, nameFlag) : null;
    if (source === null) return fail('no configuration file provided: not found', 1);
    if ('error' in source) return fail(source.error, 1);
    return ok('', [{ kind: 'compose-load', source, line: ['docker', 'compose', ...argv].map(quoteWord).join(' '), where }]);
  }
  const typed = `docker compose ${sub}`;
  const ignored = notSimulatedLine(global.given.filter((g) => !['file', 'project-name'].includes(g.name)).map((g) => g.as));
  let r: CommandResult;
  switch (found.def.path) {
    case 'compose up': r = up(sim, p, rest, typed); break;
    case 'compose down': r = down(sim, p, rest, typed); break;
    case 'compose ps': r = ps(sim, p, rest, typed); break;
    case 'compose logs': r = logs(sim, p, rest, typed); break;
    case 'compose start': r = lifecycle(sim, p, 'start', rest, typed); break;
    case 'compose stop': r = lifecycle(sim, p, 'stop', rest, typed); break;
    case 'compose restart': r = lifecycle(sim, p, 'restart', rest, typed); break;
    case 'compose exec': r = composeExec(sim, members(sim, p, []), rest, typed, runInside); break;
    case 'compose top': r = composeTop(sim, members(sim, p, []), rest, typed); break;
    case 'compose images': r = composeImages(sim, members(sim, p, []), rest, typed); break;
    case 'compose kill': r = composeSignal(members(sim, p, []), 'kill', rest, typed, progress); break;
    case 'compose pause': r = composeSignal(members(sim, p, []), 'pause', rest, typed, progress); break;
    case 'compose unpause': r = composeSignal(members(sim, p, []), 'unpause', rest, typed, progress); break;
    case 'compose rm': r = composeRm(members(sim, p, []), rest, typed, progress); break;
    case 'compose config': r = composeConfig(listing(p), rest, typed); break;
    default: r = fail(`utsuwa: ${typed} is a real docker compose command that this terminal does not simulate yet.`, 1);
  }
  return withNote(r, ignored);
}
