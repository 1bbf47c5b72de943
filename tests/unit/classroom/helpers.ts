import { CATALOGUE, catalogueNames } from '../../../sim-core/catalogue/index';
import { parseScenario } from '../../../sim-core/scenario/index';
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
