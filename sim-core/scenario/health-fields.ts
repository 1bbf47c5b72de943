/**
 * A container's `healthcheck:` and `dependsOn:` in the scenario format (added in version 1,
 * docs/scenario-format.md): their checks, in moby's and Compose's words, and the mapping back
 * to file fields. Durations are written as elsewhere in the file (`10s`, `1m30s`).
 */
import type { DependencyCondition, DependencySpec, HealthcheckSpec } from './types';
import { describeValue } from './describe';
import { parseDuration } from './units';
import { durationText } from './units-text';

type Checked<T> = { ok: true; value: T } | { ok: false; message: string };
const no = (expected: string, value: unknown) => ({ ok: false as const, message: `expected ${expected}, got ${describeValue(value)}` });
const isMapping = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

const HEALTH_KEYS = ['test', 'interval', 'timeout', 'retries', 'startPeriod', 'startInterval', 'disable'];
const DURATIONS = [['interval', 'intervalMs', 'Interval'], ['timeout', 'timeoutMs', 'Timeout'], ['startPeriod', 'startPeriodMs', 'StartPeriod'], ['startInterval', 'startIntervalMs', 'StartInterval']] as const;

/** `test:` as Compose takes it: a string is run by the shell (CMD-SHELL); a list starts with CMD, CMD-SHELL or NONE. */
function testOf(v: unknown): Checked<string[]> {
  if (typeof v === 'string' && v.trim() !== '') return { ok: true, value: ['CMD-SHELL', v] };
  if (Array.isArray(v) && v.length > 0 && v.every((w) => typeof w === 'string' || typeof w === 'number')) {
    const words = v.map(String);
    const kind = words[0]!;
    if (kind === 'NONE') return { ok: true, value: ['NONE'] };
    if ((kind === 'CMD' || kind === 'CMD-SHELL') && words.length > 1) return { ok: true, value: words };
    if (kind === 'CMD' || kind === 'CMD-SHELL') return { ok: false, message: `healthcheck for container has no command: ${kind} needs the command after it` };
    return { ok: false, message: `expected a test starting with CMD, CMD-SHELL or NONE (as Compose and the Dockerfile's HEALTHCHECK take it), got ${JSON.stringify(kind)}` };
  }
  return no('a test command such as [CMD-SHELL, "pg_isready -U postgres"] or "curl -f http://localhost/"', v);
}

/** `healthcheck:` as a mapping: its test, durations, retries, or `disable: true`. */
export function checkHealthcheck(v: unknown): Checked<HealthcheckSpec> {
  if (!isMapping(v)) return no('a mapping with test, interval, timeout, retries, startPeriod, startInterval (or disable: true)', v);
  const extra = Object.keys(v).filter((k) => !HEALTH_KEYS.includes(k));
  if (extra.length > 0) return { ok: false, message: `unknown healthcheck field ${extra[0]}; it has ${HEALTH_KEYS.join(', ')}` };
  if (v.disable !== undefined && typeof v.disable !== 'boolean') return no('true or false for disable', v.disable);
  if (v.disable === true) {
    // Compose: "test and disable can't be set at the same time" (unless the test is NONE).
    if (v.test !== undefined && !(Array.isArray(v.test) && v.test[0] === 'NONE')) return { ok: false, message: 'healthcheck.disable and healthcheck.test can\'t be set at the same time' };
    return { ok: true, value: { test: ['NONE'] } };
  }
  if (v.test === undefined) return { ok: false, message: 'a healthcheck needs a test (the image has no HEALTHCHECK to inherit); set disable: true for none' };
  const test = testOf(v.test);
  if (!test.ok) return test;
  const out: HealthcheckSpec = { test: test.value };
  for (const [key, field, mobyName] of DURATIONS) {
    const raw = v[key];
    if (raw === undefined || raw === null) continue;
    const ms = typeof raw === 'string' || typeof raw === 'number' ? parseDuration(raw) : null;
    if (ms === null) return { ok: false, message: `${key}: expected a duration such as 10s or 1m30s, got ${describeValue(raw)}` };
    // moby's validateHealthCheck: 0 is the default; otherwise at least 1ms (whole ms here).
    if (typeof raw === 'number' && raw > 0 && raw < 1) return { ok: false, message: `${mobyName} in Healthcheck cannot be less than 1ms` };
    if (ms > 0) out[field] = ms;
  }
  if (v.retries !== undefined && v.retries !== null) {
    if (typeof v.retries !== 'number' || !Number.isInteger(v.retries)) return { ok: false, message: `retries: expected a whole number such as 3, got ${describeValue(v.retries)}` };
    if (v.retries < 0) return { ok: false, message: 'Retries in Healthcheck cannot be negative' };
    if (v.retries > 0) out.retries = v.retries;
  }
  return { ok: true, value: out };
}

const CONDITIONS: readonly DependencyCondition[] = ['started', 'healthy', 'completed'];

/** One entry of `dependsOn:`: a name (condition started) or `{ name, condition, required }`. */
export function checkDependency(v: unknown): Checked<DependencySpec[]> {
  if (typeof v === 'string' && v !== '') return { ok: true, value: [{ name: v, condition: 'started' }] };
  if (!isMapping(v)) return no('a container name, or a mapping such as { name: db, condition: healthy }', v);
  const extra = Object.keys(v).filter((k) => !['name', 'condition', 'required'].includes(k));
  if (extra.length > 0) return { ok: false, message: `unknown dependsOn field ${extra[0]}; it has name, condition, required` };
  if (typeof v.name !== 'string' || v.name === '') return no('the name of the container it depends on', v.name);
  const condition = v.condition ?? 'started';
  if (typeof condition !== 'string' || !CONDITIONS.includes(condition as DependencyCondition)) {
    return no(`a condition: ${CONDITIONS.join(', ')} (Compose's service_started, service_healthy, service_completed_successfully)`, v.condition);
  }
  if (v.required !== undefined && typeof v.required !== 'boolean') return no('true or false for required', v.required);
  return { ok: true, value: [{ name: v.name, condition: condition as DependencyCondition, ...(v.required === false ? { required: false as const } : {}) }] };
}

/** A healthcheck back to file fields. */
export function healthcheckObject(h: HealthcheckSpec): Record<string, unknown> {
  if (h.test[0] === 'NONE') return { disable: true };
  const out: Record<string, unknown> = { test: [...h.test] };
  for (const [key, field] of DURATIONS) {
    const ms = h[field];
    if (ms !== undefined) out[key] = durationText(ms);
  }
  if (h.retries !== undefined) out.retries = h.retries;
  return out;
}

/** A dependency back to file fields: a name alone when it only orders the start. */
export function dependencyValue(d: DependencySpec): string | Record<string, unknown> {
  if (d.condition === 'started' && d.required === undefined) return d.name;
  return { name: d.name, condition: d.condition, ...(d.required === false ? { required: false } : {}) };
}
