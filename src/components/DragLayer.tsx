/**
 * Drag and drop without @dnd-kit in the first download or on the first board's path: the
 * area below the header (palette, board, charts, side column) is drawn as soon as the first
 * document is in, its cards not yet draggable (./drag-hooks.ts), and drawn again inside
 * dnd-kit's DndContext (./DragKit.tsx) together with the rest of the workspace once the
 * board has been painted and the kit and the catalogue are in (./board-first.tsx). That
 * second render remounts the board (a DndContext above it changes the tree), after the
 * board is on screen. Should the kit fail to arrive, the area is drawn without it.
 */
import type { ReactNode } from 'react';
import { DragKitContext } from './drag-hooks';
import { dragKit } from './drag-kit-loader';
import { useRestOfWorkspace } from './board-first';
import { useWorkspace } from '../store/context';
import { selectLoaded, selectView } from '../store/selectors';

export function DragLayer({ children, waiting }: { children: ReactNode; waiting?: ReactNode }) {
  // The first document is in once the first load has completed, or sooner with its first
  // frame (a preset opened before the parser arrived, src/files/boot.ts).
  const shown = useWorkspace((s) => selectLoaded(s) || selectView(s) !== null);
  const rest = useRestOfWorkspace();
  if (!shown) return waiting ?? null;
  const kit = rest ? dragKit() : null;
  return (
    <DragKitContext.Provider value={kit}>
      {kit ? <kit.DragKitLayer>{children}</kit.DragKitLayer> : children}
    </DragKitContext.Provider>
  );
}
