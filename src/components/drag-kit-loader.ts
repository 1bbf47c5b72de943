/**
 * Loading dnd-kit (./DragKit.tsx, ~15 KB gzip): asked for as the page starts
 * (src/first-downloads.ts) and awaited by no first render; the area under the drag layer is
 * drawn inside its DndContext once it is in (./DragLayer.tsx, ./board-first.tsx).
 */
import type { DragKit } from './drag-hooks';

let kit: DragKit | null = null;
let settled = false;
let loading: Promise<void> | null = null;
const listeners = new Set<() => void>();

const settle = (): void => {
  settled = true;
  for (const l of listeners) l();
};

/** Starts loading dnd-kit (once); resolves when it has arrived, rejects if it could not. */
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

/** dnd-kit once it has arrived; null before, or when it failed to (the cards then stay undraggable). */
export function dragKit(): DragKit | null {
  return kit;
}

/** Whether loading dnd-kit has ended, either way. */
export function dragKitSettled(): boolean {
  return settled;
}

export function onDragKitSettled(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
