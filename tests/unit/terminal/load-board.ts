/** A board under CPU load for the terminal's system tools (uptime, top): from 1:00 web, busy and vm1 ask for 4.5 cores of 4. */
import { advanceTo, createSimulation, type Simulation } from '../../../sim-core/index';
import { CATALOGUE, catalogueNames } from '../../../sim-core/catalogue/index';
import { parseScenario } from '../../../sim-core/scenario/index';

const BOARD = `version: 1
name: load
host: { cpus: 4, memory: 8GiB }
instances:
  - { name: web, kind: container, image: "nginx:1.27", cpus: 1 }
  - { name: busy, kind: container, image: "nginx:1.27" }
  - { name: sandbox, kind: container, runtime: gvisor, image: "nginx:1.27" }
  - { name: alp, kind: container, image: "alpine:3.20", command: [sleep, "999999"] }
  - { name: vm1, kind: vm, profile: kvm-qemu, os: ubuntu-22.04, cpus: 2, memory: 1GiB, disk: 10GiB, apps: [nginx] }
events:
  - { at: 0s, start: web }
  - { at: 0s, start: busy }
  - { at: 0s, start: alp }
  - { at: 0s, start: vm1 }
  - { at: 120s, start: sandbox }
  - { at: 60s, load: { target: web, cpu: 3 } }
  - { at: 60s, load: { target: busy, cpu: 2 } }
  - { at: 60s, load: { target: vm1, cpu: 1.5 } }
`;

/** The board played to `atMs`. */
export function loadBoard(atMs: number): Simulation {
  const parsed = parseScenario(BOARD, 'load.yaml', catalogueNames(CATALOGUE));
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const sim = createSimulation(parsed.scenario, CATALOGUE);
  advanceTo(sim, atMs);
  return sim;
}
