/**
 * Actions in their two forms: as a file writes them (ScenarioAction: `limits: { target, ... }`)
 * and as the engine applies them (UserAction: `instance/set-limits`). Events, the recorded
 * `actions:` of a run and tour steps all go through these, so the three never drift apart.
 */
import type { RecordedAction, UserAction } from '../engine/actions';
import type { Scenario, ScenarioAction } from './types';

/** The engine's form of a file's action. */
export function toUserAction(a: ScenarioAction): UserAction {
  switch (a.type) {
    case 'start': return { type: 'instance/start', name: a.target };
    case 'stop': return { type: 'instance/stop', name: a.target };
    case 'remove': return { type: 'instance/remove', name: a.target };
    case 'exit': return { type: 'instance/exit', name: a.target, exitCode: a.exitCode };
    case 'kill': return { type: 'instance/kill', name: a.target };
    case 'pause': return { type: 'instance/pause', name: a.target };
    case 'unpause': return { type: 'instance/unpause', name: a.target };
    case 'suspend': return { type: 'instance/suspend', name: a.target };
    case 'resume': return { type: 'instance/resume', name: a.target };
    case 'load': {
      const action: UserAction = { type: 'instance/load', name: a.load.target };
      if (a.load.memoryBytes !== undefined) action.memoryBytes = a.load.memoryBytes;
      if (a.load.cpu !== undefined) action.cpu = a.load.cpu;
      return action;
    }
    case 'write': return { type: 'instance/write', name: a.target, path: a.path, sizeBytes: a.sizeBytes };
    case 'delete': return { type: 'instance/delete-file', name: a.target, path: a.path };
    case 'exploit': return { type: 'instance/exploit', name: a.target, kind: a.exploitKind };
    case 'limits': {
      const action: UserAction = { type: 'instance/set-limits', name: a.target };
      if (a.memoryBytes !== undefined) action.memoryBytes = a.memoryBytes;
      if (a.cpus !== undefined) action.cpus = a.cpus;
      return action;
    }
  }
}

/**
 * The file's form of an engine action; null for `instance/add`, which a file expresses as an
 * instance and a `start` event, never as an action.
 */
export function toScenarioAction(a: UserAction): ScenarioAction | null {
  switch (a.type) {
    case 'instance/add': return null;
    case 'instance/start': return { type: 'start', target: a.name };
    case 'instance/stop': return { type: 'stop', target: a.name };
    case 'instance/remove': return { type: 'remove', target: a.name };
    case 'instance/exit': return { type: 'exit', target: a.name, exitCode: a.exitCode };
    case 'instance/kill': return { type: 'kill', target: a.name };
    case 'instance/pause': return { type: 'pause', target: a.name };
    case 'instance/unpause': return { type: 'unpause', target: a.name };
    case 'instance/suspend': return { type: 'suspend', target: a.name };
    case 'instance/resume': return { type: 'resume', target: a.name };
    case 'instance/load': {
      const load: { target: string; memoryBytes?: number; cpu?: number } = { target: a.name };
      if (a.memoryBytes !== undefined) load.memoryBytes = a.memoryBytes;
      if (a.cpu !== undefined) load.cpu = a.cpu;
      return { type: 'load', load };
    }
    case 'instance/write': return { type: 'write', target: a.name, path: a.path, sizeBytes: a.sizeBytes };
    case 'instance/delete-file': return { type: 'delete', target: a.name, path: a.path };
    case 'instance/exploit': return { type: 'exploit', target: a.name, exploitKind: a.kind };
    case 'instance/set-limits': {
      const out: ScenarioAction = { type: 'limits', target: a.name };
      if (a.memoryBytes !== undefined) out.memoryBytes = a.memoryBytes;
      if (a.cpus !== undefined) out.cpus = a.cpus;
      return out;
    }
  }
}

/** The instance a file's action is aimed at. */
export function actionTarget(a: ScenarioAction): string {
  return a.type === 'load' ? a.load.target : a.target;
}

/** The instance an engine action is about (for `instance/add`, the one it adds). */
export function actionSubject(a: UserAction): string {
  return a.type === 'instance/add' ? a.spec.name : a.name;
}

/**
 * The recorded actions whose subject is still in the scenario. An instance removed from the
 * scenario takes its actions with it: they are pruned from the run's description, never
 * replayed into a rejection. Returns the same array when nothing is pruned.
 */
export function pruneActions(scenario: Scenario, actions: RecordedAction[]): RecordedAction[] {
  const names = new Set(scenario.instances.map((i) => i.name));
  const kept = actions.filter((r) => r.action.type === 'instance/add' || names.has(actionSubject(r.action)));
  return kept.length === actions.length ? actions : kept;
}
