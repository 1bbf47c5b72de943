/**
 * Small zod field types of a scenario's lessons (tour steps and goals): text in two
 * languages, sizes and durations written as in scenario files (`256MiB`, `30s`), instance names.
 */
import { z } from 'zod';
import { parseDuration, parseSize } from './units';
import type { LocalText } from './local-text';
export type { LocalText } from './local-text';
export { pick } from './local-text';

export const localText = z
  .union([
    z.string().min(1, 'expected some text'),
    z.object({ en: z.string().min(1, 'expected English text'), ja: z.string().min(1).optional() }).strict(),
  ], { error: 'expected text, or { en: ..., ja: ... }' })
  .transform((t): LocalText => (typeof t === 'string' ? { en: t, ja: t } : { en: t.en, ja: t.ja ?? t.en }));

export const durationMs = z.union([z.string(), z.number()]).transform((v, ctx) => {
  const ms = parseDuration(v);
  if (ms === null || ms < 0) {
    ctx.addIssue({ code: 'custom', message: `expected a duration such as 30s or 1m30s, got ${JSON.stringify(v)}` });
    return z.NEVER;
  }
  return ms;
});

export const sizeBytes = z.union([z.string(), z.number()]).transform((v, ctx) => {
  const bytes = parseSize(v);
  if (bytes === null || bytes < 0) {
    ctx.addIssue({ code: 'custom', message: `expected a size such as 256MiB or 500MB, got ${JSON.stringify(v)}` });
    return z.NEVER;
  }
  return bytes;
});

export const instanceName = z.string({ error: 'expected an instance name' }).min(1, 'expected an instance name');
