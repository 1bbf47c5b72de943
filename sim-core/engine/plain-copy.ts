import { byName } from './by-name';

/** Counts values as copyPlain copies them (the unit snapshots' memory is measured in). */
export interface Counter { n: number }

/**
 * A deep copy of plain data: arrays, objects (keeping a null prototype), Maps and Sets;
 * anything else falls back to structuredClone.
 */
export function copyPlain<T>(value: T, count: Counter): T {
  count.n++;
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const out = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) out[i] = copyPlain(value[i] as unknown, count);
    return out as T;
  }
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto === Object.prototype || proto === null) {
    const out = (proto === null ? Object.create(null) : {}) as Record<string, unknown>;
    for (const key of Object.keys(value)) out[key] = copyPlain((value as Record<string, unknown>)[key], count);
    return out as T;
  }
  if (value instanceof Map) return new Map([...value].map(([k, v]) => [k, copyPlain(v as unknown, count)])) as T;
  if (value instanceof Set) return new Set([...value].map((v) => copyPlain(v as unknown, count))) as T;
  return structuredClone(value);
}

/** Counts the values of plain data as copyPlain would copy them. */
export function countPlain(value: unknown, count: Counter): void {
  count.n++;
  if (value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) for (let i = 0; i < value.length; i++) countPlain(value[i], count);
  // for-in: no array of keys made per object (plain data has no inherited enumerable keys).
  else for (const key in value) countPlain((value as Record<string, unknown>)[key], count);
}

/** A flat record of numbers or flags by name (CPU claims, a daemon's servers, cancelled jobs): copied key by key. */
export function copyFlat<T>(from: Readonly<Record<string, T>>, count: Counter): Record<string, T> {
  // Keeping its prototype: a record keyed by names has none (engine/by-name.ts).
  const out = Object.getPrototypeOf(from) === null ? byName<T>() : {} as Record<string, T>;
  let n = 1;
  for (const key in from) {
    out[key] = from[key]!;
    n++;
  }
  count.n += n;
  return out;
}
