/**
 * The fastest of the YAML readers, for files written a line at a time: block mappings and
 * sequences by indentation, each value on its key's line as a plain or quoted scalar or a
 * flow collection (`[...]`, `{...}`) closed on that line. That is how the presets, the
 * exported sessions and the generated fleets are written; a 10,000-instance file reads here
 * about ten times faster than through js-yaml's general parser, which builds an event for
 * every node first.
 *
 * It reads only what it is sure of and gives up (undefined) on anything else: a block scalar
 * (`|`, `>`), a scalar or collection over several lines, tags, anchors, aliases, directives,
 * document markers, explicit keys (`?`), a pair inside a flow sequence, a key seen twice (by
 * its string), a null or collection key, `__proto__`, a rare escape, an odd indentation,
 * anything `yaml` might warn about (tabs, carriage returns, control characters, lone
 * surrogates, `<<`, long lines), and anything ./bounds.ts's sanitize would change or refuse
 * (`__proto__`, `constructor`, `prototype` keys, nesting past LIMITS.maxDepth, more than
 * LIMITS.maxValues values), so what it reads needs no sanitizing copy. Those go on to js-yaml and `yaml` (./plain-yaml.ts), which
 * say every refusal in their words. Scalars resolve as the `yaml` package's core schema
 * resolves them (./core-scalars.ts) and keys become strings as its toJS makes them. A unit
 * test reads the presets, YAML's corners and damaged files both ways and compares.
 */

import { DANGEROUS_KEYS, LIMITS } from './bounds';
import { corePlain } from './core-scalars';

type Mapping = Record<string, unknown>;

/** `yaml` refuses an implicit key longer than 1,024 characters: no line here is longer. */
const MAX_LINE = 1024;

/** Characters `yaml` may warn about or refuse, and YAML's merge key: left to the others. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this looks for
const NOT_FOR_THIS_READER = /[\t\r\0-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]|[\ud800-\udfff]|<</u;

/** Thrown to give up; caught once, at the top. */
class Decline {}
const DECLINE = new Decline();
function decline(): never {
  throw DECLINE;
}

const SPACE = 32;
const HASH = 35;
const COLON = 58;
const DASH = 45;

/** Flow indicators: `,` `[` `]` `{` `}`. */
function isFlowIndicator(c: number): boolean {
  return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
}

/** Characters that cannot start a plain scalar here (YAML's indicators; `-` is looked at by the callers). */
function isIndicator(c: number): boolean {
  // ? : , [ ] { } # & * ! | > ' " % @ `
  return c === 63 || c === 58 || c === 44 || c === 91 || c === 93 || c === 123 || c === 125 || c === 35 || c === 38 || c === 42
    || c === 33 || c === 124 || c === 62 || c === 39 || c === 34 || c === 37 || c === 64 || c === 96;
}

/** A block collection being filled: its indentation, its depth (the root's is 1) and the list or mapping. */
interface Frame {
  indent: number;
  depth: number;
  seq: unknown[] | null;
  map: Mapping | null;
}

const SIMPLE_ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', t: '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b', ' ': ' ', '"': '"', '/': '/', '\\': '\\',
};

class LineReader {
  private readonly text: string;
  /** End of the line being read (its `\n`, or the text's end). */
  private end = 0;
  private readonly stack: Frame[] = [];
  /** Values stored so far, as sanitize counts them (every value but the root). */
  private values = 0;
  /** A key or list entry with nothing after it on its line: its value may be the block below. */
  private pending: { frame: Frame; key: string | number } | null = null;

  constructor(text: string) {
    this.text = text;
  }

