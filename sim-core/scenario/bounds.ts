/**
 * Limits that hold before anything walks an imported file: a 200,000-deep JSON array parses
 * and then crashes whatever recurses into it, and a few hundred bytes of YAML aliases expand
 * to billions of nodes (see shared/design/performance-and-safety.md).
 */

import { placeOf, type Path } from './describe';

export const LIMITS = {
  /** 16 MiB: a 100,000-instance scenario written one line per instance and per start is about 11 MB. */
  maxTextChars: 16 * 1024 * 1024,
  maxDepth: 64,
  /** Counting replicas (`replicas: N` makes N). */
  maxInstances: 100_000,
  /** Counting an event that names replicated instances once per replica. */
  maxEvents: 200_000,
  /** Every value in the file (mappings, lists, scalars) counted once. */
  maxValues: 2_000_000,
  /** Aliases a YAML file may use (`*name`); a real scenario needs a few. */
  maxAliasCount: 100,
} as const;

/** Keys that reach Object.prototype through naive merges: dropped wherever they appear. */
export const DANGEROUS_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
/** YAML's merge key: refused by name rather than read as a field called `<<`. */
const MERGE_KEY = '<<';

/** What JavaScript's `\s` matches, by character code (the scans below look at every character of a large file). */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Deepest bracket nesting in the text, skipping quoted strings (and `#` comments in YAML),
 * with the offset where the limit was first passed. A cheap scan that runs before parsing.
 */
export function bracketDepthExceeded(text: string, maxDepth: number, yamlComments: boolean): number | null {
  let depth = 0;
  let quote = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (quote !== 0) {
      if (ch === 92 /* \ */ && quote === 34) i++;
      else if (ch === quote) quote = 0;
      continue;
    }
    // In YAML a quote opens a string only where a value starts, not mid-word (`host's`).
    const isQuote = ch === 34 /* " */ || (yamlComments && ch === 39 /* ' */);
    if (isQuote) {
      const before = i === 0 ? -1 : text.charCodeAt(i - 1);
      if (!yamlComments || i === 0 || isSpace(before) || before === 91 || before === 123 || before === 44 || before === 58) quote = ch;
    } else if (yamlComments && ch === 35 /* # */ && (i === 0 || isSpace(text.charCodeAt(i - 1)))) {
      const end = text.indexOf('\n', i);
      i = end < 0 ? text.length : end;
    } else if (ch === 91 /* [ */ || ch === 123 /* { */) {
      depth++;
      if (depth > maxDepth) return i;
    } else if (ch === 93 /* ] */ || ch === 125 /* } */) depth = Math.max(0, depth - 1);
  }
  return null;
}

/**
 * Deepest block nesting of a YAML text by indentation (each deeper indent, and each `- ` that
 * opens a sequence item on a line, is a level), with the offset where the limit was first
 * passed. The yaml package recurses per level and overflows the stack near a thousand.
 */
export function indentDepthExceeded(text: string, maxDepth: number): number | null {
  const indents: number[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let end = text.indexOf('\n', lineStart);
    if (end < 0) end = text.length;
    let at = lineStart;
    while (at < end && text.charCodeAt(at) === 32) at++;
    const indent = at - lineStart;
    if (at < end && text.charCodeAt(at) !== 35 /* # */) {
      while (indents.length > 0 && indents[indents.length - 1]! >= indent) indents.pop();
      indents.push(indent);
      let dashes = 0;
      for (let j = at; j < end && text.charCodeAt(j) === 45 /* - */ && (j + 1 === end || text.charCodeAt(j + 1) === 32); j += 2) dashes++;
      if (indents.length + dashes > maxDepth) return lineStart + indent;
    }
    lineStart = end + 1;
  }
  return null;
}

export interface SanitizeResult {
  value: unknown;
  /** Places where a dangerous key was removed. */
  stripped: string[];
  /** Why the value was refused, or null. */
  error: string | null;
}

/** A container to copy: its place is kept as its parent's frame and its key, made a path only when a message needs it. */
type Frame = { source: unknown; target: Record<string, unknown> | unknown[]; parent: Frame | null; key: string | number; depth: number };

function pathOf(frame: Frame | null, key?: string | number): Path {
  const path: (string | number)[] = key === undefined ? [] : [key];
  for (let f = frame; f !== null && f.parent !== null; f = f.parent) path.push(f.key);
  return path.reverse();
}

/**
 * A plain copy of parsed data with `__proto__`, `constructor` and `prototype` keys removed,
 * refused when nested deeper than LIMITS.maxDepth or larger than LIMITS.maxValues.
 * Iterative, so hostile depth cannot overflow the stack.
 */
export function sanitize(input: unknown): SanitizeResult {
  const stripped: string[] = [];
  let values = 0;
  const copyShell = (value: unknown): Record<string, unknown> | unknown[] | null =>
    Array.isArray(value) ? [] : value !== null && typeof value === 'object' ? {} : null;

  const rootShell = copyShell(input);
  if (rootShell === null) return { value: input, stripped, error: null };
  const stack: Frame[] = [{ source: input, target: rootShell, parent: null, key: '', depth: 1 }];
  while (stack.length > 0) {
    const frame = stack.pop() as Frame;
    if (frame.depth > LIMITS.maxDepth) {
      return { value: null, stripped, error: `${placeOf(pathOf(frame)) || 'the file'}: nested more than ${LIMITS.maxDepth} levels deep` };
    }
    const add = (key: string | number, child: unknown): SanitizeResult | null => {
      if (++values > LIMITS.maxValues) {
        return { value: null, stripped, error: `the file holds more than ${LIMITS.maxValues} values` };
      }
      const shell = copyShell(child);
      const stored = shell ?? child;
      if (Array.isArray(frame.target)) frame.target.push(stored);
      else frame.target[key as string] = stored;
      if (shell !== null) stack.push({ source: child, target: shell, parent: frame, key, depth: frame.depth + 1 });
      return null;
    };
    if (Array.isArray(frame.source)) {
      const list = frame.source as unknown[];
      for (let i = 0; i < list.length; i++) {
        const refused = add(i, list[i]);
        if (refused) return refused;
      }
      continue;
    }
    const source = frame.source as Record<string, unknown>;
    for (const key of Object.keys(source)) {
      if (key === MERGE_KEY) {
        if (values + 1 > LIMITS.maxValues) return { value: null, stripped, error: `the file holds more than ${LIMITS.maxValues} values` };
        return { value: null, stripped, error: `${placeOf(pathOf(frame, key))}: YAML merge keys (<<: *name) are not supported; write the fields out in full` };
      }
      if (DANGEROUS_KEYS.has(key)) {
        if (++values > LIMITS.maxValues) return { value: null, stripped, error: `the file holds more than ${LIMITS.maxValues} values` };
        stripped.push(placeOf(pathOf(frame, key)));
        continue;
      }
      const refused = add(key, source[key]);
      if (refused) return refused;
    }
  }
  return { value: rootShell, stripped, error: null };
}
