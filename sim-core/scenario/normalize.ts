/** Validated fields to the normalised Scenario: every default filled in, every unit converted. */

import { CONTAINER_DEFAULTS, DEFAULT_SEED, INSTANCE_FIELDS_KEY, VM_DEFAULTS, defaultVmProfile } from './defaults';
import type { ContainerFields, EventFields, TopLevelFields, VmFields } from './schema';
import { containerOptions } from './container-fields';
import { HOST_DEFAULTS, type ContainerSpec, type HostSpec, type InstanceSpec, type RuntimeId, type Scenario, type ScenarioAction, type VmSpec } from './types';

type Extra = Record<string, unknown>;

export interface ParsedParts {
  top: TopLevelFields;
  instances: ({ fields: VmFields; extra: Extra } | { fields: ContainerFields; extra: Extra })[];
  events: EventFields[];
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

function action(e: EventFields): ScenarioAction {
  if (e.start !== undefined) return { type: 'start', target: e.start };
  if (e.stop !== undefined) return { type: 'stop', target: e.stop };
  if (e.remove !== undefined) return { type: 'remove', target: e.remove };
  if (e.load !== undefined) {
    const { target, memory, cpu } = e.load;
    return { type: 'load', load: { target, ...(memory !== undefined ? { memoryBytes: memory } : {}), ...(cpu !== undefined ? { cpu } : {}) } };
  }
  if (e.write !== undefined) return { type: 'write', target: e.write.target, path: e.write.path, sizeBytes: e.write.size };
  if (e.exploit !== undefined) return { type: 'exploit', target: e.exploit.target, exploitKind: e.exploit.kind };
  // The schema guarantees exactly one action.
  throw new Error('event without an action');
}

/** The Scenario, events still in file order. */
export function buildScenario(parts: ParsedParts): Scenario {
  const hostSpec = host(parts.top);
  const instances: InstanceSpec[] = [];
  const instanceFields: Record<string, Extra> = {};
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
    events: parts.events.map((e) => ({ atMs: e.at, action: action(e) })),
    untilMs: parts.top.until ?? null,
    extensions,
  };
}
