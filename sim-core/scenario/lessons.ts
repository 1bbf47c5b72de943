/**
 * A scenario's lessons, validated with the rest of the file: the tour (`tour:`) and the
 * exercise's goals (`goals:`). Shapes first (zod, with the places inside the file), then the
 * names they use against the scenario's instances: a broken tour refuses the whole file,
 * `lesson.yaml: tour.steps[3].start: unknown instance "web2"; valid: web, db`.
 */
import { unknownName, type Path } from './describe';
import { zodFindings } from './fields';
import { goalTargets, goalsSchema, type Goal } from './goal-schema';
import { checkAction, type Finding, type ReferenceFindings } from './references';
import { parseTour, stepsPlace, type Tour } from './tour-schema';
import type { InstanceSpec, Scenario } from './types';
import { formatDuration } from './units';

/** The tour's and the goals' shapes (null where the file has none); shape errors in `errors`. */
export function parseLessons(file: Record<string, unknown>, errors: Finding[]): { tour: Tour | null; goals: Goal[] | null } {
  let tour: Tour | null = null;
  let goals: Goal[] | null = null;
  if (file.tour !== undefined) {
    const r = parseTour(file.tour);
    if (r.success) tour = r.data;
    else errors.push(...zodFindings(r.error, ['tour']));
  }
  if (file.goals !== undefined) {
    const r = goalsSchema.safeParse(file.goals);
    if (r.success) goals = r.data;
    else errors.push(...zodFindings(r.error, ['goals']));
  }
  return { tour, goals };
}

function checkNames(names: { name: string; path: (string | number)[] }[], at: Path, byName: ReadonlyMap<string, InstanceSpec>, out: ReferenceFindings): void {
  for (const { name, path } of names) {
    if (!byName.has(name)) out.errors.push({ path: [...at, ...path], message: unknownName('instance', name, [...byName.keys()]) });
  }
}

/**
 * Names in the tour and goals against the scenario, and a tour that goes back in time.
 * `rawTour` is the tour as written (its shape decides the places: `tour[3]` or `tour.steps[3]`).
 */
export function checkLessons(s: Scenario, rawTour: unknown, byName: ReadonlyMap<string, InstanceSpec>): ReferenceFindings {
  const out: ReferenceFindings = { errors: [], warnings: [] };
  if (s.tour) {
    const place = stepsPlace(rawTour);
    const rawSteps = (Array.isArray(rawTour) ? rawTour : (rawTour as { steps?: unknown[] }).steps) ?? [];
    let last = 0;
    s.tour.steps.forEach((step, i) => {
      const at = [...place, i];
      const raw = rawSteps[i] as Record<string, unknown> | undefined;
      if (step.action) checkAction(step.action, at, s, byName, out, raw && 'limit' in raw ? 'limit' : undefined);
      if (step.waitFor) checkNames(goalTargets(step.waitFor), [...at, 'waitFor'], byName, out);
      if (step.open?.instance !== undefined) checkNames([{ name: step.open.instance, path: ['instance'] }], [...at, 'open'], byName, out);
      if (step.seek !== undefined) {
        if (step.seek < last) {
          out.errors.push({ path: [...at, 'seek'], message: `a tour moves forward in time: expected ${formatDuration(last)} or later (the step before), got ${formatDuration(step.seek)}` });
        }
        last = Math.max(last, step.seek);
      }
    });
  }
  s.goals?.forEach((goal, i) => checkNames(goalTargets(goal), ['goals', i], byName, out));
  return out;
}