  read(): unknown {
    const text = this.text;
    let root: unknown[] | Mapping | undefined;
    let lineStart = 0;
    while (lineStart < text.length) {
      let end = text.indexOf('\n', lineStart);
      if (end < 0) end = text.length;
      if (end - lineStart > MAX_LINE) decline();
      this.end = end;
      let i = lineStart;
      while (i < end && text.charCodeAt(i) === SPACE) i++;
      const first = text.charCodeAt(i);
      if (i < end && first !== HASH) {
        if (i === lineStart && (text.startsWith('---', i) || text.startsWith('...', i) || first === 37 /* % */)) decline();
        const indent = i - lineStart;
        const isEntry = first === DASH && (i + 1 === end || text.charCodeAt(i + 1) === SPACE);
        if (root === undefined) {
          if (indent !== 0) decline();
          root = isEntry ? [] : {};
          this.stack.push(isEntry ? { indent, depth: 1, seq: root as unknown[], map: null } : { indent, depth: 1, seq: null, map: root as Mapping });
        } else {
          this.openPending(indent, isEntry);
        }
        const frame = this.frameFor(indent, isEntry);
        if (isEntry) this.entry(frame, i + 1, lineStart);
        else this.pair(frame, i);
      }
      lineStart = end + 1;
    }
    if (root === undefined) decline();
    return root;
  }

  /** A pending key's or entry's value is the block that starts on this line, if one does. */
  private openPending(indent: number, isEntry: boolean): void {
    const pending = this.pending;
    if (pending === null) return;
    this.pending = null;
    const parent = pending.frame;
    // A mapping's value may be a sequence at the mapping's own indentation.
    if (indent > parent.indent || (indent === parent.indent && parent.map !== null && isEntry)) {
      const depth = this.deeper(parent.depth);
      const frame: Frame = isEntry ? { indent, depth, seq: [], map: null } : { indent, depth, seq: null, map: {} };
      const value = frame.seq ?? frame.map;
      if (parent.seq !== null) parent.seq[pending.key as number] = value;
      else parent.map![pending.key as string] = value;
      this.stack.push(frame);
    }
  }

  /** The collection this line belongs to, closing those it ends. */
  private frameFor(indent: number, isEntry: boolean): Frame {
    const stack = this.stack;
    let top = stack[stack.length - 1]!;
    while (top.indent > indent || (top.indent === indent && top.seq !== null && !isEntry)) {
      stack.pop();
      if (stack.length === 0) decline();
      top = stack[stack.length - 1]!;
    }
    if (top.indent !== indent || (top.map !== null && isEntry)) decline();
    return top;
  }

  /** `- ...`: a list entry; `at` is just after the dash. */
  private entry(frame: Frame, at: number, lineStart: number): void {
    const text = this.text;
    const seq = frame.seq!;
    let i = at;
    while (i < this.end && text.charCodeAt(i) === SPACE) i++;
    this.counted();
    if (i === this.end || text.charCodeAt(i) === HASH) {
      seq.push(null);
      this.pending = { frame, key: seq.length - 1 };
      return;
    }
    const c = text.charCodeAt(i);
    if (c === DASH && (i + 1 === this.end || text.charCodeAt(i + 1) === SPACE)) decline();
    const key = this.blockKey(i);
    if (key === null) {
      seq.push(this.blockValue(i, frame.depth));
      return;
    }
    // `- name: a`: a mapping whose keys line up under `name`.
    const map: Mapping = {};
    seq.push(map);
    const inner: Frame = { indent: i - lineStart, depth: this.deeper(frame.depth), seq: null, map };
    this.stack.push(inner);
    this.value(inner, key.key, key.after);
  }

  /** `key: ...`: a mapping's pair. */
  private pair(frame: Frame, at: number): void {
    const key = this.blockKey(at);
    if (key === null) decline();
    this.value(frame, key.key, key.after);
  }

  private value(frame: Frame, key: string, after: number): void {
    const text = this.text;
    const map = frame.map!;
    if (Object.hasOwn(map, key)) decline();
    this.counted();
    let i = after;
    while (i < this.end && text.charCodeAt(i) === SPACE) i++;
    if (i === this.end || text.charCodeAt(i) === HASH) {
      map[key] = null;
      this.pending = { frame, key };
      return;
    }
    map[key] = this.blockValue(i, frame.depth);
  }

