import type { Simulation, Scheduled } from './state';
import type { LogEntry } from './log';
import type { Incident } from '../report/types';
import { push } from './queue';

/** Appends a log entry at the current time; returns its cause tag (`#seq`) for what follows from it. */
export function emit(
  sim: Simulation,
  type: string,
  subject: string,
  cause: string,
  data: LogEntry['data'] = {},
): string {
  const log = sim.state.log;
  const seq = log.length;
  log.push({ seq, atMs: sim.state.nowMs, type, subject, cause, data });
  return `#${seq}`;
}

export function incident(sim: Simulation, entry: Omit<Incident, 'atMs'>): void {
  sim.state.incidents.push({ atMs: sim.state.nowMs, ...entry });
}

export function schedule(sim: Simulation, atMs: number, item: Scheduled): void {
  const s = sim.state;
  push(s.queue, atMs, s.seq++, item);
}
