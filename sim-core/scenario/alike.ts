/**
 * Instances written alike but for their names validate once. A large scenario is mostly
 * fleets of the same instance (`{ name: web-17, kind: container, image: nginx:1.27 }` ten
 * thousand times), and running zod's schema over every field of each costs more than
 * reading the file. The first of each kind goes through the schema; the next one that holds
 * the same values under the same keys gets a copy of its result with only its name checked.
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

/** A copy of a remembered result: its own lists and mappings, so no two instances share one. */
function copyOf(data: Record<string, unknown>, name: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(data)) {
    const v = k === 'name' ? name : data[k];
    out[k] = v !== null && typeof v === 'object' ? structuredClone(v) : v;
  }
  return out;
}

type Parsed<T> = { success: true; data: T } | { success: false; error: z.ZodError };

/**
 * `schema.safeParse` for mappings with a `name`, remembering what succeeded by the rest of
 * the mapping. `nameSchema` checks the name alone (a mapping schema of just that field).
 */
export function alikeParser<T>(schema: z.ZodType<T>, nameSchema: z.ZodType<{ name: unknown }>): (raw: Record<string, unknown>) => Parsed<T> {
  const known = new Map<string, Record<string, unknown>>();
  return (raw) => {
    let key = '';
    for (const k of Object.keys(raw)) if (k !== 'name') key += `${JSON.stringify(k)}:${keyOf(raw[k])},`;
    const seen = known.get(key);
    if (seen !== undefined) {
      const name = nameSchema.safeParse({ name: raw.name });
      if (name.success) return { success: true, data: copyOf(seen, name.data.name) as T };
    }
    const result = schema.safeParse(raw);
    if (result.success && seen === undefined && result.data !== null && typeof result.data === 'object') {
      known.set(key, result.data as Record<string, unknown>);
    }
    return result as Parsed<T>;
  };
}
