/**
 * The record walks a rewindable run makes by name (engine/record-fields.ts) see every field a
 * record has: comparing a record with its copy finds any field that changed, and counting
 * what a record holds gives what a walk of all its fields gives.
 */
import { describe, expect, it } from 'vitest';
import { createSimulation, step } from '../../../sim-core/index';
import type { InstanceRecord } from '../../../sim-core/engine/state';
import { countPlain } from '../../../sim-core/engine/plain-copy';
import {
  NESTED_FIELDS, RECORD_FIELDS, copyRecord, copyValues, diffRecord, diffScratch, nestedField, recordOfCopy, recordValues, restoreRecord,
} from '../../../sim-core/engine/record-fields';
import { FIXTURE, MiB, container, scenario, startAll, vm } from './fixture';

const board = () => scenario(
  [vm('v1'), container('a', { memoryBytes: 64 * MiB }), container('b', { image: 'cache:1', cpus: 0.5 }), container('inner', { in: 'v1' })],
  [...startAll(['v1', 'a', 'b', 'inner']), { atMs: 20_000, action: { type: 'stop', target: 'a' } }],
  { host: { cpus: 2, imageCache: 'cold' } as never, seed: 3 },
);

/** What a record holds, walking every field but its spec. */
function walked(record: InstanceRecord): number {
  const count = { n: 0 };
  for (const [key, value] of Object.entries(record)) if (key !== 'spec') countPlain(value, count);
  return count.n;
}

describe('a record\'s fields by name', () => {
  it('are all of a record\'s fields, each once', () => {
    const sim = createSimulation(board(), FIXTURE);
    for (const record of Object.values(sim.state.instances)) expect([...RECORD_FIELDS].sort()).toEqual(Object.keys(record).sort());
  });

  it('compared with a copy, report exactly the field that changed, minus zero against zero included', () => {
    const record = createSimulation(board(), FIXTURE).state.instances.a!;
    const copy = copyRecord(record);
    const out = diffScratch();
    const changed = (n: number) => [...out.subarray(0, n)];
    for (const key of RECORD_FIELDS) {
      const replaced = { ...record, [key]: { replaced: key } } as InstanceRecord;
      expect(changed(diffRecord(copy, replaced, out))).toEqual([RECORD_FIELDS.indexOf(key)]);
    }
    expect(diffRecord(copy, record, out)).toBe(0);
    expect(changed(diffRecord(copyRecord({ ...record, memoryBytes: 0 }), { ...record, memoryBytes: -0 }, out))).toEqual([RECORD_FIELDS.indexOf('memoryBytes')]);
    const both = { ...record, state: 'exited', plan: { replaced: 'plan' } } as unknown as InstanceRecord;
    expect(changed(diffRecord(copy, both, out))).toEqual([RECORD_FIELDS.indexOf('state'), RECORD_FIELDS.indexOf('plan')]);
  });

  it('read a nested field by its slot as by its name', () => {
    const record = createSimulation(board(), FIXTURE).state.instances.a!;
    NESTED_FIELDS.forEach((key, slot) => expect(nestedField(record, slot)).toBe(record[key]));
  });

  it('copied and put back, give the record as it was, every field', () => {
    const record = createSimulation(board(), FIXTURE).state.instances.b!;
    const as = { ...record };
    const copy = copyRecord(record);
    expect(recordOfCopy(copy)).toEqual(as);
    for (const key of RECORD_FIELDS) (record as unknown as Record<string, unknown>)[key] = { replaced: key };
    restoreRecord(record, copy);
    expect(record).toEqual(as);
    expect(copyValues(copy)).toBe(recordValues(record));
  });

  it('count what a walk of every field counts, all along a run', () => {
    const sim = createSimulation(board(), FIXTURE);
    let checked = 0;
    for (let n = 0; n < 400 && step(sim); n++) {
      if (n % 3 !== 0) continue;
      for (const record of Object.values(sim.state.instances)) {
        expect(recordValues(record), `${record.spec.name} after ${n} events`).toBe(walked(record));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });
});
