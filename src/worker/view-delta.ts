/**
 * Frames between the worker and the page carry only the instances whose view changed.
 * Structured-cloning 10,000 instance views costs the worker and the page over a hundred
 * milliseconds a frame; while a crowd runs, most of them are the same as the frame before.
 * The worker encodes (FrameEncoder) and the page's WorkerDriver decodes (FrameDecoder) in
 * lockstep, so the store still receives whole views, in which an unchanged instance is the
 * very object it had before (memoised views skip it).
 *
 * An instance in a phase in progress changes every frame only because that phase ends "now"
 * (at 10,000 instances thousands wait in the container engine's queue at once, and sending
 * them all made each frame a 4 MB clone): such a change is not sent, and the decoder moves
 * the open phase's end to the frame's time itself.
 */
import { withPhases } from '@utsuwa/sim-core';
import type { HostDiskBreakdown, InstanceView, PhaseSpan } from '@utsuwa/sim-core';
import type { Frame } from './protocol';

/** The first `count` spans of each (all of them by default) are the same. */
function samePhases(a: readonly PhaseSpan[], b: readonly PhaseSpan[], count = a.length): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < count; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x !== y && (x.name !== y.name || x.startMs !== y.startMs || x.endMs !== y.endMs)) return false;
  }
  return true;
}

/**
 * Every field of a view but `phases` is a plain value, compared one by one (a loop over the
 * keys was a third of the worker's frame at 10,000 instances). A new field of InstanceView
 * must be compared here: withPhases (sim-core), a typed literal, fails to compile until it
 * copies it, which is the reminder.
 */
function samePlainFields(a: InstanceView, b: InstanceView): boolean {
  return a.name === b.name && a.kind === b.kind && a.state === b.state && a.phase === b.phase && a.readyMs === b.readyMs
    && a.memoryBytes === b.memoryBytes && a.memoryLimitBytes === b.memoryLimitBytes && a.cpuCores === b.cpuCores
    && a.cpuLimit === b.cpuLimit && a.throttled === b.throttled && a.diskBytes === b.diskBytes && a.imageBytes === b.imageBytes
    && a.kernel === b.kernel && a.in === b.in && a.compromised === b.compromised && a.exitCode === b.exitCode
    && a.technology === b.technology && a.software === b.software;
}

/** Whether two views of an instance show the same. */
export function sameInstanceView(a: InstanceView, b: InstanceView): boolean {
  return a === b || (samePlainFields(a, b) && samePhases(a.phases, b.phases));
}

/** `b` is `a` with its open phase (the one in progress) ending at `nowMs`: what the decoder makes of `a`. */
export function sameButClock(a: InstanceView, b: InstanceView, nowMs: number): boolean {
  if (a.phase === null) return false;
  const n = a.phases.length;
  if (b.phases.length !== n || n === 0) return false;
  const x = a.phases[n - 1]!;
  const y = b.phases[n - 1]!;
  return x.name === y.name && x.startMs === y.startMs && y.endMs === nowMs && samePlainFields(a, b) && samePhases(a.phases, b.phases, n - 1);
}

/** `view` with its open phase ending at `nowMs` (the same object when it already does). */
function withClock(view: InstanceView, nowMs: number): InstanceView {
  const n = view.phases.length;
  const last = view.phases[n - 1];
  if (view.phase === null || !last || last.endMs === nowMs) return view;
  const phases = view.phases.slice();
  phases[n - 1] = { name: last.name, startMs: last.startMs, endMs: nowMs };
  return withPhases(view, phases);
}

const DISK_LISTS = ['layers', 'writable', 'vmDisks'] as const;
type DiskLists = Pick<HostDiskBreakdown, (typeof DISK_LISTS)[number]>;

/** Two lists of plain records (a disk list's entries) hold the same values. */
function sameEntries(a: readonly object[], b: readonly object[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as Record<string, unknown>;
    const y = b[i] as Record<string, unknown>;
    for (const key in x) if (x[key] !== y[key]) return false;
  }
  return true;
}

/**
 * The host disk's lists (one entry per container: 400 KB a frame at 10,000) are sent only
 * when they changed; the frame is the same object when nothing is left out.
 */
function withoutKeptDiskLists(frame: Frame, last: DiskLists | null): Frame {
  const disk = frame.view.host.disk;
  if (!last) return frame;
  const kept = DISK_LISTS.filter((key) => sameEntries(disk[key], last[key]));
  if (kept.length === 0) return frame;
  const sent = { ...disk };
  for (const key of kept) sent[key] = [];
  return { ...frame, view: { ...frame.view, host: { ...frame.view.host, disk: sent } }, diskListsKept: kept };
}

export class FrameEncoder {
  private last: InstanceView[] | null = null;
  private lastDisk: DiskLists | null = null;

  /** The frame to post: its view's instances replaced by the changes when that is smaller, the disk lists left out when unchanged. */
  encode(whole: Frame): Frame {
    const frame = withoutKeptDiskLists(whole, this.lastDisk);
    this.lastDisk = whole.view.host.disk;
    const instances = frame.view.instances;
    const last = this.last;
    this.last = instances;
    if (!last || last.length !== instances.length) return frame;
    const changes: Array<[number, InstanceView]> = [];
    for (let i = 0; i < instances.length; i++) {
      const now = instances[i]!;
      const before = last[i]!;
      if (now !== before && !sameInstanceView(now, before) && !sameButClock(before, now, frame.view.nowMs)) {
        changes.push([i, now]);
        if (changes.length * 2 > instances.length) return frame; // mostly new: send it whole
      }
    }
    return { ...frame, view: { ...frame.view, instances: [] }, instanceChanges: changes };
  }
}

export class FrameDecoder {
  private last: InstanceView[] = [];
  private lastDisk: DiskLists | null = null;

  decode(sent: Frame): Frame {
    const frame = this.withDiskLists(sent);
    this.lastDisk = frame.view.host.disk;
    return this.withInstances(frame);
  }

  private withDiskLists(frame: Frame): Frame {
    const kept = frame.diskListsKept;
    if (!kept) return frame;
    const disk = { ...frame.view.host.disk };
    for (const key of kept) (disk as DiskLists)[key] = this.lastDisk![key] as never;
    const { diskListsKept: _sent, ...rest } = frame;
    return { ...rest, view: { ...frame.view, host: { ...frame.view.host, disk } } };
  }

  /**
   * The whole frame again: the instances not in the changes are the previous frame's objects,
   * or, in a phase in progress, copies whose open phase ends at the frame's time.
   */
  private withInstances(frame: Frame): Frame {
    const changes = frame.instanceChanges;
    if (!changes) {
      this.last = frame.view.instances;
      return frame;
    }
    const nowMs = frame.view.nowMs;
    const instances = this.last.map((view) => withClock(view, nowMs));
    for (const [i, view] of changes) instances[i] = view;
    this.last = instances;
    const { instanceChanges: _sent, ...rest } = frame;
    return { ...rest, view: { ...frame.view, instances } };
  }
}
