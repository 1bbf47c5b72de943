/** Messages between the page and the simulation worker. Plain data only (structured clone). */
import type { LogEntry, MemorySample, Scenario, SimView, UserAction } from '@utsuwa/sim-core';

export type ToWorker =
  /** Build a run from the scenario, keep the live actions recorded so far, and go to `atMs`. */
  | { type: 'load'; scenario: Scenario; atMs: number; keepActions: boolean }
  | { type: 'advance'; toMs: number }
  | { type: 'seek'; toMs: number }
  | { type: 'apply'; action: UserAction }
  /** A read-only question (see queries.ts), answered with `answer`, not a frame. */
  | { type: 'query'; id: number; name: string; args: unknown };

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
  /** For `apply`: the engine's answer (a refusal's reason). */
  rejected?: string;
}

export type FromWorker =
  | { type: 'frame'; frame: Frame }
  /** Nothing to report (a request before the first load). */
  | { type: 'none' }
  | { type: 'error'; message: string }
  | { type: 'answer'; id: number; value: unknown; error?: string };
