import { CATALOGUE, catalogueNames } from '../../../sim-core/catalogue/index';
import { parseScenario } from '../../../sim-core/scenario/index';
import type { Goal, Tour } from '../../../sim-core/classroom/index';
import type { Scenario } from '../../../sim-core/index';

export function scenarioFrom(yaml: string): Scenario {
  const r = parseScenario(yaml, 'test.yaml', catalogueNames(CATALOGUE));
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.scenario;
}

export const TWO_WEBS = `
version: 1
name: two
host: { cpus: 4, memory: 8GiB }
instances:
  - { name: web, kind: container, image: "nginx:1.27", memory: 256m }
  - { name: other, kind: container, image: "nginx:1.27" }
events:
  - { at: 0s, start: web }
until: 120s
`;

/**
 * A scenario file with a tour and goals added (written as JSON, which YAML reads), parsed
 * as a whole: the lessons come back validated, or the file's errors without its name.
 */
export function withLessons(lessons: { tour?: unknown; goals?: unknown }, base = TWO_WEBS): { tour: Tour | null; goals: Goal[] | null; errors: string[] } {
  let text = base;
  if (lessons.tour !== undefined) text += `tour: ${JSON.stringify(lessons.tour)}\n`;
  if (lessons.goals !== undefined) text += `goals: ${JSON.stringify(lessons.goals)}\n`;
  const r = parseScenario(text, 'test.yaml', catalogueNames(CATALOGUE));
  if (!r.ok) return { tour: null, goals: null, errors: r.errors.map((e) => e.replace(/^test\.yaml: /, '')) };
  return { tour: r.scenario.tour, goals: r.scenario.goals, errors: [] };
}
