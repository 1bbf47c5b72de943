/**
 * A Scenario back to a file: sizes and durations in readable units (`512MiB`, `90s`), every
 * value exact so that the file parses back to an equal Scenario, extensions written back.
 */

import { Document, isMap, isSeq } from 'yaml';
import type { RecordedAction } from '../engine/actions';
import { toScenarioAction } from './actions';
import { INSTANCE_FIELDS_KEY } from './defaults';
import { TOP_LEVEL_FIELDS } from './schema';
import { actionObject, goalObject, tourObject } from './serialize-lessons';
import type { ContainerSpec, InstanceSpec, Scenario, TimedAction, VmSpec } from './types';
import { bandwidthText, durationText, sizeText } from './units-text';
import { containerOptionsObject } from './container-fields';

export { bandwidthText, durationText, sizeText } from './units-text';

type Mapping = Record<string, unknown>;

function vmObject(vm: VmSpec): Mapping {
  const out: Mapping = {
    name: vm.name, kind: 'vm', profile: vm.profile, os: vm.os, cpus: vm.cpus,
    memory: sizeText(vm.memoryBytes), disk: sizeText(vm.diskBytes),
  };
  if (vm.apps.length > 0) out.apps = [...vm.apps];
  if (vm.ip !== undefined) out.ip = vm.ip;
  if (vm.balloon !== undefined) out.balloon = vm.balloon;
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

function eventObject(event: TimedAction): Mapping {
  return { at: durationText(event.atMs), ...actionObject(event.action) };
}

function recordedObject(r: RecordedAction): Mapping {
  const action = toScenarioAction(r.action);
  // The page records additions as instances with a start event, never as actions.
  if (action === null) throw new Error(`${r.action.type} cannot be written as an action`);
  return { at: durationText(r.atMs), ...actionObject(action) };
}

/**
 * The scenario as plain data in the file format (what JSON files hold); `actions`, the
 * user's recorded actions, are written as the top-level `actions:` list.
 */
export function scenarioToObject(s: Scenario, actions: readonly RecordedAction[] = []): Mapping {
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
    // Written only when there is some, so a file without swap saves as before.
    ...(s.host.swapBytes > 0 ? { swap: sizeText(s.host.swapBytes) } : {}),
  };
  out.instances = s.instances.map((inst) => instanceObject(inst, Object.hasOwn(kept, inst.name) ? kept[inst.name] : undefined));
  out.events = s.events.map(eventObject);
  if (actions.length > 0) out.actions = actions.map(recordedObject);
  if (s.untilMs !== null) out.until = durationText(s.untilMs);
  if (s.tour) out.tour = tourObject(s.tour);
  if (s.goals) out.goals = s.goals.map(goalObject);
  for (const [key, value] of Object.entries(s.extensions)) {
    if (key === INSTANCE_FIELDS_KEY || (TOP_LEVEL_FIELDS as readonly string[]).includes(key)) continue;
    out[key] = value;
  }
  return out;
}

/** The scenario as a YAML file, events and actions one per line as the presets write them. */
export function scenarioToYaml(s: Scenario, actions: readonly RecordedAction[] = []): string {
  const doc = new Document(scenarioToObject(s, actions));
  for (const list of ['events', 'actions']) {
    const entries = doc.get(list);
    if (isSeq(entries)) for (const item of entries.items) if (isMap(item)) item.flow = true;
  }
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

/**
 * The lines scenarioToYaml writes under `actions:` for these actions, one per action, as they
 * appear there (for a writer that keeps the lines of actions it has written before).
 */
export function actionLines(actions: readonly RecordedAction[]): string[] {
  if (actions.length === 0) return [];
  const doc = new Document({ actions: actions.map(recordedObject) });
  const entries = doc.get('actions');
  if (isSeq(entries)) for (const item of entries.items) if (isMap(item)) item.flow = true;
  return doc.toString({ lineWidth: 0 }).split('\n').slice(1, -1);
}

/** The scenario as a JSON file. */
export function scenarioToJson(s: Scenario, actions: readonly RecordedAction[] = []): string {
  return `${JSON.stringify(scenarioToObject(s, actions), null, 2)}\n`;
}
