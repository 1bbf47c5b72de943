/**
 * Drag and drop without @dnd-kit in the first download or on the first board's path: the
 * area below the header (palette, board, charts, side column) is drawn as soon as the first
 * document is in. If dnd-kit (./DragKit.tsx) is in by then, inside its DndContext from the
 * start; if not, the cards are not yet draggable (./drag-hooks.ts) and the area is drawn again
 * inside the DndContext together with the rest of the workspace, once the board has been
 * painted and the kit and the catalogue are in (./board-first.tsx): that second render
 * remounts the board (a DndContext above it changes the tree), after it is on screen. Should
 * the kit fail to arrive, the area is drawn without it.
 */
import { useState, useSyncExternalStore, type ReactNode } from 'react';
import { DragKitContext } from './drag-hooks';
import { dragKit, dragKitSettled, onDragKitSettled } from './drag-kit-loader';
import { useRestOfWorkspace } from './board-first';
import { useWorkspace } from '../store/context';
import { selectLoaded, selectView } from '../store/selectors';

export function DragLayer({ children, waiting }: { children: ReactNode; waiting?: ReactNode }) {
  // The first document is in once the first load has completed, or sooner with its first
  // frame (a preset opened before the parser arrived, src/files/boot.ts).
  const shown = useWorkspace((s) => selectLoaded(s) || selectView(s) !== null);
  const rest = useRestOfWorkspace();
  useSyncExternalStore(onDragKitSettled, dragKitSettled);
  const kit = dragKit();
  // Whether the area was first drawn before the kit was in: it then waits for the rest.
  const [drawnWithoutKit, setDrawnWithoutKit] = useState(false);
  if (shown && kit === null && !rest && !drawnWithoutKit) setDrawnWithoutKit(true);
  if (!shown) return waiting ?? null;
  const used = kit !== null && (rest || !drawnWithoutKit) ? kit : null;
  return (
    <DragKitContext.Provider value={used}>
      {used ? <used.DragKitLayer>{children}</used.DragKitLayer> : children}
    </DragKitContext.Provider>
  );
}
