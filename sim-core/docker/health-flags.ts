/**
 * `docker run --health-cmd/--health-interval/--health-timeout/--health-retries/
 * --health-start-period/--health-start-interval/--no-healthcheck` as the CLI reads them
 * (cli/command/container/opts.go, github.com/docker/cli), to the spec's healthcheck and back.
 */
import type { HealthcheckSpec } from '../scenario/types';
import { parseDuration, parseInt } from './go-parse';

const DURATION_FLAGS = [['health-interval', 'intervalMs'], ['health-timeout', 'timeoutMs'], ['health-start-period', 'startPeriodMs'], ['health-start-interval', 'startIntervalMs']] as const;

/**
 * The healthcheck the flags set: `null` when none is given, an error in the CLI's words, or
 * `ignored` when settings come without a command (the image's HEALTHCHECK would be used; the
 * catalogue's images have none, so nothing runs).
 */
export function healthFromFlags(one: (name: string) => string | undefined): { ok: true; value: HealthcheckSpec | null; ignored: boolean } | { ok: false; error: string } {
  const cmd = one('health-cmd') ?? '';
  const ms: Partial<Record<(typeof DURATION_FLAGS)[number][1], number>> = {};
  for (const [flag, field] of DURATION_FLAGS) {
    const v = one(flag);
    if (v === undefined) continue;
    const d = parseDuration(v);
    // pflag has checked the syntax already; a value here is a valid duration.
    if (d.ok) ms[field] = d.value;
  }
  const retriesText = one('health-retries');
  const retries = retriesText === undefined ? 0 : parseInt(retriesText, 32).ok ? Number(retriesText) : 0;
  const have = cmd !== '' || Object.values(ms).some((v) => v !== 0) || retries !== 0;
  const none = one('no-healthcheck');
  if (none !== undefined && none !== 'false') {
    if (have) return { ok: false, error: '--no-healthcheck conflicts with --health-* options' };
    return { ok: true, value: { test: ['NONE'] }, ignored: false };
  }
  if (!have) return { ok: true, value: null, ignored: false };
  for (const [flag, field] of DURATION_FLAGS) if ((ms[field] ?? 0) < 0) return { ok: false, error: `--${flag} cannot be negative` };
  if (retries < 0) return { ok: false, error: '--health-retries cannot be negative' };
  if (cmd === '') return { ok: true, value: null, ignored: true };
  const out: HealthcheckSpec = { test: ['CMD-SHELL', cmd] };
  for (const [, field] of DURATION_FLAGS) if ((ms[field] ?? 0) > 0) out[field] = Math.round(ms[field]!);
  if (retries > 0) out.retries = retries;
  return { ok: true, value: out, ignored: false };
}

/** The flags that give this healthcheck back (a CMD test is written as the shell line it runs). */
export function healthFlags(h: HealthcheckSpec): string[] {
  if (h.test[0] === 'NONE') return ['--no-healthcheck'];
  // docker run can only give a shell line: a CMD test is written as the words it runs.
  const cmd = h.test.slice(1).join(' ');
  const a = [`--health-cmd=${cmd}`];
  for (const [flag, field] of DURATION_FLAGS) if (h[field] !== undefined) a.push(`--${flag}=${goDuration(h[field])}`);
  if (h.retries !== undefined) a.push(`--health-retries=${h.retries}`);
  return a;
}

/** Milliseconds as Go's Duration.String() writes them: `1m30s`, `500ms`, `1.5s`. */
function goDuration(ms: number): string {
  if (ms < 1000) return `${ms}ms`;
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor((ms % 3_600_000) / 60_000);
  const s = (ms % 60_000) / 1000;
  return `${h > 0 ? `${h}h` : ''}${h > 0 || m > 0 ? `${m}m` : ''}${s}s`;
}