  /** The depth of a collection inside one at `depth`, if sanitize would take it. */
  private deeper(depth: number): number {
    if (depth + 1 > LIMITS.maxDepth) decline();
    return depth + 1;
  }

  /** One more value, if sanitize would take it. */
  private counted(): void {
    if (++this.values > LIMITS.maxValues) decline();
  }

  /** A key and the place after its `:`, or null when the line does not start with one. */
  private blockKey(at: number): { key: string; after: number } | null {
    const text = this.text;
    const end = this.end;
    const c = text.charCodeAt(at);
    if (c === 34 || c === 39) {
      const [key, close] = this.quoted(at);
      let i = close;
      while (i < end && text.charCodeAt(i) === SPACE) i++;
      if (text.charCodeAt(i) !== COLON || (i + 1 < end && text.charCodeAt(i + 1) !== SPACE)) return null;
      if (DANGEROUS_KEYS.has(key)) decline();
      return { key, after: i + 1 };
    }
    if (isIndicator(c) || c === DASH) return null;
    let last = at;
    for (let i = at; i < end; i++) {
      const ch = text.charCodeAt(i);
      if (ch === COLON && (i + 1 === end || text.charCodeAt(i + 1) === SPACE)) {
        const value = corePlain(text.slice(at, last));
        if (value === null) decline();
        const key = String(value);
        if (DANGEROUS_KEYS.has(key)) decline();
        return { key, after: i + 1 };
      }
      if ((ch === HASH && text.charCodeAt(i - 1) === SPACE) || isFlowIndicator(ch)) return null;
      if (ch !== SPACE) last = i + 1;
    }
    return null;
  }

  /** The value that fills the rest of the line (a comment may follow), in a collection at `depth`. */
  private blockValue(at: number, depth: number): unknown {
    const text = this.text;
    const end = this.end;
    const c = text.charCodeAt(at);
    let value: unknown;
    let after: number;
    if (c === 91 || c === 123) [value, after] = this.flow(at, this.deeper(depth));
    else if (c === 34 || c === 39) [value, after] = this.quoted(at);
    else {
      if (isIndicator(c)) decline();
      if (c === DASH && (at + 1 === end || text.charCodeAt(at + 1) === SPACE)) decline();
      let last = at;
      let i = at;
      for (; i < end; i++) {
        const ch = text.charCodeAt(i);
        if (ch === COLON && (i + 1 === end || text.charCodeAt(i + 1) === SPACE)) decline();
        if (ch === HASH && text.charCodeAt(i - 1) === SPACE) break;
        if (ch !== SPACE) last = i + 1;
      }
      return corePlain(text.slice(at, last));
    }
    while (after < end && text.charCodeAt(after) === SPACE) after++;
    if (after < end && !(text.charCodeAt(after) === HASH && text.charCodeAt(after - 1) === SPACE)) decline();
    return value;
  }

