import type { MemorySample } from '@utsuwa/sim-core';

/**
 * Host memory over time, stacked: the host's own OS at the bottom, then each top-level
 * instance. The engine records a change point `{atMs, name, bytes}` whenever an instance's
 * host memory changes; between change points memory is constant, so each series is a step
 * function and the stack's top at any time is the host's used memory then.
 *
 * Built incrementally: the history is append-only while the clock moves on, so each frame
 * adds only the new change points (MemoryStackBuilder). It starts over when the history was
 * cut (a seek back, an edit), or when a new instance changes which series there are.
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

// Containers inside a VM are part of their VM's memory on the host: stack top-level only.
const topLevel = (s: MemorySample): boolean => s.in === undefined;

/** Each name's highest memory, and names in order of first appearance. */
function peaks(history: readonly MemorySample[]): Map<string, number> {
  const peak = new Map<string, number>();
  for (const s of history) if (topLevel(s)) peak.set(s.name, Math.max(peak.get(s.name) ?? 0, s.bytes));
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

function isSortedByTime(history: readonly MemorySample[]): boolean {
  for (let i = 1; i < history.length; i++) if (history[i]!.atMs < history[i - 1]!.atMs) return false;
  return true;
}

/** The series and what has been stacked so far: everything a next frame needs to go on. */
interface Built {
  history: readonly MemorySample[];
  baseBytes: number;
  maxSeries: number;
  byKind: boolean;
  /** Every instance goes to its kind's group (more instances than series, kinds known): new names fit in. */
  allGrouped: boolean;
  keys: string[];
  keyIndex: Map<string, number>;
  keyOf: Map<string, number>;
  grouped: string[];
  groupSizes: Record<string, number>;
  current: number[];
  latest: Map<string, number>;
  points: MemoryStackPoint[];
  spans: Array<Array<[number, number]>>;
  peakBytes: number;
  /** Samples of `history` consumed, and the last one (to know the history was only appended to). */
  done: number;
  lastSample: MemorySample | undefined;
  /** The step extended to now is the last point, to be taken off before going on. */
  extended: boolean;
}

function start(history: readonly MemorySample[], baseBytes: number, maxSeries: number, kindOf: MemoryStackInput['kindOf']): Built {
  const peak = peaks(history);
  // With more instances than series and their kinds known, every instance goes to its kind's
  // group: "100 VMs" and "100 containers" read better than 11 similar VMs and a remainder.
  const allGrouped = kindOf !== undefined && peak.size > maxSeries;
  const own = allGrouped ? new Set<string>() : ownSeries(peak, maxSeries);
  const names = [...peak.keys()].filter((n) => own.has(n));
  const grouped = [...peak.keys()].filter((n) => !own.has(n));
  const nameKey = new Map<string, string>();
  const groupSizes: Record<string, number> = {};
  for (const n of names) nameKey.set(n, n);
  for (const n of grouped) {
    const key = groupKey(kindOf?.(n));
    nameKey.set(n, key);
    groupSizes[key] = (groupSizes[key] ?? 0) + 1;
  }
  const keys = [HOST_OS_KEY, ...names, ...OTHERS_KEYS.filter((k) => groupSizes[k] !== undefined)];
  const keyIndex = new Map(keys.map((k, i) => [k, i]));
  const keyOf = new Map([...nameKey].map(([n, k]) => [n, keyIndex.get(k)!]));
  const current = keys.map(() => 0);
  current[0] = baseBytes;
  const built: Built = {
    history, baseBytes, maxSeries, byKind: kindOf !== undefined, allGrouped, keys, keyIndex, keyOf, grouped, groupSizes,
    current, latest: new Map(), points: [], spans: keys.map(() => []), peakBytes: baseBytes, done: 0, lastSample: undefined, extended: false,
  };
  snapshot(built, 0);
  return built;
}

/** Records the stack as it stands at `atMs` (replacing the point already there). */
function snapshot(b: Built, atMs: number): void {
  const values: Record<string, number> = {};
  const last = b.points[b.points.length - 1];
  const replace = last !== undefined && last.atMs === atMs;
  let bottom = 0;
  for (let k = 0; k < b.keys.length; k++) {
    const v = b.current[k]!;
    values[b.keys[k]!] = v;
    const span: [number, number] = [bottom, bottom + v];
    if (replace) b.spans[k]![b.spans[k]!.length - 1] = span;
    else b.spans[k]!.push(span);
    bottom += v;
  }
  if (replace) last.values = values;
  else b.points.push({ atMs, values });
  b.peakBytes = Math.max(b.peakBytes, bottom);
}

/** Applies the change points not yet consumed up to `nowMs`; false when a new name needs other series. */
function consume(b: Built, history: readonly MemorySample[], nowMs: number, kindOf: MemoryStackInput['kindOf']): boolean {
  let i = b.done;
  const n = history.length;
  while (i < n) {
    const first = history[i]!;
    if (!topLevel(first)) { i++; continue; }
    if (first.atMs > nowMs) break;
    const atMs = first.atMs;
    // Apply every change point of one instant, then take one snapshot of it.
    for (; i < n; i++) {
      const s = history[i]!;
      if (!topLevel(s)) continue;
      if (s.atMs !== atMs) break;
      let k = b.keyOf.get(s.name);
      if (k === undefined) {
        if (!b.allGrouped) return false;
        const key = groupKey(kindOf?.(s.name));
        k = b.keyIndex.get(key);
        if (k === undefined) return false;
        b.keyOf.set(s.name, k);
        b.grouped.push(s.name);
        b.groupSizes[key] = (b.groupSizes[key] ?? 0) + 1;
      }
      b.current[k] = b.current[k]! + s.bytes - (b.latest.get(s.name) ?? 0);
      b.latest.set(s.name, s.bytes);
    }
    snapshot(b, atMs);
  }
  b.done = i;
  b.lastSample = i > 0 ? history[i - 1] : undefined;
  return true;
}

/** Whether `input` only goes on from what `b` has stacked: same settings, history appended to, clock not rewound. */
function continues(b: Built, input: MemoryStackInput, maxSeries: number): boolean {
  const { history, baseBytes, nowMs, kindOf } = input;
  if (b.baseBytes !== baseBytes || b.maxSeries !== maxSeries || b.byKind !== (kindOf !== undefined)) return false;
  if (history.length < b.done || (b.done > 0 && history[b.done - 1] !== b.lastSample)) return false;
  const lastReal = b.points[b.points.length - (b.extended ? 2 : 1)]!;
  return nowMs >= lastReal.atMs && (b.done === 0 || nowMs >= b.lastSample!.atMs);
}

/** Builds memory stacks frame after frame, each from where the last one ended. */
export class MemoryStackBuilder {
  private built: Built | null = null;

  build(input: MemoryStackInput): MemoryStack {
    const { baseBytes, nowMs, maxSeries = 12, kindOf } = input;
    // A history out of time order (never from the engine) is sorted, and built whole each time.
    const history = isSortedByTime(input.history) ? input.history : [...input.history].sort((a, b) => a.atMs - b.atMs);
    let b = this.built;
    if (b && history === input.history && continues(b, { ...input, history }, maxSeries)) {
      if (b.extended) {
        b.points.pop();
        for (const s of b.spans) s.pop();
        b.extended = false;
      }
      if (!consume(b, history, nowMs, kindOf)) b = null;
    } else {
      b = null;
    }
    if (!b) {
      b = start(history, baseBytes, maxSeries, kindOf);
      consume(b, history, nowMs, kindOf);
    }
    this.built = history === input.history ? b : null;
    // Extend the last step to now.
    const last = b.points[b.points.length - 1]!;
    if (nowMs > last.atMs) {
      b.points.push({ atMs: nowMs, values: { ...last.values } });
      for (const s of b.spans) s.push(s[s.length - 1]!);
      b.extended = true;
    }
    return {
      keys: b.keys,
      points: b.points,
      layers: b.keys.map((key, k) => ({ key, spans: b.spans[k]! })),
      grouped: b.grouped,
      groupSizes: b.groupSizes,
      peakBytes: b.peakBytes,
    };
  }
}

/** One memory stack, built from the whole history. */
export function buildMemoryStack(input: MemoryStackInput): MemoryStack {
  return new MemoryStackBuilder().build(input);
}
