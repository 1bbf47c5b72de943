/** Messages between the page and the simulation worker. Plain data only (structured clone). */
import type { InstanceView, LogEntry, MemorySample, RecordedAction, RunCondition, RunUntilResult, Scenario, SimView } from '@utsuwa/sim-core';
import type { QueryName, QueryArgs } from './query-map';

export type ToWorker =
  /**
   * Build the run from its description (the scenario and the user's recorded actions, both
   * held by the page) and go to `atMs`. The worker keeps no actions of its own besides these.
   */
  | { type: 'load'; scenario: Scenario; actions: RecordedAction[]; atMs: number }
  | { type: 'advance'; toMs: number }
  | { type: 'seek'; toMs: number }
  /**
   * A live action, stamped by the page with the time it was taken at (the page appended it to
   * its actions too). The run moves to that time first if a frame in flight had moved it on.
   */
  | { type: 'apply'; recorded: RecordedAction }
  /**
   * Live actions taken in one burst (a held key, a script), in order: each is checked and
   * applied as `apply` would, answered with one frame (`rejections`, one per action).
   */
  | { type: 'apply-batch'; recorded: RecordedAction[] }
  /** Play until the condition holds (at the latest to `limitMs`), answered with one frame. */
  | { type: 'run-until'; condition: RunCondition; limitMs: number }
  /** A read-only question (see query-map.ts), answered with `answer`, not a frame. */
  | { type: 'query'; id: number; name: QueryName; args: QueryArgs<QueryName> };

/**
 * What changed since the last frame. The log and memory history are append-only in the
 * engine but shrink when a run seeks back, so each frame says where its new entries start.
 */
export interface Frame {
  view: SimView;
  logFrom: number;
  logEntries: LogEntry[];
  historyFrom: number;
  historyEntries: MemorySample[];
  /** For `apply`: the engine's answer (a refusal's reason); for `apply-batch`, the last refusal. */
  rejected?: string;
  /** For `apply-batch`: each action's refusal, or null where it was applied. */
  rejections?: Array<string | null>;
  /** For `run-until`: whether the condition was met, when, or why not. */
  until?: RunUntilResult;
  /**
   * Between the worker and its driver only (view-delta.ts): the instances whose view changed,
   * by index, with `view.instances` left empty. The store never sees it.
   */
  instanceChanges?: Array<[number, InstanceView]>;
  /**
   * Between the worker and its driver only: the host disk's lists (`view.host.disk`'s
   * `layers`, `writable`, `vmDisks`, one entry per layer, container, VM) left empty because
   * they equal the previous frame's.
   */
  diskListsKept?: Array<'layers' | 'writable' | 'vmDisks'>;
}

export type FromWorker =
  | { type: 'frame'; frame: Frame }
  /** Nothing to report (a request before the first load). */
  | { type: 'none' }
  | { type: 'error'; message: string }
  | { type: 'answer'; id: number; value: unknown; error?: string };
