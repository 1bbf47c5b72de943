/**
 * A large file validates fast because instances written alike are checked once (alike.ts)
 * and plain start/stop/remove events skip zod (simpleTimedAction). Neither may change what a
 * file reads as, or what is refused and where.
 */
import { describe, expect, it } from 'vitest';
import { parseScenario, type ParseResult } from '../../../sim-core/scenario/index';
import { simpleTimedAction, timedActionSchema } from '../../../sim-core/scenario/action-schema';
import { NAMES } from './fixtures';

function ok(result: ParseResult) {
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result;
}

const LINES = [
  '{ kind: container, image: "nginx:1.27", memory: 256m, cpus: 0.5 }',
  '{ kind: container, image: "nginx:1.27", share: [net], ports: ["8080:80"], env: { A: "1" } }',
  '{ kind: vm, profile: firecracker, os: ubuntu-22.04, cpus: 2, memory: 2GiB, apps: [nginx] }',
];

describe('instances written alike', () => {
  it('read as each would alone, and share no lists or mappings', () => {
    for (const line of LINES) {
      const one = ok(parseScenario(`version: 1\nname: x\ninstances:\n  - ${line.replace('{', '{ name: a0,')}\n`, 'x.yaml', NAMES)).scenario.instances[0]!;
      const many = ok(parseScenario(`version: 1\nname: x\ninstances:\n${[0, 1, 2].map((i) => `  - ${line.replace('{', `{ name: a${i},`)}`).join('\n')}\n`, 'x.yaml', NAMES)).scenario.instances;
      expect(many.map((s) => s.name)).toEqual(['a0', 'a1', 'a2']);
      for (const spec of many) expect({ ...spec, name: 'a0' }).toStrictEqual(one);
      for (const [key, value] of Object.entries(many[1]!)) {
        if (value !== null && typeof value === 'object') expect((many[2] as unknown as Record<string, unknown>)[key], key).not.toBe(value);
      }
    }
  });

  it('still refuses a bad name among alike instances, at its place', () => {
    const rows = [0, 1, 2, 3].map((i) => `  - { name: ${i === 2 ? '" c2"' : `c${i}`}, kind: container, image: "nginx:1.27" }`);
    const result = parseScenario(`version: 1\nname: x\ninstances:\n${rows.join('\n')}\n`, 'x.yaml', NAMES);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toEqual(['x.yaml: instances[2].name: expected a name (1 to 255 characters, no leading or trailing spaces), got " c2"']);
  });

  it('tells values apart that JSON would confuse', () => {
    const rows = ['cpus: 0.5', 'cpus: .nan', 'cpus: ~'].map((f, i) => `  - { name: c${i}, kind: container, image: "nginx:1.27", ${f} }`);
    const result = parseScenario(`version: 1\nname: x\ninstances:\n${rows.join('\n')}\n`, 'x.yaml', NAMES);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toEqual([expect.stringMatching(/^x\.yaml: instances\[1\]\.cpus: expected a number of cores/)]);
  });
});

describe('plain events', () => {
  const schema = timedActionSchema('an event');
  const entries: unknown[] = [
    { at: '2s', start: 'web' }, { start: 'web', at: 0 }, { at: '1.5m', stop: 'db' }, { at: '250ms', remove: 'x' }, { at: '1s', start: '' },
    { at: -1, start: 'a' }, { at: '1s', start: 3 }, { at: '1s', start: null }, { at: '1s', load: { target: 'a' } }, { at: '1s', start: 'a', stop: 'b' },
    { at: '1s' }, { at: 'soon', start: 'a' }, { at: '1s', strat: 'a' }, [], null, 'start', { at: '1s', start: 'a', __proto__: null },
  ];
  it('read as the schema reads them, or are left to it', () => {
    let simple = 0;
    for (const entry of entries) {
      const fast = simpleTimedAction(entry);
      if (fast === null) continue;
      simple++;
      const result = schema.safeParse(entry);
      expect(result.success, JSON.stringify(entry)).toBe(true);
      expect(fast).toStrictEqual(result.data);
    }
    expect(simple).toBe(6);
  });
});
