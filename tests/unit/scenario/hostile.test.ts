import { describe, expect, it } from 'vitest';
import { LIMITS, parseScenario } from '../../../sim-core/scenario/index';
import { NAMES } from './fixtures';

function errorsOf(text: string, fileName = 'evil.yaml'): string[] {
  const result = parseScenario(text, fileName, NAMES);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.errors;
}

const BILLION_LAUGHS = `version: 1
name: lol
a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
`;

describe('hostile files are refused quickly, without crashing', () => {
  it('refuses an alias bomb', () => {
    const started = performance.now();
    const errors = errorsOf(BILLION_LAUGHS);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(errors[0]).toMatch(/^evil\.yaml: refused: its aliases \(\*name\) expand too far/);
  });

  it('still reads a file with a few aliases', () => {
    const text = 'version: 1\nname: ok\ninstances:\n  - &web { name: a, kind: container, image: nginx:1.27 }\nevents: [{ at: 0s, start: a }]\n';
    expect(parseScenario(text, 'ok.yaml', NAMES).ok).toBe(true);
  });

  it.each([
    ['JSON', 'deep.json', `{"version":1,"name":"d","x":${'['.repeat(200_000)}${']'.repeat(200_000)}}`, 'deep.json:1:'],
    ['YAML flow', 'deep.yaml', `version: 1\nname: d\nx: ${'['.repeat(200_000)}${']'.repeat(200_000)}\n`, 'deep.yaml:3:'],
  ])('refuses deep nesting in %s before parsing it', (_kind, fileName, text, place) => {
    const started = performance.now();
    const errors = errorsOf(text, fileName);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(errors[0]?.startsWith(place)).toBe(true);
    expect(errors[0]).toMatch(/: nested more than 64 levels deep; refused$/);
  });

  it('refuses deep nesting in YAML block style', () => {
    let text = 'version: 1\nname: d\nx:\n';
    for (let depth = 1; depth <= 80; depth++) text += `${'  '.repeat(depth)}k:\n`;
    expect(errorsOf(text)[0]).toMatch(/nested more than 64 levels deep; refused$/);
  });

  it('refuses a file over the size limit', () => {
    const text = `version: 1\nname: big\ndescription: "${'x'.repeat(LIMITS.maxTextChars)}"\n`;
    expect(errorsOf(text)[0]).toMatch(/^evil\.yaml: the file is 16\.0 MB; scenario files may be at most 16 MB$/);
  });

  it('refuses more instances than the limit', () => {
    const json = JSON.stringify({ version: 1, name: 'many', instances: Array.from({ length: LIMITS.maxInstances + 1 }, () => 0) });
    expect(errorsOf(json, 'many.json')).toEqual([`many.json: instances: ${LIMITS.maxInstances + 1} instances; a scenario may have at most ${LIMITS.maxInstances}`]);
  });

  it('refuses more recorded actions than the limit, before reading any of them', () => {
    const json = JSON.stringify({ version: 1, name: 'many', actions: Array.from({ length: LIMITS.maxEvents + 1 }, () => 0) });
    expect(errorsOf(json, 'many.json')).toEqual([`many.json: actions: ${LIMITS.maxEvents + 1} actions; a scenario may have at most ${LIMITS.maxEvents}`]);
  });

  it('strips __proto__, constructor and prototype keys and says so', () => {
    const json = '{"version":1,"name":"p","__proto__":{"polluted":true},"notes":{"constructor":{"x":1},"prototype":2,"ok":3},"instances":[]}';
    const result = parseScenario(json, 'p.json', NAMES);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(result.scenario.extensions)).toEqual(['notes']);
    expect(result.scenario.extensions.notes).toEqual({ ok: 3 });
    expect(Object.getPrototypeOf(result.scenario.extensions.notes)).toBe(Object.prototype);
    expect(result.warnings).toEqual([
      'p.json: __proto__: removed (a key of that name is not allowed)',
      'p.json: notes.constructor: removed (a key of that name is not allowed)',
      'p.json: notes.prototype: removed (a key of that name is not allowed)',
    ]);
  });

  it('never throws on arbitrary text', () => {
    for (const text of ['{', ']', '*a', '!!js/function x', '\u0000', 'version: 1\nname: [', '? [a]\n: b', '---\n---\n']) {
      expect(() => parseScenario(text, 'x.yaml', NAMES)).not.toThrow();
      expect(parseScenario(text, 'x.yaml', NAMES).ok).toBe(false);
    }
  });
});

describe('the depth pre-scan is not fooled by apostrophes in plain text', () => {
  it('still refuses deep flow nesting after a word like "host\'s"', () => {
    const text = `version: 1\nname: d\ndescription: the host's memory\nx: ${'['.repeat(100)}${']'.repeat(100)}\n`;
    expect(errorsOf(text)[0]).toMatch(/^evil\.yaml:4:\d+: nested more than 64 levels deep; refused$/);
  });
});

describe('the depth pre-scan opens a quoted string after any white space JavaScript knows', () => {
  it('so brackets inside a string after a no-break or ideographic space do not count, and after other characters do', async () => {
    const { bracketDepthExceeded } = await import('../../../sim-core/scenario/bounds');
    const special = new Set([...'"\'#[]{},:\\']);
    let spaces = 0;
    for (let code = 0; code <= 0xffff; code++) {
      const ch = String.fromCharCode(code);
      if (special.has(ch)) continue;
      // `x<ch>"[[` : a string opens after white space, so its two brackets are text; otherwise they nest.
      const found = bracketDepthExceeded(`x${ch}"[[`, 1, true);
      if (/\s/.test(ch)) spaces++;
      expect(found, `U+${code.toString(16)}`).toBe(/\s/.test(ch) ? null : 4);
    }
    expect(spaces).toBeGreaterThan(20);
  });
});
