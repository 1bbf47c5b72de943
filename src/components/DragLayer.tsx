/**
 * Drag and drop without @dnd-kit in the first download: dnd-kit (./DragKit.tsx, ~15 KB gzip)
 * is asked for as the page starts (src/first-downloads.ts), with the parser and the
 * catalogue. The area below (palette, board, charts, side column) is drawn once the first
 * document is in and the kit is in, so it is drawn once, with its document: drawing it
 * empty first and again inside the kit's DndContext cost two renders of the whole area before
 * the board (docs/performance.md). Should the kit fail to arrive, the area is drawn without it
 * and the cards' drag hooks (./drag-hooks.ts) stay inert.
 */
import { useSyncExternalStore, type ReactNode } from 'react';
import { DragKitContext, type DragKit } from './drag-hooks';
import { useWorkspace } from '../store/context';
import { selectLoaded, selectView } from '../store/selectors';

let kit: DragKit | null = null;
let settled = false;
let loading: Promise<void> | null = null;
const listeners = new Set<() => void>();

const settle = (): void => {
  settled = true;
  for (const l of listeners) l();
};

/** Starts loading dnd-kit (once); the layer draws its area when it has arrived or failed to. */
export function loadDragKit(): Promise<void> {
  loading ??= import('./DragKit').then(
    (m) => {
      kit = m;
      settle();
    },
    (err: unknown) => {
      settle();
      throw err;
    },
  );
  return loading;
}

const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};
const getSettled = () => settled;

export function DragLayer({ children, waiting }: { children: ReactNode; waiting?: ReactNode }) {
  const kitSettled = useSyncExternalStore(subscribe, getSettled);
  // The first document is in once the first load has completed, or sooner with its first
  // frame (a preset opened before the parser arrived, src/files/boot.ts).
  const shown = useWorkspace((s) => selectLoaded(s) || selectView(s) !== null);
  if (!kitSettled) void loadDragKit().catch(() => {});
  if (!kitSettled || !shown) return waiting ?? null;
  return (
    <DragKitContext.Provider value={kit}>
      {kit ? <kit.DragKitLayer>{children}</kit.DragKitLayer> : children}
    </DragKitContext.Provider>
  );
}
