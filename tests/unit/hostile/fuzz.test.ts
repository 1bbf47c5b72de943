/**
 * Fuzz: random hostile files, share links, autosave records and live action sequences. Each
 * property says what a user would notice: nothing throws, nothing takes long, and what is
 * accepted reads back the same. Budgeted to a few seconds each so `npm test` stays fast.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { stringify } from 'yaml';
import lzString from 'lz-string';
import { apply, createSimulation, advanceTo, type UserAction } from '../../../sim-core/index';
import { CATALOGUE } from '../../../sim-core/catalogue/index';
import { readScenario, writeScenario } from '../../../src/files/scenario-io';
import { readShareHash } from '../../../src/files/share';
import { readRecord } from '../../../src/files/saved-record';
import { emptyScenario } from '../../../src/document/specs';

const RUNS = { numRuns: 100 };
const SLOW_MS = 2000;

/** Values a hostile file puts where a field is expected. */
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, true, -1, 0, -0, Infinity, -Infinity, Number.NaN, 2 ** 53, 4294967296, '', ' ', '-1', 'NaN', 'Infinity', '8PiB', '1e20', '__proto__', 'constructor', 'toString', '\u009b2J', '\u001b]0;x\u0007', 'x'.repeat(300), '<<', '*a', '!!js/function'),
  fc.string({ maxLength: 20 }),
  fc.double(),
  fc.integer(),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
  fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'name', 'kind', 'a'), fc.string({ maxLength: 5 }), { maxKeys: 3 }),
);

const FIELDS = ['name', 'kind', 'image', 'runtime', 'memory', 'memorySwap', 'cpus', 'cpuShares', 'pidsLimit', 'in', 'share', 'profile', 'os', 'disk', 'apps'];

/** A scenario whose fields are each valid or hostile, as YAML text. */
const hostileFile: fc.Arbitrary<string> = fc.record({
  until: fc.option(hostileValue),
  seed: fc.option(hostileValue),
  host: fc.option(fc.dictionary(fc.constantFrom('cpus', 'memory', 'disk', 'os', 'network', 'imageCache', '__proto__'), hostileValue, { maxKeys: 3 })),
  instances: fc.array(fc.tuple(fc.constantFrom('vm', 'container'), fc.dictionary(fc.constantFrom(...FIELDS), hostileValue, { maxKeys: 4 })), { maxLength: 5 }),
  events: fc.array(fc.dictionary(fc.constantFrom('at', 'start', 'stop', 'load', 'limits', 'write', 'exploit', 'remove'), hostileValue, { maxKeys: 3 }), { maxLength: 4 }),
}).map((g) => {
  const file: Record<string, unknown> = { version: 1, name: 'fuzz' };
  if (g.until !== null) file.until = g.until;
  if (g.seed !== null) file.seed = g.seed;
  if (g.host !== null) file.host = g.host;
  file.instances = g.instances.map(([kind, fields], i) => ({ name: `i${i}`, kind, ...(kind === 'container' ? { image: 'nginx:1.27' } : {}), ...fields }));
  if (g.events.length > 0) file.events = g.events;
  return stringify(file);
});

function timed<T>(fn: () => T): T {
  const started = performance.now();
  const out = fn();
  expect(performance.now() - started).toBeLessThan(SLOW_MS);
  return out;
}

