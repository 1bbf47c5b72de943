/**
 * The append-only event log: every state change, in order. The runner and the UI narrate
 * from it. Types are past tense (`vm/phase-started`, `oom/killed`).
 */
export interface LogEntry {
  /** Position in the log (0-based). */
  seq: number;
  atMs: number;
  type: string;
  /** Instance name, or `host`. */
  subject: string;
  /** What caused it: a user action, a scenario event, or an earlier log entry (`#12`). */
  cause: string;
  /** Facts for narration (phase name, bytes, reason). */
  data: Record<string, string | number | boolean | null | string[]>;
}
