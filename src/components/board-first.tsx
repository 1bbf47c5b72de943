/**
 * The board first: the workspace's first render draws the header, the board and the playback
 * bar, and the rest — the palette, the charts and the side column (classroom, inspector,
 * event log), and dnd-kit's context around the area — once that frame has been painted and
 * dnd-kit (./drag-kit-loader.ts) and the catalogue (../document/catalogue.ts) are in. A preset
 * opened from its compiled form needs neither for its board (it carries what the board reads
 * from the catalogue), so its board is drawn as soon as the entry and the preset are in.
 * The first render was one React render of the whole visible workspace, after a second round
 * of downloads, before anything showed; see docs/performance.md.
 */
import { useEffect, useSyncExternalStore, type ReactNode } from 'react';
import { afterNextPaint } from '../files/boot';
import { loadCatalogue } from '../document/catalogue';
import { dragKitSettled, loadDragKit, onDragKitSettled } from './drag-kit-loader';

let painted = false;
let catalogueSettled = false;
const listeners = new Set<() => void>();
const changed = (): void => {
  for (const l of listeners) l();
};

function markPainted(): void {
  if (painted) return;
  painted = true;
  // Both are asked for as the page starts (src/first-downloads.ts); these calls only wait.
  loadCatalogue().catch(() => {}).finally(() => {
    catalogueSettled = true;
    changed();
  });
  if (!dragKitSettled()) loadDragKit().catch(() => {});
  changed();
}

onDragKitSettled(changed);

const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};
const getReady = () => painted && catalogueSettled && dragKitSettled();

/** Whether the rest of the workspace may be drawn (from then on, always true). */
export function useRestOfWorkspace(): boolean {
  return useSyncExternalStore(subscribe, getReady);
}

/** Mounted with the board: once its frame has been painted, the rest may follow. */
export function BoardPaintedSignal(): null {
  useEffect(() => {
    afterNextPaint(markPainted);
  }, []);
  return null;
}

/** `children` with the rest of the workspace; until then `fallback`. */
export function AfterBoard({ children, fallback = null }: { children: ReactNode; fallback?: ReactNode }) {
  return useRestOfWorkspace() ? children : fallback;
}
