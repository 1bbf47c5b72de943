/**
 * Edits of the scenario being built, written as immer recipes (they mutate a draft). Each
 * keeps the scenario valid: names unique, events only for instances that exist, containers
 * only inside VMs that exist.
 */
import type { InstanceSpec, Scenario, ContainerSpec, VmSpec } from '@utsuwa/sim-core';
import { removeFromScenario } from '../files/scenario-io';

/** Adds an instance and starts it at `atMs` (the time on the clock when it was dropped). */
export function addInstance(draft: Scenario, spec: InstanceSpec, atMs: number): void {
  draft.instances.push(spec);
  draft.events.push({ atMs: Math.max(0, Math.round(atMs)), action: { type: 'start', target: spec.name } });
  draft.events.sort((a, b) => a.atMs - b.atMs);
}

/**
 * Removes an instance, the containers inside it (a VM's), every event aimed at them and what
 * the scenario's tour and goals say about them (sim-core's removeFromScenario).
 */
export function removeInstance(draft: Scenario, name: string): string[] {
  return removeFromScenario(draft, name);
}

/** Moves a container into a VM, or onto the host when `vm` is null. */
export function moveContainer(draft: Scenario, name: string, vm: string | null): void {
  const c = draft.instances.find((i): i is ContainerSpec => i.kind === 'container' && i.name === name);
  if (c) c.in = vm;
}

export type VmPatch = Partial<Pick<VmSpec, 'profile' | 'os' | 'cpus' | 'memoryBytes' | 'diskBytes' | 'apps' | 'balloon'>>;
export type ContainerPatch = Partial<Pick<ContainerSpec, 'runtime' | 'gvisorPlatform' | 'image' | 'memoryBytes' | 'cpus'>>;

export function patchInstance(draft: Scenario, name: string, patch: VmPatch | ContainerPatch): void {
  const spec = draft.instances.find((i) => i.name === name);
  if (!spec) return;
  Object.assign(spec, patch);
  // An option turned off is absent from the spec (one form per spec: `balloon` only when on).
  for (const [key, value] of Object.entries(patch)) if (value === undefined) delete (spec as unknown as Record<string, unknown>)[key];
}

export function findSpec(scenario: Scenario, name: string): InstanceSpec | undefined {
  return scenario.instances.find((i) => i.name === name);
}
