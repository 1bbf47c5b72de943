/**
 * Drag and drop without @dnd-kit in the first download: the page renders at once with plain
 * cards, and dnd-kit (./DragKit.tsx, ~15 KB gzip) is asked for as the page starts. When it
 * arrives, the area below is mounted again inside its DndContext (once, usually before the
 * first scenario has loaded), and the cards' drag hooks (./drag-hooks.ts) come to life.
 */
import { useEffect, useSyncExternalStore, type ReactNode } from 'react';
import { DragKitContext, type DragKit } from './drag-hooks';

let kit: DragKit | null = null;
let loading: Promise<void> | null = null;
const listeners = new Set<() => void>();

/** Starts loading dnd-kit (once); the layer re-renders with it when it arrives. */
export function loadDragKit(): Promise<void> {
  loading ??= import('./DragKit').then((m) => {
    kit = m;
    for (const l of listeners) l();
  });
  return loading;
}

const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};
const getKit = () => kit;

export function DragLayer({ children }: { children: ReactNode }) {
  const loaded = useSyncExternalStore(subscribe, getKit);
  useEffect(() => {
    void loadDragKit();
  }, []);
  // The key mounts the area anew when dnd-kit arrives: its hooks may not appear in a live component.
  return (
    <DragKitContext.Provider value={loaded} key={loaded ? 'dnd' : 'plain'}>
      {loaded ? <loaded.DragKitLayer>{children}</loaded.DragKitLayer> : children}
    </DragKitContext.Provider>
  );
}
