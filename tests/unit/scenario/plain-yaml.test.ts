/**
 * The fast reader for plain YAML (sim-core/scenario/plain-yaml.ts) must read exactly what the
 * `yaml` package reads, and must decline whatever `yaml` refuses or warns about, so that every
 * refusal is still said in the same words. Checked on the presets, on a corpus of YAML's corners,
 * on thousands of damaged copies of the presets, and on generated lines of YAML's tricky
 * tokens; each for the whole reader and for its fastest part, the line reader
 * (sim-core/scenario/line-yaml.ts), alone.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { readPlainYaml } from '../../../sim-core/scenario/plain-yaml';
import { readLineYaml } from '../../../sim-core/scenario/line-yaml';
import { readText } from '../../../sim-core/scenario/syntax';
import { LIMITS, sanitize } from '../../../sim-core/scenario/bounds';
import { createPrngForBench } from '../../../bench/prng';

const PRESETS = join(__dirname, '..', '..', '..', 'scenarios');
const presets = readdirSync(PRESETS).filter((f) => f.endsWith('.yaml')).map((f) => readFileSync(join(PRESETS, f), 'utf8'));

/** What the `yaml` package makes of a text, as syntax.ts reads it. */
function reference(text: string): { clean: boolean; value: unknown } {
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true, merge: false });
  if (doc.errors.length > 0 || doc.warnings.length > 0) return { clean: false, value: undefined };
  try {
    return { clean: true, value: doc.toJS({ maxAliasCount: 100 }) as unknown };
  } catch {
    return { clean: false, value: undefined };
  }
}

type Reader = (text: string) => { value: unknown; sanitized?: true } | undefined;

/** The fast reader declines, or reads the same values as `yaml` does, with no refusal or warning there. */
function expectSame(text: string, reader: Reader = readPlainYaml, known?: { ref?: ReturnType<typeof reference> }): boolean {
  const fast = reader(text);
  if (fast === undefined) return false;
  const ref = known?.ref ?? reference(text);
  if (known) known.ref = ref;
  expect(ref.clean, `yaml refuses or warns, the fast reader accepted:\n${text}`).toBe(true);
  expect(fast.value, text).toStrictEqual(ref.value);
  if (fast.sanitized) {
    // Said to need no sanitizing copy: sanitize would change nothing and refuse nothing.
    expect(sanitize(fast.value), text).toStrictEqual({ value: fast.value, stripped: [], error: null });
  }
  return true;
}

