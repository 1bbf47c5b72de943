/**
 * Frames between the worker and the page carry only the instances whose view changed.
 * Structured-cloning 10,000 instance views costs the worker and the page over a hundred
 * milliseconds a frame; while a crowd runs, most of them are the same as the frame before.
 * The worker encodes (FrameEncoder) and the page's WorkerDriver decodes (FrameDecoder) in
 * lockstep, so the store still receives whole views, in which an unchanged instance is the
 * very object it had before (memoised views skip it).
 */
import type { InstanceView, PhaseSpan } from '@utsuwa/sim-core';
import type { Frame } from './protocol';

function samePhases(a: readonly PhaseSpan[], b: readonly PhaseSpan[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x.name !== y.name || x.startMs !== y.startMs || x.endMs !== y.endMs) return false;
  }
  return true;
}

/** Whether two views of an instance show the same (every field is a plain value but `phases`). */
export function sameInstanceView(a: InstanceView, b: InstanceView): boolean {
  for (const key of Object.keys(a) as Array<keyof InstanceView>) {
    if (key === 'phases') continue;
    if (a[key] !== b[key]) return false;
  }
  return Object.keys(a).length === Object.keys(b).length && samePhases(a.phases, b.phases);
}

export class FrameEncoder {
  private last: InstanceView[] | null = null;

  /** The frame to post: its view's instances replaced by the changes when that is smaller. */
  encode(frame: Frame): Frame {
    const instances = frame.view.instances;
    const last = this.last;
    this.last = instances;
    if (!last || last.length !== instances.length) return frame;
    const changes: Array<[number, InstanceView]> = [];
    for (let i = 0; i < instances.length; i++) {
      const now = instances[i]!;
      if (!sameInstanceView(now, last[i]!)) {
        changes.push([i, now]);
        if (changes.length * 2 > instances.length) return frame; // mostly new: send it whole
      }
    }
    return { ...frame, view: { ...frame.view, instances: [] }, instanceChanges: changes };
  }
}

export class FrameDecoder {
  private last: InstanceView[] = [];

  /** The whole frame again: the instances not in the changes are the previous frame's objects. */
  decode(frame: Frame): Frame {
    const changes = frame.instanceChanges;
    if (!changes) {
      this.last = frame.view.instances;
      return frame;
    }
    const instances = this.last.slice();
    for (const [i, view] of changes) instances[i] = view;
    this.last = instances;
    const { instanceChanges: _sent, ...rest } = frame;
    return { ...rest, view: { ...frame.view, instances } };
  }
}
