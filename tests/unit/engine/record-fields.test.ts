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
  NULLABLE_NUMBER_FIELDS, NUMBER_FIELDS, RECORD_FIELDS, copyRecord, createRecordCopies, diffRecord, diffScratch, recordOfCopy, restoreRecord,
} from '../../../sim-core/engine/record-fields';
import { nestedValuesOf, phasesValues, planValues, recordValues } from '../../../sim-core/engine/record-counts';
import { CATALOGUE } from '../../../sim-core/catalogue/index';
import { freshRecord, resetToFresh } from '../../../sim-core/engine/records';
import { loadPreset, presetIds } from '../golden/presets';
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

  it('are the number fields, copied apart, exactly those a record holds a number in', () => {
    const sim = createSimulation(board(), FIXTURE);
    for (const record of Object.values(sim.state.instances)) {
      for (const key of NUMBER_FIELDS) expect(typeof record[key], key).toBe('number');
    }
  });

  it('compared with a copy, report exactly the field that changed, minus zero against zero included', () => {
    const record = createSimulation(board(), FIXTURE).state.instances.a!;
    // The third copy of an interval, in copies made with room for one (so they grow).
    const copies = createRecordCopies(1);
    copyRecord(record, copies, 2);
    const out = diffScratch();
    const changed = (n: number) => [...out.subarray(0, n)];
    const isNumber = (key: string) => (NUMBER_FIELDS as readonly string[]).includes(key);
    for (const key of RECORD_FIELDS) {
      const replaced = { ...record, [key]: isNumber(key) ? (record[key] as number) + 0.5 : { replaced: key } } as InstanceRecord;
      expect(changed(diffRecord(copies, 2, replaced, out)), key).toEqual([RECORD_FIELDS.indexOf(key)]);
    }
    expect(diffRecord(copies, 2, record, out)).toBe(0);
    copyRecord({ ...record, memoryBytes: 0 }, copies, 0);
    expect(changed(diffRecord(copies, 0, { ...record, memoryBytes: -0 }, out))).toEqual([RECORD_FIELDS.indexOf('memoryBytes')]);
    for (const key of NULLABLE_NUMBER_FIELDS) {
      copyRecord({ ...record, [key]: 0 }, copies, 0);
      expect(changed(diffRecord(copies, 0, { ...record, [key]: -0 }, out)), key).toEqual([RECORD_FIELDS.indexOf(key)]);
      expect(diffRecord(copies, 0, { ...record, [key]: 0 }, out), key).toBe(0);
    }
    const both = { ...record, state: 'exited', plan: { replaced: 'plan' }, cpuDemand: 3 } as unknown as InstanceRecord;
    expect(changed(diffRecord(copies, 2, both, out))).toEqual(['state', 'plan', 'cpuDemand'].map((key) => RECORD_FIELDS.indexOf(key as never)));
  });

  it('put back fresh in place, are every one as a fresh record of the same spec has them', () => {
    for (const id of presetIds()) {
      const sim = createSimulation(loadPreset(id), CATALOGUE);
      for (let n = 0; n < 300 && step(sim); n++);
      for (const record of Object.values(sim.state.instances)) {
        const spec = record.spec;
        // Every field set to something no fresh record holds: a field left out keeps it.
        for (const key of RECORD_FIELDS) if (key !== 'index') (record as unknown as Record<string, unknown>)[key] = { stale: key };
        resetToFresh(sim, record, spec);
        expect(record, `${id}: ${spec.name}`).toEqual(freshRecord(sim, spec, record.index));
      }
    }
  });

  it('copied and put back, give the record as it was, every field', () => {
    const record = createSimulation(board(), FIXTURE).state.instances.b!;
    const as = { ...record, memoryBytes: 1.5 * 2 ** 40, cpuDemand: 0.37, overheadBytes: -0 };
    Object.assign(record, as);
    const copies = createRecordCopies(1);
    copyRecord(record, copies, 1);
    expect(recordOfCopy(copies, 1)).toEqual(as);
    for (const key of RECORD_FIELDS) (record as unknown as Record<string, unknown>)[key] = { replaced: key };
    restoreRecord(record, copies, 1);
    expect(record).toEqual(as);
    expect(Object.is(record.overheadBytes, -0)).toBe(true);
  });

  it('count what a walk of every field counts, all along a run', () => {
    const sim = createSimulation(board(), FIXTURE);
    let checked = 0;
    for (let n = 0; n < 400 && step(sim); n++) {
      if (n % 3 !== 0) continue;
      for (const record of Object.values(sim.state.instances)) {
        expect(recordValues(record), `${record.spec.name} after ${n} events`).toBe(walked(record));
        // The least the memory bound assumes of a record (engine/snapshot-chain.ts LEAST_RECORD_VALUES).
        expect(recordValues(record)).toBeGreaterThanOrEqual(RECORD_FIELDS.length - 1);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('count a field\'s new value as a walk does, when it grows from the value before, shrinks or is replaced', () => {
    const span = (n: number) => ({ name: `p${n}`, startMs: n, endMs: n + 1 });
    const walk = (value: unknown) => {
      const count = { n: 0 };
      countPlain(value, count);
      return count.n;
    };
    let phases: unknown[] = [];
    const values: unknown[] = [];
    for (let n = 0; n < 12; n++) {
      phases = [...phases, span(n)];
      values.push(phases);
      if (n === 5) values.push(phases.slice(0, 3));
      if (n === 8) values.push([span(99), ...phases.slice(1)]);
      if (n === 10) values.push(null, phases);
    }
    for (const value of values) expect(nestedValuesOf(0, value)).toBe(walk(value));
  });

  it('count a plan by its type\'s keys as a walk counts it, every plan of every preset', () => {
    const plans = eachValueAlongPresets('plan', (plan, where) => expect(planValues(plan), where).toBe(walkCount(plan)));
    expect(plans.filter((plan) => plan.length > 0).length).toBeGreaterThan(100);
  });

  it('count a record\'s phases by a span\'s keys as a walk counts them, every preset along its run', () => {
    const phases = eachValueAlongPresets('phases', (spans, where) => expect(phasesValues(spans), where).toBe(walkCount(spans)));
    expect(phases.filter((spans) => spans.length > 0).length).toBeGreaterThan(100);
  });
});

/** Values as a walk of plain data counts them. */
function walkCount(value: unknown): number {
  const count = { n: 0 };
  countPlain(value, count);
  return count.n;
}

/** Each distinct value a record field takes in every preset's first 3,000 events, checked by `check`; returns them. */
function eachValueAlongPresets<K extends 'plan' | 'phases'>(key: K, check: (value: InstanceRecord[K], where: string) => void): Array<InstanceRecord[K]> {
  const seen = new Set<InstanceRecord[K]>();
  for (const id of presetIds()) {
    const sim = createSimulation(loadPreset(id), CATALOGUE);
    for (let n = 0; n < 3000 && step(sim); n++) {
      for (const record of Object.values(sim.state.instances)) {
        if (seen.has(record[key])) continue;
        seen.add(record[key]);
        check(record[key], `${id}: ${record.spec.name}`);
      }
    }
  }
  return [...seen];
}
