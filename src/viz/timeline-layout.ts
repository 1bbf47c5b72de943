import type { InstanceView } from '@utsuwa/sim-core';
import type { TimeScale } from './time-scale';

/** What the timeline reads of an instance (an InstanceView or an InstanceReport fits). */
export type TimelineInstance = Pick<InstanceView, 'name' | 'kind' | 'state' | 'phases' | 'readyMs'> & {
  /** The phase in progress, if any (InstanceView.phase). */
  phase?: string | null;
};

export interface PhaseBar {
  phase: string;
  startMs: number;
  endMs: number;
  x: number;
  width: number;
  /** The phase still running: its bar grows with the clock. */
  inProgress: boolean;
}

export interface TimelineRow {
  index: number;
  name: string;
  kind: 'vm' | 'container';
  state: TimelineInstance['state'];
  /** Top of the row in pixels, counted from the first row. */
  y: number;
  bars: PhaseBar[];
  /** Ready marker: where, when, and how long after its first phase began. */
  ready: { x: number; atMs: number; timeToReadyMs: number } | null;
}

/** Bars of phases shorter than a pixel are drawn a pixel wide, so a 5 ms `create` stays visible. */
export const MIN_BAR_WIDTH = 1;

/**
 * Time from its start to ready, or null when not (yet) ready. `readyMs` is already that
 * duration (the spec measures it from the instance's start event), not a moment in the run.
 */
export function timeToReady(inst: Pick<TimelineInstance, 'phases' | 'readyMs'>): number | null {
  return inst.readyMs;
}

/** The moment in the run an instance became ready: its first phase's start plus its time to ready. */
export function readyAt(inst: Pick<TimelineInstance, 'phases' | 'readyMs'>): number | null {
  if (inst.readyMs === null) return null;
  return (inst.phases[0]?.startMs ?? 0) + inst.readyMs;
}

/** Lays out one instance's row: a bar per phase, positioned on the time scale. */
export function layoutRow(inst: TimelineInstance, index: number, scale: TimeScale, rowHeight: number): TimelineRow {
  const last = inst.phases.length - 1;
  const bars = inst.phases.map((p, i): PhaseBar => {
    const x0 = scale.x(p.startMs);
    const x1 = scale.x(p.endMs);
    const width = p.endMs > p.startMs ? Math.max(x1 - x0, MIN_BAR_WIDTH) : 0;
    const inProgress = inst.state === 'booting' && i === last && (inst.phase ?? p.name) === p.name;
    return { phase: p.name, startMs: p.startMs, endMs: p.endMs, x: x0, width, inProgress };
  });
  const ttr = timeToReady(inst);
  const at = readyAt(inst);
  const ready = at !== null && ttr !== null ? { x: scale.x(at), atMs: at, timeToReadyMs: ttr } : null;
  return { index, name: inst.name, kind: inst.kind, state: inst.state, y: index * rowHeight, bars, ready };
}

/** Rows `first` to `first + count - 1` (the visible window), laid out. */
export function layoutRows(
  instances: readonly TimelineInstance[], scale: TimeScale, rowHeight: number, first = 0, count = instances.length,
): TimelineRow[] {
  const end = Math.min(instances.length, first + count);
  const rows: TimelineRow[] = [];
  for (let i = Math.max(0, first); i < end; i++) rows.push(layoutRow(instances[i]!, i, scale, rowHeight));
  return rows;
}

/**
 * The window of rows to render when the list scrolls: with 1,000 instances only the ~20
 * on screen (plus `overscan` either side) become SVG, which keeps the timeline at 60 fps.
 */
export function visibleRowWindow(
  scrollTop: number, viewportHeight: number, rowHeight: number, total: number, overscan = 5,
): { first: number; count: number } {
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(total, Math.ceil((scrollTop + viewportHeight) / rowHeight) + overscan);
  return { first, count: Math.max(0, last - first) };
}

/** The latest time any instance shows, so the axis reaches the clock and every bar. */
export function timelineEndMs(instances: readonly TimelineInstance[], nowMs: number): number {
  let end = nowMs;
  for (const inst of instances) {
    for (const p of inst.phases) if (p.endMs > end) end = p.endMs;
    if (inst.readyMs !== null && inst.readyMs > end) end = inst.readyMs;
  }
  return end;
}
