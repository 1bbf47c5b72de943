/** `sleep NUMBER[SUFFIX]...` (GNU coreutils; BusyBox takes the same): the simulation plays on for that long. */
import type { CommandResult } from './types';
import { fail, ok } from './types';
import { sleepDuration } from '../rules/sleep-duration';

/** The longest sleep played at once: a day of simulated time (the engine's run stays bounded). */
const MAX_SLEEP_MS = 86_400_000;

export function sleep(args: readonly string[]): CommandResult {
  const d = sleepDuration(args);
  if ('missing' in d) return fail("sleep: missing operand\nTry 'sleep --help' for more information.", 1);
  if ('invalid' in d) return fail(`sleep: invalid time interval '${d.invalid}'\nTry 'sleep --help' for more information.`, 1);
  const ms = 'forever' in d ? Infinity : d.ms;
  const played = Math.min(Math.round(ms), MAX_SLEEP_MS);
  const note = played < ms ? '(utsuwa: sleep plays at most one day of simulated time at once)' : '';
  return ok(note, played > 0 ? [{ kind: 'advance', ms: played }] : []);
}
