/** Validated fields to the normalised Scenario: every default filled in, every unit converted. */

import type { z } from 'zod';
import { actionOf, type timedActionSchema } from './action-schema';
import { CONTAINER_DEFAULTS, DEFAULT_SEED, INSTANCE_FIELDS_KEY, VM_DEFAULTS, defaultVmProfile } from './defaults';
import type { Goal } from './goal-schema';
import type { ContainerFields, TopLevelFields, VmFields } from './schema';
import { containerOptions } from './container-fields';
import type { Tour } from './tour-schema';
import { HOST_DEFAULTS, type ContainerSpec, type HostSpec, type InstanceSpec, type RuntimeId, type Scenario, type ScenarioAction, type TimedAction, type VmSpec } from './types';

type Extra = Record<string, unknown>;
export type TimedActionFields = z.output<ReturnType<typeof timedActionSchema>>;

export interface ParsedParts {
  top: TopLevelFields;
  instances: ({ fields: VmFields; extra: Extra } | { fields: ContainerFields; extra: Extra })[];
  events: TimedActionFields[];
  tour: Tour | null;
  goals: Goal[] | null;
  extensions: Extra;
}

function host(top: TopLevelFields): HostSpec {
  const h = top.host ?? {};
  return {
    cpus: h.cpus ?? HOST_DEFAULTS.cpus,
    memoryBytes: h.memory ?? HOST_DEFAULTS.memoryBytes,
    diskBytes: h.disk ?? HOST_DEFAULTS.diskBytes,
    os: h.os ?? HOST_DEFAULTS.os,
    networkBitsPerSecond: h.network ?? HOST_DEFAULTS.networkBitsPerSecond,
    imageCache: h.imageCache ?? HOST_DEFAULTS.imageCache,
    swapBytes: h.swap ?? HOST_DEFAULTS.swapBytes,
  };
}

function vm(f: VmFields, hostSpec: HostSpec): VmSpec {
  return {
    kind: 'vm',
    name: f.name,
    profile: f.profile ?? defaultVmProfile(hostSpec.os),
    os: f.os ?? VM_DEFAULTS.os,
    cpus: f.cpus ?? VM_DEFAULTS.cpus,
    memoryBytes: f.memory ?? VM_DEFAULTS.memoryBytes,
    diskBytes: f.disk ?? VM_DEFAULTS.diskBytes,
    apps: f.apps ?? [],
    ...(f.ip !== undefined ? { ip: f.ip } : {}),
    ...(f.balloon === 'free-page-reporting' ? { balloon: f.balloon } : {}),
  };
}

function container(f: ContainerFields): ContainerSpec {
  const share = f.share ?? [];
  return {
    kind: 'container',
    name: f.name,
    // Checked against the catalogue's runtimes in ./references.ts.
    runtime: (f.runtime ?? CONTAINER_DEFAULTS.runtime) as RuntimeId,
    image: f.image,
    memoryBytes: f.memory ?? null,
    memorySwapBytes: f.memorySwap ?? null,
    cpus: f.cpus ?? null,
    cpuShares: f.cpuShares ?? CONTAINER_DEFAULTS.cpuShares,
    pidsLimit: f.pidsLimit ?? null,
    in: f.in ?? null,
    share: share.filter((ns, i) => share.indexOf(ns) === i),
    ...containerOptions(f),
  };
}

/** An entry of `events:` or `actions:`, its time and its one action. */
export function timedAction(e: TimedActionFields): TimedAction {
  const action: ScenarioAction | null = actionOf(e);
  // The schema guarantees exactly one action.
  if (action === null) throw new Error('a timed entry without an action');
  return { atMs: e.at, action };
}

/** The Scenario, events still in file order. */
export function buildScenario(parts: ParsedParts): Scenario {
  const hostSpec = host(parts.top);
  const instances: InstanceSpec[] = [];
  // Keyed by instance name: no prototype, so an instance called __proto__ or constructor is a key like any other.
  const instanceFields = Object.create(null) as Record<string, Extra>;
  for (const { fields, extra } of parts.instances) {
    instances.push(fields.kind === 'vm' ? vm(fields as VmFields, hostSpec) : container(fields as ContainerFields));
    if (Object.keys(extra).length > 0) instanceFields[fields.name] = extra;
  }
  const extensions: Extra = { ...parts.extensions };
  if (Object.keys(instanceFields).length > 0) extensions[INSTANCE_FIELDS_KEY] = instanceFields;
  return {
    version: 1,
    name: parts.top.name,
    description: parts.top.description ?? '',
    seed: parts.top.seed ?? DEFAULT_SEED,
    host: hostSpec,
    instances,
    events: parts.events.map(timedAction),
    untilMs: parts.top.until ?? null,
    tour: parts.tour,
    goals: parts.goals,
    extensions,
  };
}
