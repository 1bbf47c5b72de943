/**
 * What the charts draw — the run's view and its memory history — at most ten times a second
 * while the run plays, and at once otherwise (paused, seeking, a new document). The board and
 * the clock follow every frame; the charts are the heaviest part of a crowded frame (each
 * redraw rebuilds every series' path), and redrawing them every frame held a 1,000-instance
 * run well under the chosen speed (docs/performance.md, "The page").
 */
import { useState, useSyncExternalStore } from 'react';
import type { MemorySample, SimView } from '@utsuwa/sim-core';
import { useWorkspaceStore } from '../store/context';
import type { WorkspaceState } from '../store/types';
import type { WorkspaceStore } from '../store/index';

/** The charts' pace while playing (ms between redraws). */
export const CHART_INTERVAL_MS = 100;

export interface ChartFrame {
  view: SimView | null;
  history: readonly MemorySample[];
}

/** The charts' frame as an external store for useSyncExternalStore: `get` changes only when subscribers are told. */
export function chartFrameSource(store: WorkspaceStore): { subscribe(notify: () => void): () => void; get(): ChartFrame } {
  const frameOf = (s: WorkspaceState): ChartFrame => ({ view: s.view, history: s.memoryHistory });
  let shown = frameOf(store.getState());
  let shownAt = Number.NEGATIVE_INFINITY;
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
        notify();
      };
      const onChange = (s: WorkspaceState): void => {
        if (!stale(s)) return;
        const wait = s.playing ? shownAt + CHART_INTERVAL_MS - performance.now() : 0;
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
  };
}

export function useChartFrame(): ChartFrame {
  const store = useWorkspaceStore();
  const [source] = useState(() => chartFrameSource(store));
  return useSyncExternalStore(source.subscribe, source.get, source.get);
}