const CORNERS = [
  // Scalars the two libraries' default schemas resolve differently.
  'a: 1e400', 'a: -1e400', 'a: 1_000', 'a: 0b101', 'a: 0o17', 'a: 0x1F', 'a: 0X1F', 'a: -0', 'a: +12', 'a: -0.0', 'a: .5', 'a: 5.',
  'a: 1e3', 'a: 1E-3', 'a: .inf', 'a: -.Inf', 'a: +.INF', 'a: .nan', 'a: .NaN', 'a: NaN', 'a: 1:30', 'a: 012', 'a: 09',
  `a: ${'9'.repeat(400)}`, 'a: 2024-01-01', 'a: 2024-01-01T10:00:00Z', 'a: yes', 'a: no', 'a: on', 'a: off', 'a: y', 'a: True', 'a: TRUE',
  'a: tRUE', 'a: ~', 'a: Null', 'a: NULL', 'a: nUll', 'a:', 'a: ""', "a: ''", 'a: =', 'a: <<', 'a: 1.0', 'a: 100.50',
  // Keys that are not strings, duplicates, odd keys.
  '1: a', '1.5: a', 'true: a', 'null: a', '~: a', ': a', '"": a', '? a\n: b', '? [a]\n: b', '[a]: b', '{a: 1}: b', 'a: 1\na: 2', 'a: 1\n"a": 2',
  '1: a\n"1": b', '__proto__: 1', '"__proto__": {a: 1}', 'constructor: 1', '<<: {a: 1}', 'a: {<<: {b: 1}}',
  // Features the fast reader leaves to `yaml`.
  'a: &x 1\nb: *x', 'a: !!str 1', 'a: !foo 1', 'a: !!binary aGk=', '%YAML 1.2\n---\na: 1', '---\na: 1', '---\na: 1\n---\nb: 2', 'a: 1\n...\n',
  'a: [1,\n2]', 'a: {b: 1,\n c: 2}', 'a:\n  - [1, 2\n  ]', 'a: [1, 2\n]', 'a:\n\t- 1', '\ufeffa: 1',
  // Layout: block scalars, folding, comments, quoting, flow.
  'a: |\n  x\n  y\n', 'a: >\n  x\n  y\n\n  z\n', 'a: |-\n  x\n', 'a: |+\n  x\n\n', 'a: >2\n   x\n', 'a: x\n  y\n  z', "a: 'it''s'", 'a: "\\u00e9\\n\\t"',
  'a: "x\n  y"', 'a: b#c', 'a: b #c', 'a: "b"#c', 'a: [1,2]x', 'a: {b: c}d', 'a: [a, b, ]', 'a: {b: , c: d}', 'a: [a: 1]', 'a: [? x : y]',
  'a: - b', 'a: b: c', '- a\n- b', '- - a\n  - b', 'a:\n- b\n- c', 'a:\n  b:\n  c: 1', 'a: b\n b: c', ' a: 1\nb: 2', 'a: 1 # c\n# d\n',
  '# only a comment', 'a', '"a"', '[]', '{}', '', 'a: "unterminated', "a: 'x", 'a: [1, 2', 'a: }', 'a: @x', 'a: `x', 'a: %x', 'a: -x', 'a: ?x',
  `${'k'.repeat(1100)}: 1`, 'a: x\r\nb: y\r\n', 'a: x\rb: y', 'a: "\u0085"', 'a: \u0085', 'a: \u2028', 'a: \u0007', 'a: "\u0007"', 'a: \u00a0x',
  'host: { cpus: 8, memory: 16g }\ninstances:\n  - { name: a, kind: container, image: "nginx:1.27" }\n', 'a: {b: [c, {d: e}]}',
];

