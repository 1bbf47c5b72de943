/**
 * `sleep NUMBER[SUFFIX]...` as GNU coreutils reads its operands (BusyBox's sleep takes the
 * same): seconds by default, `s`, `m`, `h`, `d` suffixes, fractions, several operands added up;
 * `inf` or `infinity` sleeps for ever. Shared by the terminal's `sleep` and the engine, which
 * ends a container whose main process is a sleep when it is over.
 */

const UNIT_MS: Record<string, number> = { '': 1000, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

export type SleepDuration = { ms: number } | { forever: true } | { invalid: string } | { missing: true };

export function sleepDuration(args: readonly string[]): SleepDuration {
  if (args.length === 0) return { missing: true };
  let ms = 0;
  for (const a of args) {
    if (/^inf(inity)?[smhd]?$/i.test(a)) return { forever: true };
    const m = /^(\d+(?:\.\d*)?|\.\d+)([smhd]?)$/.exec(a);
    if (!m) return { invalid: a };
    ms += Number(m[1]) * UNIT_MS[m[2]!]!;
  }
  return { ms };
}
