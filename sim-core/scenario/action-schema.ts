/**
 * The one action schema: what a scenario event, an entry of `actions:` and a tour step may
 * do, written the same way in all three (`start: web`, `limits: { target: web, memory: 256m }`).
 * Each key is one action; a mapping carries at most one (events and actions exactly one).
 */

import type { z } from 'zod';
import {
  DURATION_WHAT, Rejected, SIZE_WHAT, decimal, duration, integer, nullable, oneOf, oneOfWhat, optional, required, size, strictMapping, text,
} from './fields';
import { EXPLOIT_KINDS, MIN_MEMORY_TEXT } from './schema';
import { MAX_CORES, MIN_CPUS, MIN_MEMORY_BYTES } from '../rules/index';
import type { ScenarioAction } from './types';

const target = required('the name of an instance', text);
const absolutePath = required('an absolute path such as /var/log/app.log', (v) => (typeof v === 'string' && v.startsWith('/') ? v : null));

const limitsSchema = strictMapping('limits', {
  target,
  memory: nullable(`${SIZE_WHAT}, or null to lift the limit`, size(MIN_MEMORY_BYTES, `${MIN_MEMORY_TEXT}, or null to lift the limit`)),
  cpus: nullable(`a number of cores such as 0.5 (at least ${MIN_CPUS}), or null to lift the limit`, decimal(MIN_CPUS, MAX_CORES)),
});

/** The action keys, in the order error messages list them. */
export const ACTIONS = ['start', 'stop', 'remove', 'load', 'write', 'exploit', 'limits', 'delete', 'exit', 'kill', 'pause', 'unpause', 'suspend', 'resume'] as const;
export type ActionKey = (typeof ACTIONS)[number];

/** Each action key's field schema (all optional: which one is given is checked by the caller). */
export const ACTION_FIELDS = {
  start: optional('the name of an instance', text),
  stop: optional('the name of an instance', text),
  remove: optional('the name of an instance', text),
  load: strictMapping('load', {
    target,
    memory: optional(SIZE_WHAT, size(0)),
    cpu: optional('a number of cores such as 1.5', decimal(0, MAX_CORES)),
  }).optional(),
  write: strictMapping('write', { target, path: absolutePath, size: required(SIZE_WHAT, size(0)) }).optional(),
  exploit: strictMapping('exploit', { target, kind: required(oneOfWhat(EXPLOIT_KINDS), oneOf(EXPLOIT_KINDS)) }).optional(),
  /** A live limit change, as `docker update --memory --cpus`. */
  limits: limitsSchema.optional(),
  delete: strictMapping('delete', { target, path: absolutePath }).optional(),
  /** The container's main process ends by itself with `code` (0 to 255). */
  exit: strictMapping('exit', { target, code: required('an exit code, a whole number from 0 to 255', integer(0, 255)) }).optional(),
  kill: optional('the name of an instance', text),
  pause: optional('the name of an instance', text),
  unpause: optional('the name of an instance', text),
  suspend: optional('the name of a VM', text),
  resume: optional('the name of a VM', text),
};

type ActionFields = { [K in ActionKey]?: z.output<(typeof ACTION_FIELDS)[K]> };

/** The keys given in a mapping, for "exactly one" / "at most one" checks. */
export function givenActions(fields: Partial<Record<ActionKey, unknown>>): ActionKey[] {
  return ACTIONS.filter((a) => fields[a] !== undefined);
}

/** The action a validated mapping carries (null: none). */
export function actionOf(f: ActionFields): ScenarioAction | null {
  if (f.start !== undefined) return { type: 'start', target: f.start };
  if (f.stop !== undefined) return { type: 'stop', target: f.stop };
  if (f.remove !== undefined) return { type: 'remove', target: f.remove };
  if (f.load !== undefined) {
    const { target: t, memory, cpu } = f.load;
    return { type: 'load', load: { target: t, ...(memory !== undefined ? { memoryBytes: memory } : {}), ...(cpu !== undefined ? { cpu } : {}) } };
  }
  if (f.write !== undefined) return { type: 'write', target: f.write.target, path: f.write.path, sizeBytes: f.write.size };
  if (f.delete !== undefined) return { type: 'delete', target: f.delete.target, path: f.delete.path };
  if (f.exit !== undefined) return { type: 'exit', target: f.exit.target, exitCode: f.exit.code };
  if (f.kill !== undefined) return { type: 'kill', target: f.kill };
  if (f.pause !== undefined) return { type: 'pause', target: f.pause };
  if (f.unpause !== undefined) return { type: 'unpause', target: f.unpause };
  if (f.suspend !== undefined) return { type: 'suspend', target: f.suspend };
  if (f.resume !== undefined) return { type: 'resume', target: f.resume };
  if (f.exploit !== undefined) return { type: 'exploit', target: f.exploit.target, exploitKind: f.exploit.kind };
  if (f.limits !== undefined) {
    const { target: t, memory, cpus } = f.limits;
    return { type: 'limits', target: t, ...(memory !== undefined ? { memoryBytes: memory } : {}), ...(cpus !== undefined ? { cpus } : {}) };
  }
  return null;
}

/** `at` and exactly one action: an entry of `events:` or of `actions:`. */
export function timedActionSchema(what: string) {
  return strictMapping(what, { at: required(DURATION_WHAT, duration), ...ACTION_FIELDS }).superRefine((entry, ctx) => {
    const given = givenActions(entry);
    if (given.length !== 1) {
      ctx.addIssue({
        code: 'custom',
        message: `expected exactly one action (${ACTIONS.join(', ')}), got ${given.length === 0 ? 'none' : given.join(' and ')}`,
        input: entry,
      });
    }
  });
}

const NAME_ONLY: ReadonlySet<string> = new Set(['start', 'stop', 'remove']);

/**
 * What timedActionSchema gives for the commonest entry, `{ at: 2s, start: web }` (a time and
 * a start, stop or remove naming an instance), found without zod; null for anything else,
 * which the schema then reads (and refuses, if it must, in its words).
 */
export function simpleTimedAction(entry: unknown): { at: number; start?: string; stop?: string; remove?: string } | null {
  if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) return null;
  const keys = Object.keys(entry);
  if (keys.length !== 2) return null;
  const action = keys[0] === 'at' ? keys[1]! : keys[1] === 'at' ? keys[0]! : null;
  if (action === null || !NAME_ONLY.has(action)) return null;
  const target = (entry as Record<string, unknown>)[action];
  if (typeof target !== 'string') return null;
  const at = duration((entry as Record<string, unknown>).at);
  if (at === null || at instanceof Rejected) return null;
  return { at, [action]: target };
}
