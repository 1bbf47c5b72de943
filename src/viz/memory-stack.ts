/**
 * Reading and drawing a memory stack (built by ./memory-stack-builder.ts, frame after frame).
 */
import type { MemoryStack } from './memory-stack-builder';

export {
  HOST_OS_KEY, OTHERS_KEY, OTHERS_VM_KEY, OTHERS_CONTAINER_KEY, isGroupKey, buildMemoryStack, MemoryStackBuilder,
  type MemoryStack, type MemoryStackInput, type MemoryStackLayer, type MemoryStackPoint,
} from './memory-stack-builder';

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
 * With more points than half-pixels across, each half-pixel draws the step in force at its
 * end (a binary search per column): the path stays as long as the chart is wide, however long
 * the run, and steps narrower than that are not drawn.
 */
export function memoryAreaPaths(
  memory: MemoryStack,
  x: (ms: number) => number,
  y: (bytes: number) => number,
  invert?: (px: number) => number,
): Array<{ key: string; d: string }> {
  const points = memory.points;
  const index = invert ? columns(points, x, invert) : null;
  const xs = index ? index.map((i) => px(x(points[i]!.atMs))) : points.map((p) => px(x(p.atMs)));
  return memory.layers.map((layer) => ({
    key: layer.key,
    d: stepAreaPath(xs, index ? index.map((i) => layer.spans[i]!) : layer.spans, y),
  }));
}

/** The points to draw: all when there are few; else the last one at or before each half-pixel, and the last. */
function columns(points: MemoryStack['points'], x: (ms: number) => number, invert: (px: number) => number): number[] | null {
  const n = points.length;
  if (n < 2) return null;
  const left = x(points[0]!.atMs);
  const right = x(points[n - 1]!.atMs);
  const steps = Math.ceil((right - left) * 2);
  if (n <= steps + 1) return null;
  const picked: number[] = [0];
  let lo = 0;
  for (let c = 1; c <= steps; c++) {
    const t = invert(left + c / 2);
    // The last point at or before t, searching from the one picked before.
    let a = lo;
    let b = n - 1;
    while (a < b) {
      const mid = (a + b + 1) >> 1;
      if (points[mid]!.atMs <= t) a = mid;
      else b = mid - 1;
    }
    if (a > picked[picked.length - 1]!) picked.push(a);
    lo = a;
  }
  if (picked[picked.length - 1] !== n - 1) picked.push(n - 1);
  return picked;
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
