/**
 * `replicas: N` on an instance (the spec's "Added in version 1"): N instances alike, named
 * NAME-1 ... NAME-N as Compose names a service's containers. An event or action naming NAME
 * applies to every replica, in replica order, at its time; one may also name one replica.
 * The scenario the engine, the page and the report see has each replica as an instance.
 *
 * Expansion keeps the file's places: every instance and event of the expanded scenario
 * remembers the entry of the file it came from, so an error about web-3's image is reported
 * once, at instances[1].image, as the file wrote it.
 */

import { INSTANCE_FIELDS_KEY } from './defaults';
import { placeOf } from './describe';
import { actionTarget } from './actions';
import { LIMITS } from './bounds';
import type { Finding } from './references';
import type { InstanceSpec, Scenario, ScenarioAction, TimedAction } from './types';

/** The longest name the format allows (./fields.ts): a replica's name counts its `-N`. */
const MAX_NAME_CHARS = 64;

export interface Expansion {
  /** For each instance of the expanded scenario, the index of the file's entry it came from. */
  instanceSource: number[];
  /** For each event, likewise. */
  eventSource: number[];
  /** For each of the file's recorded actions (`actions:`), likewise. */
  actionSource: number[];
  /** Replicated names and their replicas' names. */
  groups: ReadonlyMap<string, readonly string[]>;
}

export type ExpansionResult = ({ ok: true } & Expansion) | { ok: false; errors: Finding[] };

export function replicaName(name: string, n: number): string {
  return `${name}-${n}`;
}

function describeGroup(name: string, count: number): string {
  return count === 1 ? replicaName(name, 1) : `${replicaName(name, 1)} ... ${replicaName(name, count)}`;
}

/** The action aimed at another instance (same kind, same settings). */
function retarget(action: ScenarioAction, target: string): ScenarioAction {
  return action.type === 'load' ? { ...action, load: { ...action.load, target } } : { ...action, target };
}

/**
 * Expands a list of timed actions: an entry naming a replicated instance becomes one entry
 * per replica. `source` receives each output entry's index in the input.
 */
export function expandTimed(list: readonly TimedAction[], groups: ReadonlyMap<string, readonly string[]>, source: number[]): TimedAction[] {
  const out: TimedAction[] = [];
  list.forEach((entry, i) => {
    const replicas = groups.get(actionTarget(entry.action));
    if (!replicas) {
      out.push(entry);
      source.push(i);
      return;
    }
    for (const name of replicas) {
      out.push({ atMs: entry.atMs, action: retarget(entry.action, name) });
      source.push(i);
    }
  });
  return out;
}

/** How many entries a list of timed actions has once expanded. */
function expandedLength(list: readonly TimedAction[], groups: ReadonlyMap<string, readonly string[]>): number {
  let n = 0;
  for (const entry of list) n += groups.get(actionTarget(entry.action))?.length ?? 1;
  return n;
}

/**
 * Expands `scenario` in place. `counts[i]` is the file's `replicas` of instance i (null when
 * absent). `actions` (the file's `actions:`) are expanded the same way, in place.
 */
