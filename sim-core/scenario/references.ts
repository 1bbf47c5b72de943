/**
 * Checks across fields: names against the catalogue, against each other (duplicates, `in:`,
 * event targets) and limits that depend on the host. Runs on the normalised scenario, its
 * instances and events still in file order so that places match the file.
 */

import { actionTarget } from './actions';
import { unknownName, placeOf, type Path } from './describe';
import { formatBytes, formatDuration } from './units';
import type { InstanceSpec, Scenario, ScenarioAction, TimedAction } from './types';
import { containerRuleBreaches } from '../docker/container-rules';
import { FREE_PAGE_REPORTING_PROFILES, cpuLimitRefusal, cpusAvailable, nestingReason, nestingRefusal } from '../rules/index';

/** The names a catalogue defines, which a scenario may use. */
export interface CatalogueNames {
  images: string[];
  guestOses: string[];
  vmProfiles: string[];
  runtimes: string[];
  apps: string[];
  /** The host OS's own memory (the catalogue's), below which a host cannot run anything. */
  hostBaseMemoryBytes?: { linux: number; windows: number };
}

export interface Finding {
  path: Path;
  message: string;
}

export interface ReferenceFindings {
  errors: Finding[];
  warnings: Finding[];
}

interface Known {
  byName: Map<string, InstanceSpec>;
  vms: string[];
}

function checkInstance(inst: InstanceSpec, i: number, s: Scenario, names: CatalogueNames, known: Known, out: ReferenceFindings): void {
  const at = (field: string, message: string) => out.errors.push({ path: ['instances', i, field], message });
  if (inst.kind === 'vm') {
    if (!names.vmProfiles.includes(inst.profile)) at('profile', unknownName('VM profile', inst.profile, names.vmProfiles));
    if (!names.guestOses.includes(inst.os)) at('os', unknownName('guest OS', inst.os, names.guestOses));
    inst.apps.forEach((app, j) => {
      if (!names.apps.includes(app)) out.errors.push({ path: ['instances', i, 'apps', j], message: unknownName('app', app, names.apps) });
    });
    if (inst.balloon === 'free-page-reporting' && !FREE_PAGE_REPORTING_PROFILES.includes(inst.profile)) {
      out.warnings.push({ path: ['instances', i, 'balloon'], message: `free-page reporting needs a virtio-balloon device (${FREE_PAGE_REPORTING_PROFILES.join(', ')}); the ${inst.profile} profile has none, so this VM keeps the pages its guest frees` });
    }
    if (inst.cpus > s.host.cpus) {
      out.warnings.push({ path: ['instances', i, 'cpus'], message: `${inst.cpus} vCPUs on a host of ${s.host.cpus} cores: the vCPUs will share cores` });
    }
    return;
  }
  if (!names.images.includes(inst.image)) at('image', unknownName('image', inst.image, names.images));
  if (!names.runtimes.includes(inst.runtime)) at('runtime', unknownName('runtime', inst.runtime, names.runtimes));
  if (inst.gvisorPlatform !== undefined && inst.runtime !== 'gvisor') {
    at('gvisorPlatform', `a gVisor platform applies to runtime gvisor only; this container's runtime is ${inst.runtime}`);
  }
  // docker run --cpus=16 on 8 cores: "range of CPUs is from 0.01 to 8.00, as there are only 8 CPUs available";
  // in a VM, the daemon counts the VM's vCPUs.
  const vm = inst.in === null ? undefined : known.byName.get(inst.in);
  const inVm = vm?.kind === 'vm' ? vm : null;
  const available = cpusAvailable(s.host.cpus, inVm);
  const cpus = cpuLimitRefusal(inst.cpus, available);
  if (cpus?.rule === 'cpus-out-of-range') {
    at('cpus', inVm
      ? `expected from ${cpus.min} to ${cpus.max} cores, as VM ${inVm.name} has only ${cpus.max} vCPUs, got ${cpus.got}`
      : `expected from ${cpus.min} to ${cpus.max} cores, as the host has only ${cpus.max}, got ${cpus.got}`);
  }
  // -1 is unlimited swap, which docker takes with or without a memory limit.
  if (inst.memorySwapBytes !== null && inst.memorySwapBytes !== -1) {
    if (inst.memoryBytes === null) at('memorySwap', 'memorySwap needs memory too: set the memory limit as well (as docker requires)');
    else if (inst.memorySwapBytes < inst.memoryBytes) {
      at('memorySwap', `expected at least memory (${formatBytes(inst.memoryBytes)}): memorySwap is memory plus swap, got ${formatBytes(inst.memorySwapBytes)}`);
    }
  }
  // Docker's own checks on the added settings (memory, memorySwap and cpus are checked above).
  for (const breach of containerRuleBreaches(inst, available)) {
    if (!['memory', 'memorySwap', 'cpus'].includes(breach.field)) at(breach.field, `docker would refuse this: ${breach.message}`);
  }
  checkDependsOn(inst, i, known, out);
  if (inst.in !== null) {
    const host = known.byName.get(inst.in);
    const { vms } = known;
    if (host === undefined) at('in', unknownName('VM', inst.in, vms));
    else {
      const refused = nestingRefusal('container', host.kind);
      if (refused) at('in', `"${inst.in}" is a container: ${nestingReason(refused)}; VMs: ${vms.length > 0 ? vms.join(', ') : 'none in this file'}`);
    }
  }
}

