/**
 * The drag and drop hooks the board and the palette use, working before dnd-kit has loaded
 * (./DragLayer.tsx): until then a card is simply not draggable yet. The kit never changes
 * under a mounted component (the layer remounts its area when it arrives), so each component
 * calls the same hooks on every render.
 */
import { createContext, useContext } from 'react';
import type { DraggableAttributes, UseDraggableArguments, UseDroppableArguments } from '@dnd-kit/core';

export type DragKit = typeof import('./DragKit');
export const DragKitContext = createContext<DragKit | null>(null);

type Draggable = Pick<ReturnType<DragKit['useDraggable']>, 'setNodeRef' | 'listeners' | 'isDragging'> & { attributes: Partial<DraggableAttributes> };
type Droppable = Pick<ReturnType<DragKit['useDroppable']>, 'setNodeRef' | 'isOver'>;

const noRef = (): void => {};
const NOT_DRAGGABLE: Draggable = {
  setNodeRef: noRef,
  listeners: undefined,
  attributes: {},
  isDragging: false,
};
const NOT_DROPPABLE: Droppable = { setNodeRef: noRef, isOver: false };
const useNoDraggable = (_: UseDraggableArguments): Draggable => NOT_DRAGGABLE;
const useNoDroppable = (_: UseDroppableArguments): Droppable => NOT_DROPPABLE;

export function useDragSource(args: UseDraggableArguments): Draggable {
  const useDraggable = useContext(DragKitContext)?.useDraggable ?? useNoDraggable;
  return useDraggable(args);
}

export function useDropTarget(args: UseDroppableArguments): Droppable {
  const useDroppable = useContext(DragKitContext)?.useDroppable ?? useNoDroppable;
  return useDroppable(args);
}
