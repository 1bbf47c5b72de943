/**
 * Geometry of the cgroup charts (d3 scales and paths; React only renders the strings):
 * a step line per series over [0, end], null values leave a gap (no limit: nothing drawn).
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { area, line, curveStepAfter } from 'd3-shape';
import type { CgroupSeries, Step } from '@utsuwa/sim-core/views';
import { byteScale } from '../viz/byte-scale';

export interface ChartBox {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

type Point = [number, number | null];

/** The steps as points, closed at `endMs` so the last value reaches the right edge. */
function stepPoints(steps: readonly Step[], endMs: number): Point[] {
  const pts: Point[] = steps.filter((s) => s.atMs <= endMs).map((s) => [s.atMs, s.value]);
  const last = pts[pts.length - 1];
  if (last && last[0] < endMs) pts.push([endMs, last[1]]);
  return pts;
}

export function stepLine(steps: readonly Step[], endMs: number, x: ScaleLinear<number, number>, y: ScaleLinear<number, number>): string {
  const gen = line<Point>().defined((p) => p[1] !== null).x((p) => x(p[0])).y((p) => y(p[1]!)).curve(curveStepAfter);
  return gen(stepPoints(steps, endMs)) ?? '';
}

export function stepArea(steps: readonly Step[], endMs: number, x: ScaleLinear<number, number>, y: ScaleLinear<number, number>): string {
  const gen = area<Point>().defined((p) => p[1] !== null).x((p) => x(p[0])).y0(y(0)).y1((p) => y(p[1]!)).curve(curveStepAfter);
  return gen(stepPoints(steps, endMs)) ?? '';
}

function maxOf(steps: readonly Step[]): number {
  return steps.reduce((m, s) => Math.max(m, s.value ?? 0), 0);
}

export interface CgroupGeometry {
  x: ScaleLinear<number, number>;
  memory: { y: ScaleLinear<number, number>; yTicks: number[]; current: string; limit: string; oomX: number[] };
  cpu: { y: ScaleLinear<number, number>; yTicks: number[]; wanted: string; allowed: string; quota: string; throttled: Array<{ x: number; width: number }> };
}

/** Scales and paths of both charts, on one time axis from 0 to the series' end. */
export function cgroupGeometry(s: CgroupSeries, box: ChartBox): CgroupGeometry {
  const end = Math.max(s.endMs, 1);
  const x = scaleLinear().domain([0, end]).range([box.left, box.width - box.right]);
  const plot: [number, number] = [box.height - box.bottom, box.top];
  const mem = byteScale(Math.max(maxOf(s.memory), maxOf(s.memoryLimit)) * 1.1, plot);
  const cpuMax = Math.max(maxOf(s.cpuWanted), maxOf(s.cpuQuota), 0.5) * 1.15;
  const cpuY = scaleLinear().domain([0, cpuMax]).nice().range(plot);
  return {
    x,
    memory: {
      y: mem.scale,
      yTicks: mem.ticks(3),
      current: stepArea(s.memory, end, x, mem.scale),
      limit: stepLine(s.memoryLimit, end, x, mem.scale),
      oomX: s.oomKills.map((k) => x(k.atMs)),
    },
    cpu: {
      y: cpuY,
      yTicks: cpuY.ticks(3),
      wanted: stepLine(s.cpuWanted, end, x, cpuY),
      allowed: stepArea(s.cpuAllowed, end, x, cpuY),
      quota: stepLine(s.cpuQuota, end, x, cpuY),
      throttled: s.throttled.map((t) => ({ x: x(t.fromMs), width: Math.max(1, x(t.toMs) - x(t.fromMs)) })),
    },
  };
}
