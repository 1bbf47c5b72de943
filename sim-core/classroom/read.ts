/**
 * Reads a scenario's classroom extensions (`tour:`, `goals:`) with clear errors, in the
 * style of scenario errors: `tour[2].seek: expected a duration such as 30s, got "soon"`.
 */
import type { Scenario } from '../scenario/types';
import { goalsSchema, type Goal } from './goals';
import { parseTourValue, stepTargets, type Tour } from './tour';
import { issueLines } from './fields';

export interface Classroom {
  tour: Tour | null;
  goals: Goal[] | null;
  errors: string[];
}

function unknownNames(where: string, names: string[], scenario: Scenario): string[] {
  const known = new Set(scenario.instances.map((i) => i.name));
  const valid = [...known].slice(0, 12).join(', ') || 'none';
  return names.filter((n) => !known.has(n)).map((n) => `${where}: unknown instance "${n}"; valid: ${valid}`);
}

export function readTour(value: unknown, scenario: Scenario): { tour: Tour | null; errors: string[] } {
  if (value === undefined) return { tour: null, errors: [] };
  const parsed = parseTourValue(value);
  if (!parsed.success) return { tour: null, errors: issueLines('tour', parsed.error) };
  const tour = parsed.data;
  const errors: string[] = [];
  let last = 0;
  tour.steps.forEach((step, i) => {
    errors.push(...unknownNames(`tour[${i}]`, stepTargets(step), scenario));
    if (step.seek !== undefined) {
      if (step.seek < last) errors.push(`tour[${i}].seek: a tour moves forward in time: expected ${last} ms or later (the step before), got ${step.seek} ms`);
      last = Math.max(last, step.seek);
    }
  });
  return errors.length ? { tour: null, errors } : { tour, errors };
}

export function readGoals(value: unknown, scenario: Scenario): { goals: Goal[] | null; errors: string[] } {
  if (value === undefined) return { goals: null, errors: [] };
  const parsed = goalsSchema.safeParse(value);
  if (!parsed.success) return { goals: null, errors: issueLines('goals', parsed.error) };
  const errors: string[] = [];
  parsed.data.forEach((goal, i) => {
    const names = 'instance' in goal && typeof goal.instance === 'string' ? [goal.instance] : goal.kind === 'not-compromised' ? goal.instances ?? [] : [];
    errors.push(...unknownNames(`goals[${i}]`, names, scenario));
  });
  return errors.length ? { goals: null, errors } : { goals: parsed.data, errors };
}

/** The scenario's tour and goals, each null when absent or invalid (its errors listed). */
export function readClassroom(scenario: Scenario): Classroom {
  const t = readTour(scenario.extensions.tour, scenario);
  const g = readGoals(scenario.extensions.goals, scenario);
  return { tour: t.tour, goals: g.goals, errors: [...t.errors, ...g.errors] };
}