/** `dependsOn:` names other containers of the file, with no cycle (Compose's words for one). */
function checkDependsOn(inst: InstanceSpec, i: number, known: Known, out: ReferenceFindings): void {
  if (inst.kind !== 'container') return;
  (inst.dependsOn ?? []).forEach((d, j) => {
    const at = (message: string) => out.errors.push({ path: ['instances', i, 'dependsOn', j], message });
    const target = known.byName.get(d.name);
    const containers = [...known.byName.values()].filter((x) => x.kind === 'container' && x.name !== inst.name).map((x) => x.name);
    if (d.name === inst.name) at(`"${d.name}" cannot depend on itself`);
    else if (!target) at(unknownName('container', d.name, containers));
    else if (target.kind !== 'container') at(`"${d.name}" is a VM: dependsOn waits for containers (a container in a VM waits for its VM by itself)`);
    else {
      const cycle = cycleFrom(inst.name, d.name, known.byName, [inst.name]);
      if (cycle) at(`dependency cycle detected: ${cycle.join(' -> ')}`);
    }
  });
}

/** The path back to `start` through dependsOn from `next`, or null. */
function cycleFrom(start: string, next: string, byName: ReadonlyMap<string, InstanceSpec>, path: string[], seen = new Set<string>()): string[] | null {
  if (next === start) return [...path, next];
  if (seen.has(next)) return null;
  seen.add(next);
  const spec = byName.get(next);
  for (const d of spec?.kind === 'container' ? spec.dependsOn ?? [] : []) {
    const found = cycleFrom(start, d.name, byName, [...path, next], seen);
    if (found) return found;
  }
  return null;
}

/** The place of an action's target inside its mapping (`load.target`, `start`). */
function targetPlace(action: ScenarioAction, key: string = action.type): Path {
  switch (action.type) {
    case 'start': case 'stop': case 'remove': return [key];
    default: return [key, 'target'];
  }
}

/**
 * An action's target must exist; a limit change must fit the host and be aimed at a
 * container, as `docker update` is. `key` is the action's key as written (a tour's `limit`).
 */
export function checkAction(action: ScenarioAction, at: Path, s: Scenario, byName: ReadonlyMap<string, InstanceSpec>, out: ReferenceFindings, key?: string): void {
  const target = actionTarget(action);
  const place = [...at, ...targetPlace(action, key)];
  const spec = byName.get(target);
  if (!spec) {
    out.errors.push({ path: place, message: unknownName('instance', target, [...byName.keys()]) });
    return;
  }
  if (action.type !== 'limits') return;
  if (spec.kind === 'vm') {
    out.errors.push({ path: place, message: `"${target}" is a VM: limits change a container's cgroup; a VM's RAM and vCPUs are set in its definition` });
  } else if (action.cpus !== undefined && action.cpus !== null && action.cpus > s.host.cpus) {
    out.errors.push({ path: [...at, key ?? 'limits', 'cpus'], message: `expected from 0.01 to ${s.host.cpus} cores, as the host has only ${s.host.cpus}, got ${action.cpus}` });
  }
}

/** Instances by name (the first of a duplicated name), as the checks look them up. */
export function instancesByName(s: Scenario): Map<string, InstanceSpec> {
  const byName = new Map<string, InstanceSpec>();
  for (const inst of s.instances) if (!byName.has(inst.name)) byName.set(inst.name, inst);
  return byName;
}

/** Every cross-field problem in the scenario (events in file order). */
export function checkReferences(s: Scenario, names: CatalogueNames): ReferenceFindings {
  const out: ReferenceFindings = { errors: [], warnings: [] };
  const base = names.hostBaseMemoryBytes?.[s.host.os];
  if (base !== undefined && s.host.memoryBytes <= base) {
    out.errors.push({ path: ['host', 'memory'], message: `expected more than the host OS's own ${formatBytes(base)} (${s.host.os}), got ${formatBytes(s.host.memoryBytes)}` });
  }
  const byName = new Map<string, InstanceSpec>();
  const firstIndex = new Map<string, number>();
  s.instances.forEach((inst, i) => {
    const earlier = firstIndex.get(inst.name);
    if (earlier !== undefined) {
      out.errors.push({ path: ['instances', i, 'name'], message: `"${inst.name}" is already the name of ${placeOf(['instances', earlier])}; names must be unique` });
    } else {
      firstIndex.set(inst.name, i);
      byName.set(inst.name, inst);
    }
  });
  const known: Known = { byName, vms: s.instances.filter((x) => x.kind === 'vm').map((x) => x.name) };
  s.instances.forEach((inst, i) => checkInstance(inst, i, s, names, known, out));
  s.events.forEach((event, i) => checkTimed(event, ['events', i], s, byName, out));
  return out;
}

/** An entry of `events:` or `actions:`: its action, and a time the run reaches. */
export function checkTimed(entry: TimedAction, at: Path, s: Scenario, byName: ReadonlyMap<string, InstanceSpec>, out: ReferenceFindings): void {
  checkAction(entry.action, at, s, byName, out);
  if (s.untilMs !== null && entry.atMs > s.untilMs) {
    out.warnings.push({ path: [...at, 'at'], message: `at ${formatDuration(entry.atMs)}, after until (${formatDuration(s.untilMs)}): it will never happen` });
  }
}
