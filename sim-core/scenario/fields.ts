/**
 * zod field schemas for the scalar values of a scenario, each with the error wording of the
 * spec: "expected a size such as 512m or 1GiB, got "lots"".
 */

import { z } from 'zod';
import { closest, describeValue, listOr, type Path } from './describe';
import { parseBandwidth, parseDuration, parseSize, sizeBeyondRange } from './units';
import { MAX_CONTAINER_NAME_CHARS, MAX_HOSTNAME_CHARS } from '../rules/limits';

// zod's fast path compiles validators with `new Function`, which a strict CSP blocks.
z.config({ jitless: true });

/** A value the check understood but refuses, with what was expected instead (e.g. a minimum). */
export class Rejected {
  constructor(readonly expected: string) {}
}

type Check<T> = (value: unknown) => T | null | Rejected;

function issue(what: string, value: unknown, out: unknown): string {
  return `expected ${out instanceof Rejected ? out.expected : what}, got ${describeValue(value)}`;
}

/**
 * A required field: `check` returns the normalised value or null, in which case the issue
 * reads "expected <what>, got <value as written>".
 */
export function required<T>(what: string, check: Check<T>) {
  return z.unknown().transform((value, ctx): T => {
    const out = value === undefined ? null : check(value);
    if (out === null || out instanceof Rejected) {
      ctx.addIssue({ code: 'custom', message: issue(what, value, out), input: value });
      return z.NEVER;
    }
    return out;
  });
}

/** An optional field: absent or written empty (`memory:` or `~`) gives undefined. */
export function optional<T>(what: string, check: Check<T>) {
  return z.unknown().transform((value, ctx): T | undefined => {
    if (value === undefined || value === null) return undefined;
    const out = check(value);
    if (out === null || out instanceof Rejected) {
      ctx.addIssue({ code: 'custom', message: issue(what, value, out), input: value });
      return z.NEVER;
    }
    return out;
  }).optional();
}

/**
 * A field where an empty value means something (a limit lifted): absent gives undefined,
 * written empty (`~`, `null`) gives null, anything else is checked.
 */
export function nullable<T>(what: string, check: Check<T>) {
  return z.unknown().transform((value, ctx): T | null | undefined => {
    if (value === undefined || value === null) return value;
    const out = check(value);
    if (out === null || out instanceof Rejected) {
      ctx.addIssue({ code: 'custom', message: issue(what, value, out), input: value });
      return z.NEVER;
    }
    return out;
  }).optional();
}

const isText = (v: unknown): v is string => typeof v === 'string';

export const text: Check<string> = (v) => (isText(v) ? v : null);

/** A name: non-empty text without surrounding spaces, at most 64 characters. */
/** C0 controls, DEL and C1 controls (U+009B is a terminal's CSI): never part of a name. */
// eslint-disable-next-line no-control-regex
const hasControlCharacter = (v: string): boolean => /[\u0000-\u001f\u007f-\u009f]/.test(v);
function nameUpTo(max: number): Check<string> {
  return (v) => (isText(v) && v.length > 0 && v.length <= max && v.trim() === v && !hasControlCharacter(v) ? v : null);
}
/** A VM's name (its hostname, so at most HOST_NAME_MAX), an image's, a scenario's. */
export const name: Check<string> = nameUpTo(MAX_HOSTNAME_CHARS);
export const NAME_WHAT = `a name (1 to ${MAX_HOSTNAME_CHARS} characters, no leading or trailing spaces)`;
/** A container's name: docker sets no length limit (moby's validContainerNamePattern); the rules bound it. */
export const containerName: Check<string> = nameUpTo(MAX_CONTAINER_NAME_CHARS);
export const CONTAINER_NAME_WHAT = `a name (1 to ${MAX_CONTAINER_NAME_CHARS} characters, no leading or trailing spaces)`;

