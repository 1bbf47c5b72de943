/**
 * Hostile scenario files (issue 15): each is refused with a message that names what is wrong,
 * in bounded time, never with the parser's own words or a crash.
 */
import { describe, expect, it } from 'vitest';
import { CATALOGUE, catalogueNames } from '@utsuwa/sim-core/catalogue';
import { parseScenario } from '@utsuwa/sim-core/scenario';
import { closest } from '../../../sim-core/scenario/describe';

const names = catalogueNames(CATALOGUE);
const parse = (text: string, file = 'h.yaml') => parseScenario(text, file, names);
const errorsOf = (text: string, file?: string): string[] => {
  const r = parse(text, file);
  return r.ok ? [] : r.errors;
};

describe('YAML features a scenario does not use are named when refused', () => {
  it('several documents', () => {
    expect(errorsOf('version: 1\nname: a\n---\nversion: 1\nname: b\n')).toEqual([
      'h.yaml: holds more than one YAML document (separated by ---); a scenario file is one document',
    ]);
  });

  it('a merge key', () => {
    const errors = errorsOf('version: 1\nname: a\nx-base: &b {kind: vm}\ninstances:\n  - <<: *b\n    name: y\n');
    expect(errors.join('\n')).toMatch(/instances\[0\]\.<<: YAML merge keys \(<<: \*name\) are not supported/);
    expect(errors.join('\n')).not.toMatch(/expected vm or container/);
  });

  it('a tag that asks for a type', () => {
    expect(errorsOf('version: 1\nname: !!python/object:os.system a\n')[0]).toMatch(/^h\.yaml:2:7: YAML tags such as !!python\/object:os\.system are not supported/);
  });

  it('block nesting deeper than the limit is reported as depth, not as a stack overflow', () => {
    let text = 'version: 1\nname: a\nx:\n';
    for (let i = 1; i <= 1000; i++) text += `${'  '.repeat(i)}a:\n`;
    const errors = errorsOf(text);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/nested more than 64 levels deep; refused/);
    expect(errors[0]).not.toMatch(/call stack/i);
  });

  it('an ordinary preset-shaped file still reads', () => {
    expect(parse('version: 1\nname: a\ninstances:\n  - name: web\n    kind: container\n    image: nginx:1.27\n').ok).toBe(true);
  });
});

describe('suggestions and echoed values stay bounded', () => {
  it('100 bad event targets among 5,000 instances are all reported quickly, with no whole-list echo', () => {
    const lines = ['version: 1', 'name: big', 'instances:'];
    for (let i = 0; i < 5_000; i++) lines.push(`  - {name: c${i}, kind: container, image: alpine:3.20}`);
    lines.push('events:');
    for (let i = 0; i < 100; i++) lines.push(`  - {at: 0s, start: missing-${i}}`);
    const started = performance.now();
    const errors = errorsOf(lines.join('\n'));
    const ms = performance.now() - started;
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]).toMatch(/unknown instance "missing-0"/);
    expect(errors.join('\n').length).toBeLessThan(100_000);
    // Not a speed target (see npm run bench): a guard against the minutes this once took.
    expect(ms).toBeLessThan(20_000);
  });

  it('a 2 MB name is not compared letter by letter nor echoed whole', () => {
    const huge = 'x'.repeat(2_000_000);
    expect(closest(huge, ['nginx:1.27', 'redis:7'])).toBeNull();
    const errors = errorsOf(`version: 1\nname: a\ninstances:\n  - {name: c, kind: container, image: ${huge}}\n`);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.join('\n').length).toBeLessThan(5_000);
  });

  it('a misspelt image still gets its suggestion', () => {
    expect(closest('ngnix:1.27', ['nginx:1.27', 'redis:7'])).toBe('nginx:1.27');
    expect(closest('nginx', ['nginx:1.27', 'redis:7'])).toBe('nginx:1.27');
  });
});