describe('the fast reader for plain YAML', () => {
  it('reads every preset, as the yaml package reads it', () => {
    for (const text of presets) expect(expectSame(text), text.slice(0, 80)).toBe(true);
  });

  it('reads YAML corners as the yaml package does, or leaves them to it', () => {
    let read = 0;
    for (const text of CORNERS) if (expectSame(text)) read++;
    // Most corners are plain data it reads itself; the rest it leaves to `yaml`.
    expect(read).toBeGreaterThan(40);
    for (const declined of ['a: &x 1\nb: *x', 'a: !!str 1', '---\na: 1\n---\nb: 2', 'a: 1\na: 2', 'a: [1,\n2]', '<<: {a: 1}']) {
      expect(readPlainYaml(declined), declined).toBeUndefined();
    }
  });

  it('on damaged copies of the presets, never accepts what yaml refuses and never reads a value differently', { timeout: 120_000 }, () => {
    const rand = createPrngForBench(11);
    const pieces = [':', ' ', '\n', '-', '[', ']', '{', '}', ',', '"', "'", '#', '&a ', '*a', '!', '|', '>', '?', '%', '@', '`', '  ', '\t', '\\', 'x', '0', '.', 'e', '~', '<<'];
    let read = 0;
    let readByLines = 0;
    for (let n = 0; n < 800; n++) {
      const base = presets[n % presets.length]!;
      let text = base;
      const edits = 1 + Math.floor(rand() * 3);
      for (let e = 0; e < edits; e++) {
        const at = Math.floor(rand() * text.length);
        const cut = rand() < 0.4 ? 1 + Math.floor(rand() * 3) : 0;
        const piece = rand() < 0.8 ? pieces[Math.floor(rand() * pieces.length)]! : '';
        text = text.slice(0, at) + piece + text.slice(at + cut);
      }
      // yaml's reading, made once for both readers.
      const known = {};
      if (expectSame(text, readPlainYaml, known)) read++;
      if (expectSame(text, readLineYaml, known)) readByLines++;
    }
    expect(read).toBeGreaterThan(80);
    expect(readByLines).toBeGreaterThan(80);
  });

  it('reads every preset and a fleet written a line per instance with its line reader alone', () => {
    const fleet = ['version: 1', 'instances:'];
    for (let i = 0; i < 50; i++) fleet.push(`  - { name: c${i}, kind: container, image: "nginx:1.27", memory: 256m, cpus: 0.5 }`);
    fleet.push('events:', '  - { at: 1500ms, start: c1 }', "  - { at: 2s, stop: 'c2' }", 'until: 10m');
    for (const text of [...presets, fleet.join('\n')]) expect(expectSame(text, readLineYaml), text.slice(0, 80)).toBe(true);
  });

  it('reads YAML corners with its line reader as the yaml package does, or leaves them to the others', () => {
    let read = 0;
    for (const text of CORNERS) if (expectSame(text, readLineYaml)) read++;
    expect(read).toBeGreaterThan(30);
    for (const declined of ['a: |\n  x\n', 'a: x\n  y', 'a: "x\n  y"', 'a: [1,\n2]', '? a\n: b', 'a: 1\n"a": 2', '1: a\n"1": b', '__proto__: 1', 'a: \u0085', 'a:\r\n  b: 1']) {
      expect(readLineYaml(declined), declined).toBeUndefined();
    }
  });

  it('leaves to the others, and so to sanitize, what sanitize would strip or refuse', () => {
    for (const key of ['constructor', 'prototype', '__proto__', '"constructor"']) {
      expect(readLineYaml(`a: 1\n${key}: 2\n`), key).toBeUndefined();
      expect(readLineYaml(`a: { ${key}: 2 }\n`), key).toBeUndefined();
    }
    const nested = (levels: number) => Array.from({ length: levels }, (_, i) => `${'  '.repeat(i)}k:`).join('\n') + ' 1\n';
    expect(readLineYaml(nested(LIMITS.maxDepth))).toBeDefined();
    expect(readLineYaml(nested(LIMITS.maxDepth + 1))).toBeUndefined();
    const flow = (levels: number) => `a: ${'['.repeat(levels - 1)}1${']'.repeat(levels - 1)}\n`;
    expect(readLineYaml(flow(LIMITS.maxDepth))).toBeDefined();
    expect(readLineYaml(flow(LIMITS.maxDepth + 1))).toBeUndefined();
    const list = (values: number) => `${'- 1\n'.repeat(values)}`;
    expect(readLineYaml(list(LIMITS.maxValues))).toBeDefined();
    expect(readLineYaml(list(LIMITS.maxValues + 1))).toBeUndefined();
    // the same bounds as sanitize's: at them sanitize takes the value as it is
    for (const text of [nested(LIMITS.maxDepth), flow(LIMITS.maxDepth)]) {
      expect(sanitize(readLineYaml(text)!.value).error).toBeNull();
    }
    // and readText still says why, as before
    const deep = readText(nested(LIMITS.maxDepth + 1), 'f.yaml');
    expect(deep.ok ? 'read' : deep.errors[0]).toMatch(/nested more than 64 levels deep/);
    const stripped = readText('a: 1\nconstructor: 2\n', 'f.yaml');
    expect(stripped.ok && stripped.warnings).toEqual(['f.yaml: constructor: removed (a key of that name is not allowed)']);
  });

  it('on generated lines of tricky tokens, never accepts what yaml refuses and never reads a value differently', () => {
    const rand = createPrngForBench(23);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
    const scalars = [
      'a', 'b c', 'x:y', 'x: y', 'x #c', 'x#c', '-1', '-x', '- x', '+1', '.5', '1e3', '0x1F', '0o7', '012', '1_0', '~', 'null', 'Null', 'true', 'False', 'yes',
      '.inf', '-.Inf', '.nan', 'NaN', '""', "''", '"a\\"b"', '"\\x41\\u00e9\\t"', '"\\q"', "'it''s'", "'a", '"a', '?x', ':x', '@x', '%x', '!x', '&x', '*x', '`x',
      '-', '?', ':', 'a,b', 'a]', 'é', '日本', ' ', '[]', '{}', '[a, b]', '[a, [b, c]]', '{a: 1}', '{a: 1, b: [2, 3]}', '{a: 1, a: 2}', '{"a": 1}', '{a:1}',
      '[a, ]', '[a,, b]', '{a: }', '{a}', '[a: 1]', '{a: b: c}', '[a] b', '{a: 1} #c', '"x" y', '"x" #c', '|', '>', '#c',
    ];
    const keys = ['a', 'b', 'a b', '"a"', "'b'", '1', '1.0', 'true', 'null', '~', '"1"', '-a', '?a', 'a:b', 'a#b', 'a #b', '[a]', '{a: 1}', 'é', '"__proto__"', '<<'];
    let readByLines = 0;
    for (let n = 0; n < 4000; n++) {
      const lines: string[] = [];
      const count = 1 + Math.floor(rand() * 6);
      for (let l = 0; l < count; l++) {
        const indent = ' '.repeat(pick([0, 0, 0, 0, 1, 2, 2]));
        const shape = pick(['pair', 'pair', 'key', 'entry', 'entry-pair', 'empty-entry', 'comment', 'blank', 'scalar']);
        const line = shape === 'pair' ? `${pick(keys)}: ${pick(scalars)}` : shape === 'key' ? `${pick(keys)}:` : shape === 'entry' ? `- ${pick(scalars)}`
          : shape === 'entry-pair' ? `- ${pick(keys)}: ${pick(scalars)}` : shape === 'empty-entry' ? '-' : shape === 'comment' ? '# note' : shape === 'blank' ? '' : pick(scalars);
        lines.push(indent + line + pick(['', '', '', ' ', ' # c', '#c']));
      }
      if (expectSame(lines.join('\n'), readLineYaml)) readByLines++;
    }
    expect(readByLines).toBeGreaterThan(200);

    // Nested documents laid out as people write them (compact `- key: value`, a list under its
    // key at the key's indentation, flow values), with the same tricky tokens as leaves.
    const block = (depth: number, indent: string, out: string[], head: string): void => {
      const asList = rand() < 0.4;
      const size = 1 + Math.floor(rand() * 3);
      for (let k = 0; k < size; k++) {
        const nested = depth < 3 && rand() < 0.35;
        const lead = k === 0 && head !== '' ? head : indent;
        if (asList && nested && rand() < 0.5) {
          block(depth + 1, `${indent}  `, out, `${lead}- `);
        } else if (asList) {
          out.push(`${lead}- ${pick(scalars)}`);
        } else if (nested) {
          out.push(`${lead}${pick(keys)}:`);
          block(depth + 1, rand() < 0.3 ? indent : `${indent}  `, out, '');
        } else {
          out.push(`${lead}${pick(keys)}: ${pick(scalars)}`);
        }
      }
    };
    let nestedRead = 0;
    for (let n = 0; n < 3000; n++) {
      const out: string[] = [];
      block(0, '', out, '');
      if (expectSame(out.join('\n'), readLineYaml)) nestedRead++;
    }
    expect(nestedRead).toBeGreaterThan(200);
  });

  it('leaves every refusal to readText as before: same messages whichever reader tried first', () => {
    for (const text of ['a: 1\na: 2\n', 'a: &x 1\nb: *x\n', 'a: !!python/object:os.system x\n', '---\na: 1\n---\nb: 2\n', 'a: [1, 2\n', 'a: "x\n']) {
      const read = readText(text, 'f.yaml');
      expect(read.ok, text).toBe(text === 'a: &x 1\nb: *x\n');
      if (!read.ok) expect(read.errors[0]).toMatch(/^f\.yaml/);
    }
  });
});
