/**
 * A Scenario back to a file: sizes and durations in readable units (`512MiB`, `90s`), every
 * value exact so that the file parses back to an equal Scenario, extensions written back.
 */

import { Document, isMap, isSeq } from 'yaml';
import { INSTANCE_FIELDS_KEY } from './defaults';
import { TOP_LEVEL_FIELDS } from './schema';
import type { ContainerSpec, InstanceSpec, Scenario, ScenarioAction, TimedAction, VmSpec } from './types';
import { sizeText } from './size-text';
import { containerOptionsObject } from './container-fields';

type Mapping = Record<string, unknown>;

export { sizeText } from './size-text';

/** `0s`, `250ms`, `1.5s`, `90s`, `2m`, `1h`. */
export function durationText(ms: number): string {
  if (ms === 0) return '0s';
  if (ms % 3_600_000 === 0) return `${ms / 3_600_000}h`;
  if (ms % 60_000 === 0) return `${ms / 60_000}m`;
  if (ms % 1000 === 0) return `${ms / 1000}s`;
  if (ms > 1000 && ms % 100 === 0) return `${ms / 1000}s`;
  return `${ms}ms`;
}

/** `1Gbps`, `100Mbps`, `2.5Gbps`; bits per second otherwise. */
export function bandwidthText(bits: number): string {
  for (const [unit, factor] of [['Tbps', 1e12], ['Gbps', 1e9], ['Mbps', 1e6], ['kbps', 1e3]] as const) {
    if (bits >= factor && bits % (factor / 10) === 0) return `${bits / factor}${unit}`;
  }
  return `${bits}bps`;
}

function vmObject(vm: VmSpec): Mapping {
  const out: Mapping = {
    name: vm.name, kind: 'vm', profile: vm.profile, os: vm.os, cpus: vm.cpus,
    memory: sizeText(vm.memoryBytes), disk: sizeText(vm.diskBytes),
  };
  if (vm.apps.length > 0) out.apps = [...vm.apps];
  if (vm.ip !== undefined) out.ip = vm.ip;
  return out;
}

function containerObject(c: ContainerSpec): Mapping {
  const out: Mapping = { name: c.name, kind: 'container', runtime: c.runtime, image: c.image };
  if (c.memoryBytes !== null) out.memory = sizeText(c.memoryBytes);
  if (c.memorySwapBytes !== null) out.memorySwap = c.memorySwapBytes === -1 ? -1 : sizeText(c.memorySwapBytes);
  if (c.cpus !== null) out.cpus = c.cpus;
  if (c.cpuShares !== 1024) out.cpuShares = c.cpuShares;
  if (c.pidsLimit !== null) out.pidsLimit = c.pidsLimit;
  if (c.in !== null) out.in = c.in;
  if (c.share.length > 0) out.share = [...c.share];
  Object.assign(out, containerOptionsObject(c));
  return out;
}

function instanceObject(inst: InstanceSpec, kept: Mapping | undefined): Mapping {
  const out = inst.kind === 'vm' ? vmObject(inst) : containerObject(inst);
  for (const [key, value] of Object.entries(kept ?? {})) if (!(key in out)) out[key] = value;
  return out;
}

function actionObject(action: ScenarioAction): Mapping {
  switch (action.type) {
    case 'start': case 'stop': case 'remove':
      return { [action.type]: action.target };
    case 'load': {
      const load: Mapping = { target: action.load.target };
      if (action.load.memoryBytes !== undefined) load.memory = sizeText(action.load.memoryBytes);
      if (action.load.cpu !== undefined) load.cpu = action.load.cpu;
      return { load };
    }
    case 'write':
      return { write: { target: action.target, path: action.path, size: sizeText(action.sizeBytes) } };
    case 'exploit':
      return { exploit: { target: action.target, kind: action.exploitKind } };
  }
}

function eventObject(event: TimedAction): Mapping {
  return { at: durationText(event.atMs), ...actionObject(event.action) };
}

/** The scenario as plain data in the file format (what JSON files hold). */
export function scenarioToObject(s: Scenario): Mapping {
  const kept = (s.extensions[INSTANCE_FIELDS_KEY] ?? {}) as Record<string, Mapping>;
  const out: Mapping = { version: s.version, name: s.name };
  if (s.description !== '') out.description = s.description;
  out.seed = s.seed;
  out.host = {
    cpus: s.host.cpus,
    memory: sizeText(s.host.memoryBytes),
    disk: sizeText(s.host.diskBytes),
    os: s.host.os,
    network: bandwidthText(s.host.networkBitsPerSecond),
    imageCache: s.host.imageCache,
  };
  out.instances = s.instances.map((inst) => instanceObject(inst, kept[inst.name]));
  out.events = s.events.map(eventObject);
  if (s.untilMs !== null) out.until = durationText(s.untilMs);
  for (const [key, value] of Object.entries(s.extensions)) {
    if (key === INSTANCE_FIELDS_KEY || (TOP_LEVEL_FIELDS as readonly string[]).includes(key)) continue;
    out[key] = value;
  }
  return out;
}

/** The scenario as a YAML file, events one per line as the presets write them. */
export function scenarioToYaml(s: Scenario): string {
  const doc = new Document(scenarioToObject(s));
  const events = doc.get('events');
  if (isSeq(events)) for (const item of events.items) if (isMap(item)) item.flow = true;
  const instances = doc.get('instances');
  if (isSeq(instances)) {
    for (const item of instances.items) {
      if (!isMap(item)) continue;
      for (const key of ['apps', 'share', 'capAdd', 'capDrop', 'networks', 'entrypoint', 'command']) {
        const list = item.get(key, true);
        if (isSeq(list)) list.flow = true;
      }
    }
  }
  return doc.toString({ lineWidth: 0 });
}

/** The scenario as a JSON file. */
export function scenarioToJson(s: Scenario): string {
  return `${JSON.stringify(scenarioToObject(s), null, 2)}\n`;
}
