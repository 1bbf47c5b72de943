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