describe('fuzz: hostile input is refused or read back the same, never thrown, never slow', () => {
  it('scenario files', () => {
    fc.assert(fc.property(hostileFile, (text) => {
      const read = timed(() => readScenario(text, 'fuzz.yaml'));
      if (!read.ok) {
        expect(read.errors.length).toBeGreaterThan(0);
        for (const e of read.errors) expect(e.length).toBeLessThan(2000);
        return;
      }
      const again = readScenario(writeScenario(read.scenario, read.actions), 'fuzz.yaml');
      expect(again.ok && again.scenario).toEqual(read.scenario);
    }), RUNS);
  });

  it('share links: random, damaged and valid ones', () => {
    const link = fc.oneof(
      fc.string({ maxLength: 300 }),
      hostileFile.map((t) => lzString.compressToEncodedURIComponent(t)),
      hostileFile.chain((t) => fc.nat({ max: 50 }).map((cut) => lzString.compressToEncodedURIComponent(t).slice(cut))),
    );
    fc.assert(fc.property(link, (l) => {
      const read = timed(() => readShareHash(`#s=${l}`));
      expect(read).not.toBeNull();
      if (read && !read.ok) expect(read.errors[0]).toMatch(/^(link|fuzz)/);
    }), RUNS);
  });

  it('autosave records of any shape', () => {
    const record = fc.oneof(hostileValue, fc.record({ schema: hostileValue, yaml: fc.oneof(hostileValue, hostileFile), savedAt: hostileValue, rev: hostileValue }));
    fc.assert(fc.property(record, (r) => {
      const reading = timed(() => readRecord(r));
      expect(['none', 'ok', 'newer', 'unreadable']).toContain(reading.kind);
    }), RUNS);
  });

  it('live action sequences, valid and malformed, keep the run consistent', () => {
    const name = fc.constantFrom('web', 'db', 'vm', 'nope', '', '__proto__', 'constructor');
    const number = fc.oneof(fc.constantFrom(Number.NaN, Infinity, -Infinity, -1, 0, 0.001, 1, 2 ** 53), fc.double(), fc.integer({ min: 0, max: 8 * 1024 ** 3 }));
    const action: fc.Arbitrary<unknown> = fc.oneof(
      fc.record({ type: fc.constantFrom('instance/start', 'instance/stop', 'instance/remove'), name }),
      fc.record({ type: fc.constant('instance/set-limits'), name, memoryBytes: fc.option(number), cpus: fc.option(number) }),
      fc.record({ type: fc.constant('instance/load'), name, memoryBytes: number, cpu: number }),
      fc.record({ type: fc.constant('instance/write'), name, path: fc.constantFrom('/tmp/a', 'rel', ''), sizeBytes: number }),
      fc.record({ type: fc.constant('instance/exploit'), name, kind: fc.constantFrom('app', 'kernel', 'other') }),
      fc.record({ type: fc.string({ maxLength: 12 }), name }),
      hostileValue,
    );
    fc.assert(fc.property(fc.array(fc.tuple(action, fc.integer({ min: 0, max: 5000 })), { maxLength: 25 }), (steps) => {
      const s = emptyScenario();
      const c = (n: string, into: string | null) => ({ kind: 'container' as const, name: n, runtime: 'runc' as const, image: 'nginx:1.27', memoryBytes: 256 * 1024 ** 2, memorySwapBytes: null, cpus: null, cpuShares: 1024, pidsLimit: null, in: into, share: [] });
      s.instances.push({ kind: 'vm', name: 'vm', profile: 'kvm-qemu', os: 'ubuntu-22.04', cpus: 2, memoryBytes: 2 * 1024 ** 3, diskBytes: 10 * 1024 ** 3, apps: [] }, c('web', null), c('db', 'vm'));
      const sim = createSimulation(s, CATALOGUE);
      let now = 0;
      timed(() => {
        for (const [a, dt] of steps) {
          now += dt;
          advanceTo(sim, now);
          const result = apply(sim, a as UserAction);
          expect(typeof result.ok).toBe('boolean');
        }
      });
      // Every instance the run knows is in its order, and nothing else.
      expect(Object.keys(sim.state.instances).sort()).toEqual([...sim.state.order].sort());
      for (const inst of Object.values(sim.state.instances)) {
        expect(Number.isFinite(inst.appMemoryBytes)).toBe(true);
        if (inst.cpuLimit !== null) expect(Number.isFinite(inst.cpuLimit)).toBe(true);
      }
    }), { numRuns: 100 });
  });
});