export function expandReplicas(scenario: Scenario, counts: readonly (number | null)[], actions: TimedAction[]): ExpansionResult {
  const errors: Finding[] = [];
  const total = counts.reduce<number>((sum, n) => sum + (n ?? 1), 0);
  if (total > LIMITS.maxInstances) {
    return { ok: false, errors: [{ path: ['instances'], message: `${total} instances with their replicas; a scenario may have at most ${LIMITS.maxInstances}` }] };
  }
  const groups = new Map<string, string[]>();
  const instances: InstanceSpec[] = [];
  const instanceSource: number[] = [];
  // Every name given (an instance's, a replica's) and every replicated name, with the file's index that gave it first.
  const madeAt = new Map<string, number>();
  const groupAt = new Map<string, number>();
  const taken = (name: string, i: number): number | undefined => {
    const earlier = madeAt.get(name) ?? groupAt.get(name);
    return earlier !== undefined && earlier !== i ? earlier : undefined;
  };
  scenario.instances.forEach((spec, i) => {
    const count = counts[i] ?? null;
    if (count === null) {
      const earlier = taken(spec.name, i);
      if (earlier !== undefined) errors.push({ path: ['instances', i, 'name'], message: `"${spec.name}" is already the name of ${placeOf(['instances', earlier])}; names must be unique` });
      else madeAt.set(spec.name, i);
      instances.push(spec);
      instanceSource.push(i);
      return;
    }
    if (replicaName(spec.name, count).length > MAX_NAME_CHARS) {
      errors.push({ path: ['instances', i, 'replicas'], message: `its replicas' names (${describeGroup(spec.name, count)}) would be longer than ${MAX_NAME_CHARS} characters; shorten the name` });
      return;
    }
    const earlier = taken(spec.name, i);
    if (earlier !== undefined) {
      errors.push({ path: ['instances', i, 'name'], message: `"${spec.name}" is already the name of ${placeOf(['instances', earlier])}; names must be unique (an event naming it would mean both)` });
      return;
    }
    groupAt.set(spec.name, i);
    const names: string[] = [];
    for (let n = 1; n <= count; n++) {
      const name = replicaName(spec.name, n);
      const clash = taken(name, i);
      if (clash !== undefined) errors.push({ path: ['instances', i, 'replicas'], message: `makes "${name}", already the name of ${placeOf(['instances', clash])}; names must be unique` });
      else madeAt.set(name, i);
      names.push(name);
      instances.push({ ...spec, name });
      instanceSource.push(i);
    }
    groups.set(spec.name, names);
  });
  if (errors.length > 0) return { ok: false, errors: dedupe(errors) };
  for (const [i, spec] of instances.entries()) {
    if (spec.kind === 'container' && spec.in !== null && groups.has(spec.in)) {
      errors.push({ path: ['instances', instanceSource[i]!, 'in'], message: `"${spec.in}" has replicas (${describeGroup(spec.in, groups.get(spec.in)!.length)}): name the one to run in` });
    }
  }
  const events = expandedLength(scenario.events, groups);
  const recorded = expandedLength(actions, groups);
  if (events > LIMITS.maxEvents) errors.push({ path: ['events'], message: `${events} events once each naming replicated instances is applied to every replica; a scenario may have at most ${LIMITS.maxEvents}` });
  if (recorded > LIMITS.maxEvents) errors.push({ path: ['actions'], message: `${recorded} actions once each naming replicated instances is applied to every replica; a scenario may have at most ${LIMITS.maxEvents}` });
  if (errors.length > 0) return { ok: false, errors: dedupe(errors) };

  const eventSource: number[] = [];
  scenario.events = expandTimed(scenario.events, groups, eventSource);
  const actionSource: number[] = [];
  const expandedActions = expandTimed(actions, groups, actionSource);
  actions.length = 0;
  actions.push(...expandedActions);
  scenario.instances = instances;
  copyInstanceFields(scenario, groups);
  return { ok: true, instanceSource, eventSource, actionSource, groups };
}

/** Fields kept from a replicated instance (position, ...) belong to each of its replicas. */
function copyInstanceFields(scenario: Scenario, groups: ReadonlyMap<string, readonly string[]>): void {
  const kept = scenario.extensions[INSTANCE_FIELDS_KEY] as Record<string, Record<string, unknown>> | undefined;
  if (!kept) return;
  for (const [name, replicas] of groups) {
    if (!Object.hasOwn(kept, name)) continue;
    const fields = kept[name]!;
    delete kept[name];
    for (const replica of replicas) kept[replica] = { ...fields };
  }
}

/** The same finding once (a replicated instance's mistake is found in each replica). */
export function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${placeOf(f.path)}\n${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A finding about the expanded scenario, placed where the file wrote it. */
export function toFilePlace(finding: Finding, expansion: Expansion): Finding {
  const [list, index, ...rest] = finding.path;
  if (typeof index !== 'number') return finding;
  const sources = list === 'instances' ? expansion.instanceSource : list === 'events' ? expansion.eventSource : list === 'actions' ? expansion.actionSource : [];
  const source = sources[index];
  return source === undefined ? finding : { ...finding, path: [list!, source, ...rest] };
}
