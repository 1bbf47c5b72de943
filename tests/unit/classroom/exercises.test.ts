import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkGoal } from '../../../sim-core/classroom/index';
import { CATALOGUE } from '../../../sim-core/catalogue/index';
import { createRun, getView, runAdvance, type ContainerSpec, type Scenario } from '../../../sim-core/index';
import { scenarioFrom } from './helpers';

const DIR = new URL('../../../scenarios/', import.meta.url);
const MiB = 1024 * 1024;

function load(id: string): Scenario {
  return scenarioFrom(readFileSync(new URL(`${id}.yaml`, DIR), 'utf8'));
}

/** Every goal of the scenario, checked at the end of its run. */
function goalsAtEnd(s: Scenario): boolean[] {
  const goals = s.goals;
  const run = createRun(structuredClone(s), CATALOGUE);
  runAdvance(run, s.untilMs ?? 60_000);
  return goals!.map((g) => checkGoal(g, getView(run.sim), s));
}

/** What a learner does to each exercise, as edits of its document. */
const SOLUTIONS: Record<string, (s: Scenario) => void> = {
  'exercise-limits': (s) => {
    const web = s.instances.find((i) => i.name === 'web') as ContainerSpec;
    web.memoryBytes = 256 * MiB;
    web.cpus = 0.5;
  },
  'exercise-load-spike': (s) => {
    (s.instances.find((i) => i.name === 'web') as ContainerSpec).memoryBytes = 512 * MiB;
  },
  'exercise-ten-nginx': (s) => {
    s.instances = s.instances.filter((i) => i.kind !== 'vm');
    s.events = s.events.filter((e) => !('target' in e.action) || e.action.target !== 'web-vm');
    const template = s.instances[0] as ContainerSpec;
    for (let n = 3; n <= 10; n++) {
      s.instances.push({ ...template, name: `web-${n}` });
      s.events.push({ atMs: 0, action: { type: 'start', target: `web-${n}` } });
    }
  },
  'exercise-contain-exploit': (s) => {
    (s.instances.find((i) => i.name === 'tenant-a-web') as ContainerSpec).in = 'tenant-a-vm';
  },
  'exercise-memory-budget': (s) => {
    for (const i of s.instances) if (i.kind === 'vm') i.memoryBytes = 1024 * MiB;
  },
};

const exercises = readdirSync(DIR).filter((f) => f.startsWith('exercise-')).map((f) => f.replace(/\.yaml$/, ''));

describe('the exercises that ship', () => {
  it('are at least five, each with valid goals, each goal with text in both languages', () => {
    expect(exercises.length).toBeGreaterThanOrEqual(5);
    for (const id of exercises) {
      const goals = load(id).goals; // load() throws on any error in the file, goals included
      expect(goals!.length, id).toBeGreaterThan(0);
      for (const g of goals!) expect(g.text.ja, id).not.toBe(g.text.en);
    }
  });

  for (const id of exercises) {
    it(`${id}: left alone, some goal stays open; solved, every goal is met`, () => {
      const s = load(id);
      expect(goalsAtEnd(s).every(Boolean)).toBe(false);
      const solve = SOLUTIONS[id];
      expect(solve, `a solution for ${id}`).toBeDefined();
      const solved = structuredClone(s);
      solve!(solved);
      expect(goalsAtEnd(solved)).toEqual(goalsAtEnd(solved).map(() => true));
    });
  }
});
