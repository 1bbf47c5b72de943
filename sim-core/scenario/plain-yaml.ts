/**
 * A fast reader for YAML that is plain data, beside the `yaml` package (./syntax.ts), which
 * stays the reference: it says every refusal and warning. js-yaml reads a 1 MB file several
 * times faster than `yaml` builds its document model, so a plain file takes this path and
 * anything else goes to `yaml` as before (a file written a line at a time is read faster
 * still, by ./line-yaml.ts, before either):
 *
 * - js-yaml refuses the text (a syntax error, a duplicate key, a key that is not a scalar,
 *   more than one document, too deep): `yaml` reads it again and says why in its words;
 * - the text uses a feature `yaml` has more to say about (tags, anchors and aliases,
 *   directives, merge keys, a flow collection over several lines, which `yaml` may warn
 *   about, tabs, a carriage return alone, a byte order mark, a line long enough for a key `yaml` finds too long):
 *   `yaml` reads it.
 *
 * What is left reads the same in both: scalars are resolved here exactly as the `yaml`
 * package's core schema resolves them (./core-scalars.ts), keys become strings as `yaml`'s toJS makes
 * them, and `__proto__` is an own key (dropped later by sanitize). A unit test reads a
 * corpus both ways and compares (tests/unit/scenario/plain-yaml.test.ts).
 */

import {
  EVENT_ID, NOT_RESOLVED, Schema, constructFromEvents, defineMappingTag, defineScalarTag, parseEvents, seqTag, strTag,
} from 'js-yaml';
import { NULL, coreBool, coreFloat, coreInt } from './core-scalars';
import { readLineYaml } from './line-yaml';

const nullTag = defineScalarTag<null>('tag:yaml.org,2002:null', {
  implicit: true,
  implicitFirstChars: ['', '~', 'n', 'N'],
  resolve: (source) => (NULL.test(source) ? null : NOT_RESOLVED),
  identify: (value) => value === null,
});

const boolTag = defineScalarTag<boolean>('tag:yaml.org,2002:bool', {
  implicit: true,
  implicitFirstChars: ['t', 'T', 'f', 'F'],
  resolve: (source) => coreBool(source) ?? NOT_RESOLVED,
  identify: (value) => typeof value === 'boolean',
});

const intTag = defineScalarTag<number>('tag:yaml.org,2002:int', {
  implicit: true,
  implicitFirstChars: ['-', '+', ...'0123456789'],
  resolve: (source) => coreInt(source) ?? NOT_RESOLVED,
  identify: (value) => Number.isInteger(value),
});

const floatTag = defineScalarTag<number>('tag:yaml.org,2002:float', {
  implicit: true,
  implicitFirstChars: ['-', '+', '.', ...'0123456789'],
  resolve: (source) => coreFloat(source) ?? NOT_RESOLVED,
  identify: (value) => typeof value === 'number',
});

/** Keys as `yaml`'s toJS makes them for scalars; anything else is left to `yaml`. */
const mapTag = defineMappingTag<Record<string, unknown>>('tag:yaml.org,2002:map', {
  create: () => ({}),
  identify: (value) => value !== null && typeof value === 'object',
  addPair: (map, key, value) => {
    if (typeof key !== 'string' && typeof key !== 'number' && typeof key !== 'boolean') return 'a key that is not a string, number or boolean';
    const name = String(key);
    if (name === '__proto__') Object.defineProperty(map, name, { value, enumerable: true, configurable: true, writable: true });
    else map[name] = value;
    return '';
  },
  has: (map, key) => (typeof key === 'string' || typeof key === 'number' || typeof key === 'boolean') && Object.hasOwn(map, String(key)),
  keys: (map) => Object.keys(map),
  get: (map, key) => map[String(key)],
});

const SCHEMA = new Schema([strTag, seqTag, mapTag, nullTag, boolTag, intTag, floatTag]);

/** `yaml` refuses an implicit key longer than this; js-yaml does not. */
const MAX_LINE = 1024;

/**
 * Whether a flow collection (`[`, `{`) is still open at the end of some line (`yaml` may warn
 * about where it closes), or a line is long enough to hold a key `yaml` refuses.
 */
function flowSpansLinesOrLongLine(text: string): boolean {
  let depth = 0;
  let quote = '';
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      if (depth > 0 || i - lineStart > MAX_LINE) return true;
      lineStart = i + 1;
    }
    if (quote !== '') {
      if (quote === '"' && c === 92 /* \ */) i++;
      else if (text[i] === quote) quote = '';
      continue;
    }
    if (c === 10) continue;
    else if (c === 91 /* [ */ || c === 123 /* { */) depth++;
    else if (c === 93 /* ] */ || c === 125 /* } */) depth = Math.max(0, depth - 1);
    else if (c === 35 /* # */ && (i === 0 || /\s/.test(text[i - 1]!))) {
      while (i + 1 < text.length && text.charCodeAt(i + 1) !== 10) i++;
    } else if ((c === 34 /* " */ || c === 39 /* ' */) && (i === 0 || /[\s[{,:]/.test(text[i - 1]!))) quote = text[i]!;
  }
  return text.length - lineStart > MAX_LINE;
}

/**
 * The text read as plain data, or undefined when it is not plain data for this reader (the
 * `yaml` package then reads it, and says what is wrong if anything is). `sanitized`: already
 * what ./bounds.ts's sanitize would make of it (the line reader's).
 */
export function readPlainYaml(text: string): { value: unknown; sanitized?: true } | undefined {
  const lines = readLineYaml(text);
  if (lines !== undefined) return lines;
  if (text.includes('\t') || text.includes('<<') || /\r(?!\n)/.test(text) || text.charCodeAt(0) === 0xfeff || flowSpansLinesOrLongLine(text)) return undefined;
  try {
    const events = parseEvents(text, { maxDepth: 1000 });
    let documents = 0;
    for (const event of events) {
      switch (event.type) {
        case EVENT_ID.DOCUMENT:
          if (++documents > 1 || event.directives.length > 0) return undefined;
          break;
        case EVENT_ID.ALIAS:
          return undefined;
        case EVENT_ID.SCALAR:
        case EVENT_ID.SEQUENCE:
        case EVENT_ID.MAPPING:
          if (event.anchorStart >= 0 || event.tagStart >= 0) return undefined;
          break;
        default:
          break;
      }
    }
    if (documents !== 1) return undefined;
    const docs = constructFromEvents(events, { source: text, schema: SCHEMA, maxAliases: 0 });
    return docs.length === 1 ? { value: docs[0] } : undefined;
  } catch {
    return undefined;
  }
}
