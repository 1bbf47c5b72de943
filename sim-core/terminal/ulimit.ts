/**
 * `ulimit` (the shell's builtin): a process's resource limits. In a container they are what
 * `--ulimit` (Compose's `ulimits:`) set, else what the container's runtime inherits from the
 * daemon: with Docker 27 and containerd 1.7, whose systemd unit sets LimitNOFILE=infinity,
 * 1048576 open files, soft and hard (moby/moby#51485 reproduces `docker run ubuntu bash -c
 * 'ulimit -n'` → 1048576 on Ubuntu 24.04 with containerd 1.7.29; containerd 2.1 gives 1024).
 * On a host or VM a login shell has systemd's defaults since v240: 1024 soft, 524288 hard
 * (containerd/containerd#8924). Processes are unlimited in number, as dockerd's unit says.
 */
import type { Simulation } from '../engine/state';
import type { CommandResult } from './types';
import { fail, ok } from './types';
import type { Place } from './place';

export interface Limit { soft: number; hard: number }

const UNLIMITED = -1;

/** The letters ulimit takes for the limits docker's --ulimit names. */
const LETTERS: Record<string, string> = { n: 'nofile', u: 'nproc', f: 'fsize', s: 'stack', c: 'core', l: 'memlock', v: 'as', t: 'cpu', d: 'data' };

function defaults(place: Place): Record<string, Limit> {
  const container = place.kind === 'container';
  return {
    nofile: container ? { soft: 1_048_576, hard: 1_048_576 } : { soft: 1024, hard: 524_288 },
    nproc: { soft: UNLIMITED, hard: UNLIMITED },
    fsize: { soft: UNLIMITED, hard: UNLIMITED },
  };
}

/** `nofile=1024:2048` (go-units ParseUlimit: one number sets both). */
export function parseUlimit(text: string): [string, Limit] | null {
  const [name, values] = text.split('=');
  if (name === undefined || values === undefined) return null;
  const [soft, hard] = values.split(':').map(Number);
  if (soft === undefined || Number.isNaN(soft)) return null;
  return [name, { soft, hard: hard ?? soft }];
}

export function limitsOf(sim: Simulation, place: Place): Record<string, Limit> {
  const out = defaults(place);
  const spec = sim.state.instances[place.where]?.spec;
  if (place.kind === 'container' && spec?.kind === 'container') {
    for (const u of spec.ulimits ?? []) {
      const parsed = parseUlimit(u);
      if (parsed) out[parsed[0]] = parsed[1];
    }
  }
  return out;
}

const shown = (n: number): string => (n === UNLIMITED ? 'unlimited' : String(n));

export function ulimit(sim: Simulation, place: Place, args: readonly string[]): CommandResult {
  let hard = false;
  let which = 'f';
  for (const a of args) {
    if (!a.startsWith('-')) return fail(`ulimit: (utsuwa: setting a limit is not simulated; docker run --ulimit ${LETTERS[which] ?? 'nofile'}=${a} sets it for the container)`, 1);
    for (const c of a.slice(1)) {
      if (c === 'H') hard = true;
      else if (c === 'S') hard = false;
      else if (c in LETTERS) which = c;
      else if (c === 'a') return fail('ulimit: (utsuwa: -a is not simulated; ask for one limit: -n open files, -u processes, -f file size)', 1);
      else return fail(`ulimit: -${c}: invalid option`, 2);
    }
  }
  const limit = limitsOf(sim, place)[LETTERS[which]!];
  if (!limit) return fail(`ulimit: (utsuwa: the ${LETTERS[which]} limit is not simulated; -n, -u and -f are)`, 1);
  return ok(shown(hard ? limit.hard : limit.soft));
}
