import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createSimulation, runToEnd, getReport, step } from '../../../sim-core/index';
import { FIXTURE } from './fixture';
import { arbScenario } from './arbitrary';

describe('properties over random valid scenarios', () => {
  it('host memory in use never exceeds the host\'s', () => {
    fc.assert(fc.property(arbScenario, (s) => {
      const sim = createSimulation(s, FIXTURE);
      while (step(sim)) {
        expect(sim.state.host.memoryUsedBytes).toBeLessThanOrEqual(s.host.memoryBytes);
      }
    }), { numRuns: 150 });
  });

  it('every started instance ends in a defined state, never stuck booting', () => {
    fc.assert(fc.property(arbScenario, (s) => {
      const sim = createSimulation(s, FIXTURE);
      runToEnd(sim);
      for (const i of getReport(sim).instances) {
        expect(['created', 'running', 'exited', 'failed']).toContain(i.state);
        if (i.state === 'running') expect(i.readyMs).not.toBeNull();
        if (i.state === 'exited') expect(i.exitCode).toBeTypeOf('number');
      }
    }), { numRuns: 150 });
  });

  it('a replay gives the same report', () => {
    fc.assert(fc.property(arbScenario, (s) => {
      const a = createSimulation(s, FIXTURE);
      runToEnd(a);
      const b = createSimulation(structuredClone(s), FIXTURE);
      runToEnd(b);
      expect(getReport(b)).toEqual(getReport(a));
    }), { numRuns: 100 });
  });
});
