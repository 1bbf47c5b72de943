/** `sleep NUMBER[SUFFIX]...` (GNU coreutils; BusyBox takes the same): the simulation plays on for that long. */
import type { CommandResult } from './types';
import { fail, ok } from './types';

const UNIT_MS: Record<string, number> = { '': 1000, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** The longest sleep played at once: a day of simulated time (the engine's run stays bounded). */
const MAX_SLEEP_MS = 86_400_000;

export function sleep(args: readonly string[]): CommandResult {
  if (args.length === 0) return fail("sleep: missing operand\nTry 'sleep --help' for more information.", 1);
  let ms = 0;
  for (const a of args) {
    const m = /^(\d+(?:\.\d*)?|\.\d+)([smhd]?)$/.exec(a);
    if (!m) return fail(`sleep: invalid time interval '${a}'\nTry 'sleep --help' for more information.`, 1);
    ms += Number(m[1]) * UNIT_MS[m[2]!]!;
  }
  const played = Math.min(Math.round(ms), MAX_SLEEP_MS);
  const note = played < ms ? '(utsuwa: sleep plays at most one day of simulated time at once)' : '';
  return ok(note, played > 0 ? [{ kind: 'advance', ms: played }] : []);
}
