/**
 * The board first: the workspace's first render draws the header, the palette, the board and
 * the playback bar, and what the first sight of a scenario does not need — the charts and the
 * side column (classroom, inspector, event log) — right after that frame has been painted.
 * The first render was one React render of the whole visible workspace (with its layout and
 * paint) before anything showed; see docs/performance.md.
 */
import { useEffect, useSyncExternalStore, type ReactNode } from 'react';
import { afterNextPaint } from '../files/boot';

let painted = false;
const listeners = new Set<() => void>();

function markPainted(): void {
  if (painted) return;
  painted = true;
  for (const l of listeners) l();
}

const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};
const getPainted = () => painted;

/** Whether the first board has been painted (from then on, always true). */
export function useBoardPainted(): boolean {
  return useSyncExternalStore(subscribe, getPainted);
}

/** Mounted with the board: once its frame has been painted, what waits for it is drawn. */
export function BoardPaintedSignal(): null {
  useEffect(() => {
    afterNextPaint(markPainted);
  }, []);
  return null;
}

/** `children` once the first board has been painted; until then `fallback`. */
export function AfterBoard({ children, fallback = null }: { children: ReactNode; fallback?: ReactNode }) {
  return useBoardPainted() ? children : fallback;
}
