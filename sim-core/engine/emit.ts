import type { Simulation, Scheduled } from './state';
import type { Incident, LogDataMap, LogEntry, LogType } from './log';
import { push } from './queue';

/**
 * Appends a log entry at the current time; returns its cause tag (`#seq`) for what follows
 * from it. `data` is checked against the type's facts (LogDataMap).
 */
export function emit<T extends LogType>(
  sim: Simulation,
  type: T,
  subject: string,
  cause: string,
  data: LogDataMap[T],
): string {
  const log = sim.state.log;
  const seq = log.length;
  // The union cannot be narrowed from a generic T; the parameters above are what checks it.
  log.push({ seq, atMs: sim.state.nowMs, type, subject, cause, data } as LogEntry);
  return `#${seq}`;
}

export function incident(sim: Simulation, entry: Omit<Incident, 'atMs'>): void {
  sim.state.incidents.push({ atMs: sim.state.nowMs, ...entry });
}

export function schedule(sim: Simulation, atMs: number, item: Scheduled): void {
  const s = sim.state;
  push(s.queue, atMs, s.seq++, item);
}
