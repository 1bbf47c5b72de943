/**
 * An instance's overheads (sim-core's instanceOverheads, the report's figures) as the short
 * texts the comparison table and the inspector show: "+2%", "+100%", "+30 µs".
 */
import type { AppliedOverheads } from '@utsuwa/sim-core/stats';

export interface OverheadTexts {
  cpu: string;
  io: string;
  rtt: string;
}

function percent(ratio: number): string {
  const p = Math.round(ratio * 1000) / 10;
  return `+${p}%`;
}

export function overheadTexts(o: AppliedOverheads): OverheadTexts {
  return { cpu: percent(o.cpu), io: percent(o.io), rtt: `+${Math.round(o.networkRttUs * 10) / 10} µs` };
}

/**
 * The whole line the table and the inspector show: CPU, I/O and network, then system calls
 * where the runtime intercepts them (gVisor, with its platform; Kata).
 */
export function overheadsLine(o: AppliedOverheads, text: (key: 'overheadsCell' | 'overheadsSyscall', params: Record<string, string>) => string): string {
  const line = text('overheadsCell', { ...overheadTexts(o) });
  if (o.syscall <= 0) return line;
  return line + text('overheadsSyscall', { syscall: o.platform ? `${percent(o.syscall)} (${o.platform})` : percent(o.syscall) });
}
