/**
 * `docker logs [-t] [-n N] [--since/--until] NAME`: what the container's program wrote, each
 * start of it again (a restarted container's log goes on), from the event log's starts and
 * readiness. `-f` prints what is there and returns (the terminal does not stream).
 */
import type { Simulation } from '../engine/state';
import type { CommandResult, Where } from './types';
import { fail, ok } from './types';
import { dockerFlags, isSet, withNote } from './docker-flags';
import { last } from './flags';
import { findContainer, noSuchContainer } from './docker-manage';
import { appOutput, type TimedLine } from './app-output';
import { simIsoTime, SIM_EPOCH_DAYS } from './facts';
import { parseDuration } from '../docker/go-parse';

/** Every line the container's program has written up to now, in order. */
export function containerLog(sim: Simulation, name: string): TimedLine[] {
  const inst = sim.state.instances[name];
  if (!inst || inst.spec.kind !== 'container') return [];
  const app = sim.catalogue.images[inst.spec.image]?.app ?? '';
  const out: TimedLine[] = [];
  let start: number | null = null;
  const flush = (readyMs: number | null): void => {
    if (start !== null) out.push(...appOutput(app, start, readyMs));
    start = null;
  };
  for (const e of sim.state.log) {
    if (e.subject !== name) continue;
    if (e.type === 'instance/starting') {
      flush(null);
      start = e.atMs;
    } else if (e.type === 'instance/ready') flush(e.atMs);
  }
  flush(null);
  return out.filter((l) => l.atMs <= sim.state.nowMs);
}

/** `--since`/`--until`: a Go duration back from now (`10m`), or a Unix or RFC 3339 time. */
function timeArg(sim: Simulation, text: string): number | string {
  const d = parseDuration(text);
  if (d.ok) return sim.state.nowMs - d.value;
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text) * 1000 - SIM_EPOCH_DAYS * 86_400_000;
  const m = /^(\d{4})-(\d\d)-(\d\d)(?:T(\d\d):(\d\d)(?::(\d\d))?)?/.exec(text);
  if (m) return (Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)) - SIM_EPOCH_DAYS * 86_400_000);
  return `parsing time "${text}" as "2006-01-02T15:04:05.999999999Z07:00": cannot parse "${text}" as "2006"`;
}

export function dockerLogs(sim: Simulation, args: readonly string[], where: Where, typed = 'docker logs'): CommandResult {
  const parsed = dockerFlags('container logs', typed, args, ['timestamps', 'tail', 'since', 'until', 'follow']);
  if (!parsed.ok) return parsed.result;
  const ref = parsed.rest[0]!;
  const c = findContainer(sim, where, ref);
  if (!c) return fail(noSuchContainer(ref));
  let lines = containerLog(sim, c.spec.name);
  for (const [flag, keep] of [['since', (t: number, l: TimedLine) => l.atMs >= t], ['until', (t: number, l: TimedLine) => l.atMs <= t]] as const) {
    const v = last(parsed.values, flag);
    if (v === undefined) continue;
    const t = timeArg(sim, v);
    if (typeof t === 'string') return fail(`invalid value for "${flag}": ${t}`);
    lines = lines.filter((l) => keep(t, l));
  }
  const tail = last(parsed.values, 'tail') ?? 'all';
  if (tail !== 'all') {
    const n = Number(tail);
    if (Number.isInteger(n) && n >= 0) lines = n === 0 ? [] : lines.slice(-n);
  }
  const stamp = isSet(parsed.values, 'timestamps');
  const text = lines.map((l) => (stamp ? `${simIsoTime(l.atMs)} ${l.text}` : l.text)).join('\n');
  const follow = isSet(parsed.values, 'follow') ? '(utsuwa: -f prints the log so far; the terminal does not follow it)' : null;
  return withNote(ok(text), [parsed.note, follow].filter(Boolean).join('\n') || null);
}
