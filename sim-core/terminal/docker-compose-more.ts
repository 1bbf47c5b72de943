/**
 * `docker compose exec|top|images|kill|pause|unpause|rm`: each is the docker command on the
 * service's container, with Compose's own framing (a service name instead of a container,
 * exec with a TTY by default, top's per-container blocks, the progress lines).
 */
import type { Simulation } from '../engine/state';
import type { ContainerSpec } from '../scenario/types';
import type { CommandResult, TerminalEffect } from './types';
import type { RunInside } from './types';
import { fail, ok } from './types';
import { dockerFlags, isSet, withNote } from './docker-flags';
import { last } from './flags';
import { isUp, type ContainerRecord } from './docker-list';
import { dockerExec } from './docker-manage';
import { dockerTop } from './docker-more';
import { hexId, shortId } from './docker-images';
import { humanSize, table } from './format';
import { splitRef } from './facts';

export interface ComposeMember {
  service: string;
  spec: ContainerSpec;
  record: ContainerRecord | null;
}

type Progress = (lines: Array<[string, string, string]>) => string;

/** `docker compose exec SERVICE CMD`: `docker exec -it` on the service's container (`-T`: no TTY). */
export function composeExec(sim: Simulation, list: readonly ComposeMember[], args: readonly string[], typed: string, runInside: RunInside): CommandResult {
  const parsed = dockerFlags('compose exec', typed, args, ['no-TTY', 'interactive', 'tty', 'file', 'project-name']);
  if (!parsed.ok) return parsed.result;
  const [service, ...command] = parsed.rest;
  if (service === undefined || command.length === 0) return fail('requires at least 2 arg(s), only received ' + parsed.rest.length, 1);
  const m = list.find((x) => x.service === service);
  if (!m) return fail(`no such service: ${service}`, 1);
  if (!m.record || !isUp(m.record)) return fail(`service "${service}" is not running`, 1);
  const tty = isSet(parsed.values, 'no-TTY') ? [] : ['-it'];
  return withNote(dockerExec(sim, [...tty, m.spec.name, ...command], 'host', runInside, 'docker exec'), parsed.note);
}

/** `docker compose top`: each running container's name, then its `docker top` table. */
export function composeTop(sim: Simulation, list: readonly ComposeMember[], args: readonly string[], typed: string): CommandResult {
  const parsed = dockerFlags('compose top', typed, args, []);
  if (!parsed.ok) return parsed.result;
  const running = list.filter((m) => m.record && isUp(m.record) && (parsed.rest.length === 0 || parsed.rest.includes(m.service)));
  const blocks = running.sort((a, b) => (a.spec.name < b.spec.name ? -1 : 1)).map((m) => `${m.spec.name}\n${dockerTop(sim, [m.spec.name], 'host').output}\n`);
  return withNote(ok(blocks.join('\n')), parsed.note);
}

/** `docker compose images`: the image of each created container. */
export function composeImages(sim: Simulation, list: readonly ComposeMember[], args: readonly string[], typed: string): CommandResult {
  const parsed = dockerFlags('compose images', typed, args, ['quiet']);
  if (!parsed.ok) return parsed.result;
  const created = list.filter((m) => m.record && (parsed.rest.length === 0 || parsed.rest.includes(m.service))).sort((a, b) => (a.spec.name < b.spec.name ? -1 : 1));
  if (isSet(parsed.values, 'quiet')) return ok([...new Set(created.map((m) => hexId(`image:${m.spec.image}`, 64)))].join('\n'));
  const rows = [['CONTAINER', 'REPOSITORY', 'TAG', 'IMAGE ID', 'SIZE']];
  for (const m of created) {
    const image = sim.catalogue.images[m.spec.image]!;
    const { repository, tag } = splitRef(m.spec.imageRef ?? image.ref);
    rows.push([m.spec.name, repository, tag, shortId(`image:${image.ref}`), humanSize(image.layers.reduce((s, l) => s + l.sizeBytes.value, 0))]);
  }
  return withNote(ok(table(rows)), parsed.note);
}

/** `docker compose kill|pause|unpause`: the signal or freeze on each running container of the services. */
export function composeSignal(list: readonly ComposeMember[], verb: 'kill' | 'pause' | 'unpause', args: readonly string[], typed: string, progress: Progress): CommandResult {
  const parsed = dockerFlags(`compose ${verb}`, typed, args, verb === 'kill' ? ['signal'] : []);
  if (!parsed.ok) return parsed.result;
  const signal = last(parsed.values, 'signal');
  if (verb === 'kill' && signal !== undefined && !/^(SIG)?KILL$|^9$/i.test(signal)) {
    return fail(`utsuwa: compose kill -s ${signal} is accepted; only SIGKILL is simulated here (use docker kill -s for other signals)`, 1);
  }
  const chosen = list.filter((m) => m.record && isUp(m.record) && (parsed.rest.length === 0 || parsed.rest.includes(m.service)))
    .filter((m) => (verb === 'unpause' ? m.record!.paused : !m.record!.paused || verb === 'kill'));
  const type = verb === 'kill' ? 'instance/kill' : verb === 'pause' ? 'instance/pause' : 'instance/unpause';
  const effects: TerminalEffect[] = chosen.map((m) => ({ kind: 'live', action: { type, name: m.spec.name } }));
  const state = verb === 'kill' ? 'Killed' : verb === 'pause' ? 'Paused' : 'Unpaused';
  return withNote(ok(progress(chosen.map((m) => ['Container', m.spec.name, state])), effects), parsed.note);
}

/** `docker compose rm -f`: removes the services' stopped containers (`-s` stops running ones first). */
export function composeRm(list: readonly ComposeMember[], args: readonly string[], typed: string, progress: Progress): CommandResult {
  const parsed = dockerFlags('compose rm', typed, args, ['force', 'stop']);
  if (!parsed.ok) return parsed.result;
  const stop = isSet(parsed.values, 'stop');
  const chosen = list.filter((m) => m.record && (parsed.rest.length === 0 || parsed.rest.includes(m.service)) && (stop || !isUp(m.record)));
  if (chosen.length === 0) return ok('No stopped containers');
  if (!isSet(parsed.values, 'force')) {
    return fail(`Going to remove ${chosen.map((m) => m.spec.name).join(', ')}\n? Are you sure? (y/N) \nutsuwa: this terminal does not answer prompts; add -f (--force) to remove without one`, 1);
  }
  const effects: TerminalEffect[] = chosen.flatMap((m) => (isUp(m.record!) ? [{ kind: 'live', action: { type: 'instance/remove', name: m.spec.name } } as TerminalEffect] : [{ kind: 'remove', name: m.spec.name } as TerminalEffect]));
  return withNote(ok(progress(chosen.map((m) => ['Container', m.spec.name, 'Removed'])), effects), parsed.note);
}
