import { stack } from 'd3-shape';
import type { MemorySample } from '@utsuwa/sim-core';

/**
 * Host memory over time, stacked: the host's own OS at the bottom, then each top-level
 * instance. The engine records a change point `{atMs, name, bytes}` whenever an instance's
 * host memory changes; between change points memory is constant, so each series is a step
 * function and the stack's top at any time is the host's used memory then.
 */

/** Key of the host OS series (the instances' names are the other keys). */
export const HOST_OS_KEY = '\u0000host-os';
/** Key of the series that groups instances beyond `maxSeries` (when their kind is not known). */
export const OTHERS_KEY = '\u0000others';
/** Keys of the series that group the VMs, and the containers, beyond `maxSeries`. */
export const OTHERS_VM_KEY = '\u0000others:vm';
export const OTHERS_CONTAINER_KEY = '\u0000others:container';
const OTHERS_KEYS = [OTHERS_VM_KEY, OTHERS_CONTAINER_KEY, OTHERS_KEY];

/** Whether a key stands for a group of instances rather than one. */
export function isGroupKey(key: string): boolean {
  return OTHERS_KEYS.includes(key);
}

export interface MemoryStackPoint {
  atMs: number;
  /** Bytes per key from this time until the next point. */
  values: Record<string, number>;
}

export interface MemoryStackLayer {
  key: string;
  /** [bottom, top] in bytes at each point. */
  spans: Array<[number, number]>;
}

export interface MemoryStack {
  /** Bottom first: HOST_OS_KEY, instances in order of first appearance, then the groups used (other VMs, other containers). */
  keys: string[];
  points: MemoryStackPoint[];
  layers: MemoryStackLayer[];
  /** Names folded into a group. */
  grouped: string[];
  /** How many names each group key stands for. */
  groupSizes: Record<string, number>;
  /** Highest total reached. */
  peakBytes: number;
}

export interface MemoryStackInput {
  history: readonly MemorySample[];
  /** The host kernel and OS (HostView.baseMemoryBytes). */
  baseBytes: number;
  /** The series run until now. */
  nowMs: number;
  /** Instances drawn on their own; the rest (smallest peaks) are grouped. Default 12. */
  maxSeries?: number;
  /**
   * Each instance's kind. With it, more instances than `maxSeries` are stacked by kind (all
   * the VMs, all the containers); without it the biggest get their own series and the rest one group.
   */
  kindOf?: (name: string) => 'vm' | 'container' | undefined;
}

/** Each name's highest memory, and names in order of first appearance. */
function peaks(history: readonly MemorySample[]): Map<string, number> {
  const peak = new Map<string, number>();
  for (const s of history) peak.set(s.name, Math.max(peak.get(s.name) ?? 0, s.bytes));
  return peak;
}

/** Which names get a series of their own: all, or the `max - 1` with the highest peaks. */
function ownSeries(peak: Map<string, number>, max: number): Set<string> {
  const names = [...peak.keys()];
  if (names.length <= max) return new Set(names);
  const biggest = [...names].sort((a, b) => peak.get(b)! - peak.get(a)! || (a < b ? -1 : 1)).slice(0, Math.max(0, max - 1));
  return new Set(biggest);
}

function groupKey(kind: 'vm' | 'container' | undefined): string {
  return kind === 'vm' ? OTHERS_VM_KEY : kind === 'container' ? OTHERS_CONTAINER_KEY : OTHERS_KEY;
}