export function oneOf<T extends string>(values: readonly T[]): Check<T> {
  return (v) => (isText(v) && (values as readonly string[]).includes(v) ? (v as T) : null);
}
export const oneOfWhat = (values: readonly string[]): string => listOr(values);

export function integer(min: number, max: number): Check<number> {
  return (v) => (typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max ? v : null);
}

/** Any number from min to max, both included. */
export function decimal(min: number, max: number): Check<number> {
  return (v) => (typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max ? v : null);
}

/** A size of at least `min` bytes; `minText` says why when a smaller one is given. */
export function size(minBytes: number, minText = 'a size above zero'): Check<number> {
  return (v) => {
    const bytes = typeof v === 'string' || typeof v === 'number' ? parseSize(v) : null;
    if (bytes === null) return (typeof v === 'string' || typeof v === 'number') && sizeBeyondRange(v) ? new Rejected(SIZE_RANGE) : null;
    return bytes >= minBytes ? bytes : new Rejected(minText);
  };
}
export const SIZE_WHAT = 'a size such as 512m or 1GiB';
/** The largest size a file holds: bytes are counted exactly, up to 2^53 - 1. */
export const SIZE_RANGE = 'a size of less than 8 PiB (at most 9007199254740991 bytes)';

export const duration: Check<number> = (v) => (typeof v === 'string' || typeof v === 'number' ? parseDuration(v) : null);
export const DURATION_WHAT = 'a duration such as 250ms, 1.5s, 2m or 1h';

/** A duration of at most `maxMs`, refused past it with the range stated. */
export function durationAtMost(maxMs: number, maxText: string): Check<number> {
  return (v) => {
    const ms = duration(v);
    if (ms === null || ms instanceof Rejected) return ms;
    return ms <= maxMs ? ms : new Rejected(`a duration of at most ${maxText}`);
  };
}

export const bandwidth: Check<number> = (v) => {
  const bits = typeof v === 'string' || typeof v === 'number' ? parseBandwidth(v) : null;
  return bits !== null && bits > 0 ? bits : null;
};
export const BANDWIDTH_WHAT = 'a bandwidth such as 1Gbps or 100Mbps';

export function listOf<T>(check: Check<T>): Check<T[]> {
  return (v) => {
    if (!Array.isArray(v)) return null;
    const out: T[] = [];
    for (const item of v) {
      const checked = check(item);
      if (checked === null || checked instanceof Rejected) return null;
      out.push(checked);
    }
    return out;
  };
}

function withGuess(key: string, known: readonly string[]): string {
  const guess = closest(key, known);
  return guess === null ? key : `${key} (did you mean ${guess}?)`;
}

/** A strict mapping: a field it does not know is an error naming the fields it does. */
export function strictMapping<S extends z.core.$ZodLooseShape>(what: string, shape: S) {
  const known = Object.keys(shape);
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => withGuess(k, known)).join(', ')}; ${what} has ${listOr(known)}`
        : `expected ${what} (a mapping with ${listOr(known)}), got ${describeValue(issue.input)}`,
  });
}

/** A mapping whose unknown fields are kept (extensions). */
export function looseMapping<S extends z.core.$ZodLooseShape>(what: string, shape: S) {
  return z.looseObject(shape, {
    error: (issue) => `expected ${what} (a mapping), got ${describeValue(issue.input)}`,
  });
}

/** zod's issues as findings at their places in the file, under `prefix`. */
export function zodFindings(error: z.ZodError, prefix: Path): { path: Path; message: string }[] {
  // An event with a misspelt action (`strat:`) also has no action; the unknown field says more.
  const misspelt = error.issues.some((i) => i.code === 'unrecognized_keys' && i.path.length === 0);
  const issues = misspelt ? error.issues.filter((i) => !(i.path.length === 0 && i.message.endsWith(', got none'))) : error.issues;
  return issues.map((issue) => ({
    path: [...prefix, ...issue.path.filter((p): p is string | number => typeof p !== 'symbol')],
    message: issue.message,
  }));
}
