/** Docker's NAT on a bridge adds latency to each round trip; --network host adds none (Felter et al. 2015). */
import { describe, expect, it } from 'vitest';
import { CATALOGUE, figureValue } from '../../../sim-core/catalogue/index';
import { createSimulation, getReport, runToEnd } from '../../../sim-core/index';
import { parseScenario } from '../../../sim-core/scenario/index';
import { catalogueNames } from '../../../sim-core/catalogue/index';

const FILE = `
version: 1
name: rtt
instances:
  - { name: bridged, kind: container, image: "nginx:1.27" }
  - { name: hostnet, kind: container, image: "nginx:1.27", share: [net] }
  - { name: vm, kind: vm, profile: kvm-qemu, os: ubuntu-22.04, cpus: 1, memory: 1GiB, disk: 10GiB }
until: 1s
`;

describe('network round-trip overheads in the report', () => {
  it("a bridged container pays Docker's NAT, more than KVM's 30 µs; a --network host container pays nothing", () => {
    const parsed = parseScenario(FILE, 'rtt.yaml', catalogueNames(CATALOGUE));
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    const sim = createSimulation(parsed.scenario, CATALOGUE);
    runToEnd(sim);
    const rtt = Object.fromEntries(getReport(sim).instances.map((i) => [i.name, i.overheads!.networkRttUs]));
    expect(rtt.bridged).toBe(figureValue(CATALOGUE, 'docker-nat-rtt-added'));
    expect(rtt.bridged).toBeGreaterThan(rtt.vm!);
    expect(rtt.vm).toBe(30);
    expect(rtt.hostnet).toBe(0);
  });
});