export function buildMemoryStack({ history: allSamples, baseBytes, nowMs, maxSeries = 12, kindOf }: MemoryStackInput): MemoryStack {
  // Containers inside a VM are part of their VM's memory on the host: stack top-level only.
  const history = allSamples.some((s) => s.in !== undefined) ? allSamples.filter((s) => s.in === undefined) : allSamples;
  const peak = peaks(history);
  // With more instances than series and their kinds known, every instance goes to its kind's
  // group: "100 VMs" and "100 containers" read better than 11 similar VMs and a remainder.
  const own = kindOf && peak.size > maxSeries ? new Set<string>() : ownSeries(peak, maxSeries);
  const names = [...peak.keys()].filter((n) => own.has(n));
  const grouped = [...peak.keys()].filter((n) => !own.has(n));
  const keyOf = new Map<string, string>();
  const groupSizes: Record<string, number> = {};
  for (const n of names) keyOf.set(n, n);
  for (const n of grouped) {
    const key = groupKey(kindOf?.(n));
    keyOf.set(n, key);
    groupSizes[key] = (groupSizes[key] ?? 0) + 1;
  }
  const keys = [HOST_OS_KEY, ...names, ...OTHERS_KEYS.filter((k) => groupSizes[k] !== undefined)];

  const current: Record<string, number> = Object.fromEntries(keys.map((k) => [k, 0]));
  current[HOST_OS_KEY] = baseBytes;
  const latest = new Map<string, number>();
  const points: MemoryStackPoint[] = [{ atMs: 0, values: { ...current } }];
  const sorted = isSortedByTime(history) ? history : [...history].sort((a, b) => a.atMs - b.atMs);
  // Apply every change point of one instant, then take one snapshot of it.
  let i = 0;
  while (i < sorted.length && sorted[i]!.atMs <= nowMs) {
    const atMs = sorted[i]!.atMs;
    for (; i < sorted.length && sorted[i]!.atMs === atMs; i++) {
      const s = sorted[i]!;
      const key = keyOf.get(s.name)!;
      current[key] = (current[key] ?? 0) + s.bytes - (latest.get(s.name) ?? 0);
      latest.set(s.name, s.bytes);
    }
    const last = points[points.length - 1]!;
    if (last.atMs === atMs) last.values = { ...current };
    else points.push({ atMs, values: { ...current } });
  }
  // Extend the last step to now.
  const last = points[points.length - 1]!;
  if (nowMs > last.atMs) points.push({ atMs: nowMs, values: { ...last.values } });

  const stacked = stack<MemoryStackPoint, string>().keys(keys).value((p, key) => p.values[key] ?? 0)(points);
  const layers = stacked.map((series) => ({ key: series.key, spans: series.map((d): [number, number] => [d[0], d[1]]) }));
  const top = layers[layers.length - 1]?.spans ?? [];
  const peakBytes = top.reduce((m, [, y1]) => Math.max(m, y1), baseBytes);
  return { keys, points, layers, grouped, groupSizes, peakBytes };
}

function isSortedByTime(history: readonly MemorySample[]): boolean {
  for (let i = 1; i < history.length; i++) if (history[i]!.atMs < history[i - 1]!.atMs) return false;
  return true;
}

/** Bytes per key at time `ms` (the step in force then). */
export function memoryAt(memory: MemoryStack, ms: number): Record<string, number> {
  let lo = 0;
  let hi = memory.points.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (memory.points[mid]!.atMs <= ms) lo = mid;
    else hi = mid - 1;
  }
  return memory.points[lo]?.values ?? {};
}

/** Total used at time `ms`: the top of the stack. */
export function totalAt(memory: MemoryStack, ms: number): number {
  return Object.values(memoryAt(memory, ms)).reduce((a, b) => a + b, 0);
}

/** Pixels rounded to a tenth: shorter path strings, no visible difference. */
const px = (v: number) => Math.round(v * 10) / 10;

/**
 * SVG path of each layer as a step area, given pixel mappings for time and bytes. Written
 * with H/V commands rather than d3-shape's area + curveStepAfter: half the coordinates, and
 * about five times faster with 1,000 instances (it runs every frame while the clock moves).
 */
export function memoryAreaPaths(memory: MemoryStack, x: (ms: number) => number, y: (bytes: number) => number): Array<{ key: string; d: string }> {
  const xs = memory.points.map((p) => px(x(p.atMs)));
  return memory.layers.map((layer) => ({ key: layer.key, d: stepAreaPath(xs, layer.spans, y) }));
}

/** Top edge left to right (value i holds from xs[i] to xs[i+1]), bottom edge back, closed. */
function stepAreaPath(xs: readonly number[], spans: ReadonlyArray<[number, number]>, y: (bytes: number) => number): string {
  const n = Math.min(xs.length, spans.length);
  if (n === 0) return '';
  const parts: string[] = [`M${xs[0]},${px(y(spans[0]![1]))}`];
  for (let i = 1; i < n; i++) parts.push(`H${xs[i]}V${px(y(spans[i]![1]))}`);
  parts.push(`V${px(y(spans[n - 1]![0]))}`);
  for (let i = n - 2; i >= 0; i--) parts.push(`V${px(y(spans[i]![0]))}H${xs[i]}`);
  parts.push('Z');
  return parts.join('');
}
