/**
 * What the charts draw — the run's view and its memory history — at most ten times a second
 * while the run plays, and at once otherwise (paused, seeking, a new document). The board and
 * the clock follow every frame; the charts are the heaviest part of a crowded frame (each
 * redraw rebuilds every series' path), and redrawing them every frame held a 1,000-instance
 * run well under the chosen speed (docs/performance.md, "The page").
 *
 * Past ten a second, a redraw also waits for the page to have had the rest of its time: the
 * charts take at most CHART_SHARE of it while playing. At 10,000 instances a redraw takes
 * 50-100 ms of the main thread (every series and distribution is rebuilt from the whole
 * view), and ten of them a second left no frames to draw.
 */
import { useState, useSyncExternalStore } from 'react';
import type { MemorySample, SimView } from '@utsuwa/sim-core';
import { useWorkspaceStore } from '../store/context';
import type { WorkspaceState } from '../store/types';
import type { WorkspaceStore } from '../store/index';

/** The charts' pace while playing (ms between redraws). */
export const CHART_INTERVAL_MS = 100;
/** The share of the page's time the charts' redraws may take while playing... */
export const CHART_SHARE = 0.2;
/** ...but they redraw at least once a second however long they take. */
const MAX_CHART_PACE_MS = 1000;

export interface ChartFrame {
  view: SimView | null;
  history: readonly MemorySample[];
}

export interface ChartFrameSource {
  subscribe(notify: () => void): () => void;
  get(): ChartFrame;
  /** The charts have drawn the frame last published (called from their commit): how long that took sets the pace. */
  drawn(): void;
}

/** The charts' frame as an external store for useSyncExternalStore: `get` changes only when subscribers are told. */
export function chartFrameSource(store: WorkspaceStore): ChartFrameSource {
  const frameOf = (s: WorkspaceState): ChartFrame => ({ view: s.view, history: s.memoryHistory });
  let shown = frameOf(store.getState());
  let shownAt = Number.NEGATIVE_INFINITY;
  // The wall time between two redraws' starts: the interval, or more when the last redraw was long.
  let pace = CHART_INTERVAL_MS;
  let drawing = false;
  const stale = (s: WorkspaceState): boolean => s.view !== shown.view || s.memoryHistory !== shown.history;
  return {
    subscribe(notify: () => void): () => void {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const publish = (): void => {
        timer = undefined;
        const s = store.getState();
        if (!stale(s)) return;
        shown = frameOf(s);
        shownAt = performance.now();
        drawing = true;
        notify();
      };
      const onChange = (s: WorkspaceState): void => {
        if (!stale(s)) return;
        const wait = s.playing ? shownAt + pace - performance.now() : 0;
        if (wait > 0) {
          timer ??= setTimeout(publish, wait);
          return;
        }
        clearTimeout(timer);
        publish();
      };
      const unsubscribe = store.subscribe(onChange);
      publish(); // what changed between the render and this subscription
      return () => {
        unsubscribe();
        clearTimeout(timer);
      };
    },
    get: (): ChartFrame => shown,
    drawn(): void {
      if (!drawing) return;
      drawing = false;
      pace = Math.min(MAX_CHART_PACE_MS, Math.max(CHART_INTERVAL_MS, (performance.now() - shownAt) / CHART_SHARE));
    },
  };
}

/** The frame the charts draw; the caller's layout effects run after it is drawn, where `drawn` is to be called. */
export function useChartFrame(): ChartFrame & { drawn(): void } {
  const store = useWorkspaceStore();
  const [source] = useState(() => chartFrameSource(store));
  const frame = useSyncExternalStore(source.subscribe, source.get, source.get);
  return { ...frame, drawn: source.drawn };
}
