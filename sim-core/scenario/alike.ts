/**
 * Instances written alike but for their names validate once. A large scenario is mostly
 * fleets of the same instance (`{ name: web-17, kind: container, image: nginx:1.27 }` ten
 * thousand times), and running zod's schema over every field of each costs more than
 * reading the file. The first of each kind goes through the schema; the next one that holds
 * the same values under the same keys gets a copy of its result with only its name checked,
 * by the very check the schema runs on it.
 * Anything the schema refuses is never remembered, so every refusal comes from the schema
 * itself, worded and placed as before.
 */

import type { z } from 'zod';

/** A key that tells two plain values apart exactly (JSON would confuse NaN with null, -0 with 0). */
function keyOf(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      return Object.is(value, -0) ? '-0' : String(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'undefined':
      return 'undefined';
    default:
      break;
  }
  if (Array.isArray(value)) return `[${value.map(keyOf).join(',')}]`;
  if (typeof value === 'object') {
    let out = '{';
    for (const k of Object.keys(value)) out += `${JSON.stringify(k)}:${keyOf((value as Record<string, unknown>)[k])},`;
    return `${out}}`;
  }
  return `?${String(value)}`;
}

/** A copy of plain data (lists, mappings, scalars), as structuredClone makes it but without its cost per call. */
function plainCopy(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(plainCopy);
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(value)) out[k] = plainCopy((value as Record<string, unknown>)[k]);
  return out;
}

/** A copy of a remembered result: its own lists and mappings, so no two instances share one. */
function copyOf(data: Record<string, unknown>, name: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(data)) {
    const v = k === 'name' ? name : data[k];
    out[k] = plainCopy(v);
  }
  return out;
}

type Parsed<T> = { success: true; data: T } | { success: false; error: z.ZodError };

/**
 * `schema.safeParse` for mappings with a `name`, remembering what succeeded by the rest of
 * the mapping. `nameCheck` is the check the schema runs on `name` (fields.ts): the name it
 * gives, or anything but a string when the name is refused (the schema then says why).
 */
export function alikeParser<T>(schema: z.ZodType<T>, nameCheck: (value: unknown) => unknown): (raw: Record<string, unknown>) => Parsed<T> {
  const known = new Map<string, Record<string, unknown>>();
  return (raw) => {
    let key = '';
    for (const k of Object.keys(raw)) if (k !== 'name') key += `${JSON.stringify(k)}:${keyOf(raw[k])},`;
    const seen = known.get(key);
    if (seen !== undefined) {
      const name = raw.name === undefined ? null : nameCheck(raw.name);
      if (typeof name === 'string') return { success: true, data: copyOf(seen, name) as T };
    }
    const result = schema.safeParse(raw);
    if (result.success && seen === undefined && result.data !== null && typeof result.data === 'object') {
      known.set(key, result.data as Record<string, unknown>);
    }
    return result as Parsed<T>;
  };
}