  /** A quoted scalar closed on this line: its value and the place after the closing quote. */
  private quoted(at: number): [string, number] {
    const text = this.text;
    const end = this.end;
    if (text.charCodeAt(at) === 39) {
      let out = '';
      let from = at + 1;
      for (;;) {
        const close = text.indexOf("'", from);
        if (close < 0 || close >= end) decline();
        if (text.charCodeAt(close + 1) !== 39) return [out + text.slice(from, close), close + 1];
        out += text.slice(from, close + 1);
        from = close + 2;
      }
    }
    let out = '';
    let from = at + 1;
    for (let i = from; i < end; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 34) return [out + text.slice(from, i), i + 1];
      if (ch !== 92 /* \ */) continue;
      out += text.slice(from, i);
      const e = text[i + 1] ?? '';
      const simple = SIMPLE_ESCAPES[e];
      if (simple !== undefined && i + 1 < end) {
        out += simple;
        i += 1;
      } else if (e === 'x' || e === 'u') {
        const digits = e === 'x' ? 2 : 4;
        const hex = text.slice(i + 2, i + 2 + digits);
        if (hex.length !== digits || !/^[0-9a-fA-F]+$/.test(hex) || i + 2 + digits > end) decline();
        out += String.fromCharCode(parseInt(hex, 16));
        i += 1 + digits;
      } else decline();
      from = i + 1;
    }
    decline();
  }

  /** A flow collection closed on this line: its value and the place after it. */
  private flow(at: number, depth: number): [unknown, number] {
    const text = this.text;
    const isMap = text.charCodeAt(at) === 123;
    const close = isMap ? 125 : 93;
    const seq: unknown[] = [];
    const map: Mapping = {};
    let i = this.skipSpaces(at + 1);
    if (text.charCodeAt(i) === close) return [isMap ? map : seq, i + 1];
    for (;;) {
      if (isMap) {
        const c = text.charCodeAt(i);
        let key: string;
        if (c === 34 || c === 39) [key, i] = this.quoted(i);
        else {
          const [value, after] = this.flowPlain(i);
          if (value === null) decline();
          key = String(value);
          i = after;
        }
        if (DANGEROUS_KEYS.has(key) || Object.hasOwn(map, key)) decline();
        this.counted();
        i = this.skipSpaces(i);
        if (text.charCodeAt(i) !== COLON || text.charCodeAt(i + 1) !== SPACE) decline();
        i = this.skipSpaces(i + 1);
        const next = text.charCodeAt(i);
        if (next === 44 || next === close) map[key] = null;
        else [map[key], i] = this.flowNode(i, depth);
      } else {
        this.counted();
        let value: unknown;
        [value, i] = this.flowNode(i, depth);
        seq.push(value);
      }
      i = this.skipSpaces(i);
      const c = text.charCodeAt(i);
      if (i >= this.end) decline();
      if (c === close) return [isMap ? map : seq, i + 1];
      if (c !== 44) decline();
      i = this.skipSpaces(i + 1);
      if (text.charCodeAt(i) === close && i < this.end) return [isMap ? map : seq, i + 1];
    }
  }

  private flowNode(at: number, depth: number): [unknown, number] {
    const c = this.text.charCodeAt(at);
    if (at >= this.end) decline();
    if (c === 91 || c === 123) return this.flow(at, this.deeper(depth));
    if (c === 34 || c === 39) return this.quoted(at);
    return this.flowPlain(at);
  }

  /** A plain scalar inside a flow collection: it ends at a flow indicator or `: `. */
  private flowPlain(at: number): [unknown, number] {
    const text = this.text;
    const end = this.end;
    const c = text.charCodeAt(at);
    if (at >= end || isIndicator(c)) decline();
    if (c === DASH) {
      const next = text.charCodeAt(at + 1);
      if (at + 1 === end || next === SPACE || isFlowIndicator(next)) decline();
    }
    let last = at;
    let i = at;
    for (; i < end; i++) {
      const ch = text.charCodeAt(i);
      if (isFlowIndicator(ch)) break;
      if (ch === COLON) {
        const next = text.charCodeAt(i + 1);
        if (i + 1 === end || next === SPACE || isFlowIndicator(next)) break;
      }
      // A comment inside a flow collection means it goes on below.
      if (ch === HASH && text.charCodeAt(i - 1) === SPACE) decline();
      if (ch !== SPACE) last = i + 1;
    }
    return [corePlain(text.slice(at, last)), i];
  }

  private skipSpaces(at: number): number {
    let i = at;
    while (i < this.end && this.text.charCodeAt(i) === SPACE) i++;
    return i;
  }
}

/**
 * The text read as plain data, or undefined when it is not written in the line-at-a-time form
 * this reader is sure of (the other readers then read it). `sanitized`: the value is already
 * what ./bounds.ts's sanitize would make of it.
 */
export function readLineYaml(text: string): { value: unknown; sanitized: true } | undefined {
  if (text.length === 0 || NOT_FOR_THIS_READER.test(text)) return undefined;
  try {
    return { value: new LineReader(text).read(), sanitized: true };
  } catch {
    // Declined, or a case this reader did not foresee: the general readers decide.
    return undefined;
  }
}
