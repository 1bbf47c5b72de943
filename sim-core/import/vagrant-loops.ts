/**
 * The two pieces of Ruby Vagrant's own documentation uses to define several machines alike
 * ("Multi-Machine: Looping Over VM Definitions"): a loop over a literal range or array,
 * `(1..3).each do |i|`, `[...].each do |name|`, `N.times do |i|`, and string interpolation of
 * what such a loop names, `"node-#{i}"`, `"192.168.56.#{100 + i}"`. Both are evaluated here
 * over literals and constants only; anything else still needs Ruby.
 */
import type { Token } from './ruby-lexer';

export type Value = string | number | boolean | null | Value[] | { [key: string]: Value };

/** Why a piece could not be read without Ruby. */
export class NeedsRuby extends Error {}

const isPunct = (t: Token | undefined, v: string): boolean => t?.t === 'punct' && t.v === v;
const isId = (t: Token | undefined, v?: string): boolean => t?.t === 'id' && (v === undefined || t.v === v);

/** A whole number from a literal or a constant holding one. */
function wholeNumber(t: Token | undefined, vars: ReadonlyMap<string, Value>): number | null {
  if (t?.t === 'num' && Number.isInteger(t.v)) return t.v;
  if (t?.t === 'id') {
    const v = vars.get(t.v);
    if (typeof v === 'number' && Number.isInteger(v)) return v;
  }
  return null;
}

/** Loops beyond this many turns are not a machine list (and would make a hostile file expensive). */
const MAX_TURNS = 100;

export interface Loop {
  /** The block variable's values, one per turn. */
  values: Value[];
  /** The block's variable names (`|i|`, `|name, index|` for each_with_index). */
  names: string[];
  withIndex: boolean;
}

/**
 * `(A..B).each do |v|`, `(A...B).each`, `A.upto(B) do |v|`, `N.times do |v|`, `[x, y].each do |v|`
 * (and `.each_with_index do |v, k|`) at the start of a statement, or null when it is none.
 * `readArray` reads a literal array at a token index.
 */
export function readLoop(tk: readonly Token[], vars: ReadonlyMap<string, Value>, readArray: (i: number) => [Value, number]): Loop | null {
  let values: Value[];
  let i: number;
  // Ranges and arrays go on with `.each`; `N.times` and `A.upto(B)` are the iteration themselves.
  let needsEach = true;
  if (isPunct(tk[0], '(') && isPunct(tk[2], '..') && isPunct(tk[4], ')')) {
    const from = wholeNumber(tk[1], vars);
    const to = wholeNumber(tk[3], vars);
    if (from === null || to === null) return null;
    values = range(from, to);
    i = 5;
  } else if (isPunct(tk[0], '(') && isPunct(tk[2], '..') && isPunct(tk[3], '.') && isPunct(tk[5], ')')) {
    // `...` lexes as `..` then `.`: the end is left out.
    const from = wholeNumber(tk[1], vars);
    const to = wholeNumber(tk[4], vars);
    if (from === null || to === null) return null;
    values = range(from, to - 1);
    i = 6;
  } else if (isPunct(tk[1], '.') && isId(tk[2], 'times') && wholeNumber(tk[0], vars) !== null) {
    values = range(0, wholeNumber(tk[0], vars)! - 1);
    i = 3;
    needsEach = false;
  } else if (isPunct(tk[1], '.') && isId(tk[2], 'upto') && isPunct(tk[3], '(') && isPunct(tk[5], ')')) {
    const from = wholeNumber(tk[0], vars);
    const to = wholeNumber(tk[4], vars);
    if (from === null || to === null) return null;
    values = range(from, to);
    i = 6;
    needsEach = false;
  } else if (isPunct(tk[0], '[')) {
    const [v, next] = readArray(0);
    if (!Array.isArray(v)) return null;
    values = v;
    i = next;
  } else if (tk[0]?.t === 'id' && isPunct(tk[1], '.') && Array.isArray(vars.get(tk[0].v))) {
    values = vars.get(tk[0].v) as Value[];
    i = 1;
  } else {
    return null;
  }
  let withIndex = false;
  if (needsEach) {
    if (!isPunct(tk[i], '.') || !(isId(tk[i + 1], 'each') || isId(tk[i + 1], 'each_with_index'))) return null;
    withIndex = isId(tk[i + 1], 'each_with_index');
    i += 2;
  }
  if (!isId(tk[i], 'do') || !isPunct(tk[i + 1], '|')) return null;
  const names: string[] = [];
  for (let j = i + 2; j < tk.length && !isPunct(tk[j], '|'); j++) if (tk[j]!.t === 'id') names.push((tk[j] as { v: string }).v);
  if (names.length === 0) return null;
  if (values.length > MAX_TURNS) throw new NeedsRuby(`a loop of ${values.length} turns (more than ${MAX_TURNS} machines)`);
  return { values, names, withIndex };
}

function range(from: number, to: number): number[] {
  if (to - from + 1 > MAX_TURNS) throw new NeedsRuby(`a loop of ${to - from + 1} turns (more than ${MAX_TURNS} machines)`);
  const out: number[] = [];
  for (let n = from; n <= to && out.length <= MAX_TURNS; n++) out.push(n);
  return out;
}

/**
 * `"node-#{i}"`: each `#{...}` replaced by its value, where it is a name the file gave a value
 * (a constant, a loop's variable), a whole number, or those joined by `+ - *`.
 */
export function interpolate(text: string, vars: ReadonlyMap<string, Value>): string {
  return text.replace(/#\{([^}]*)\}/g, (_, expr: string) => String(evaluate(expr.trim(), vars)));
}

function evaluate(expr: string, vars: ReadonlyMap<string, Value>): string | number {
  const parts = expr.split(/\s*([+*-])\s*/);
  let acc = term(parts[0]!, vars);
  for (let k = 1; k < parts.length; k += 2) {
    const next = term(parts[k + 1] ?? '', vars);
    const op = parts[k]!;
    if (typeof acc === 'number' && typeof next === 'number') acc = op === '+' ? acc + next : op === '-' ? acc - next : acc * next;
    else if (op === '+' && typeof acc === 'string' && typeof next === 'string') acc = acc + next;
    else throw new NeedsRuby(`#{${expr}} needs Ruby to evaluate`);
  }
  return acc;
}

function term(word: string, vars: ReadonlyMap<string, Value>): string | number {
  if (/^\d+$/.test(word)) return Number(word);
  const v = vars.get(word);
  if (typeof v === 'number' || typeof v === 'string') return v;
  throw new NeedsRuby(`a string with #{${word}} needs Ruby to evaluate`);
}
