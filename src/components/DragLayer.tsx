/**
 * Drag and drop (@dnd-kit/core): palette items and containers on the board are draggable;
 * the host and each instance are drop targets. The drop itself is decided by the store
 * (src/document/drops.ts), which refuses what cannot fit and says why.
 */
import { useState, type ReactNode } from 'react';
import {
  DndContext, DragOverlay, PointerSensor, pointerWithin, rectIntersection, useSensor, useSensors,
  type CollisionDetection, type DragEndEvent, type DragStartEvent,
} from '@dnd-kit/core';
import { useTranslation } from 'react-i18next';
import { useWorkspaceStore } from '../store/context';
import type { DragItem, DropTarget } from '../document/drops';

/** The innermost target under the pointer wins (a container column inside a VM column). */
const innermostUnderPointer: CollisionDetection = (args) => {
  const hits = pointerWithin(args);
  if (hits.length === 0) return rectIntersection(args);
  const area = (id: string | number): number => {
    const r = args.droppableRects.get(id);
    return r ? r.width * r.height : Infinity;
  };
  return [...hits].sort((a, b) => area(a.id) - area(b.id));
};

export function DragLayer({ children }: { children: ReactNode }) {
  const store = useWorkspaceStore();
  const { t } = useTranslation();
  const [dragging, setDragging] = useState<DragItem | null>(null);
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 6 } }));

  const onDragStart = (e: DragStartEvent): void => setDragging((e.active.data.current as DragItem | undefined) ?? null);
  const onDragEnd = (e: DragEndEvent): void => {
    setDragging(null);
    const item = e.active.data.current as DragItem | undefined;
    const target = e.over?.data.current as DropTarget | undefined;
    if (item && target) store.getState().drop(item, target);
  };

  const label = dragging
    ? dragging.source === 'palette' ? t(dragging.kind === 'vm' ? 'palette.vm' : 'palette.container') : dragging.name
    : '';

  return (
    <DndContext sensors={sensors} collisionDetection={innermostUnderPointer} onDragStart={onDragStart} onDragEnd={onDragEnd} onDragCancel={() => setDragging(null)}>
      {children}
      <DragOverlay dropAnimation={null}>
        {dragging ? <div className={`drag-chip drag-chip-${dragging.source === 'palette' ? dragging.kind : 'container'}`}>{label}</div> : null}
      </DragOverlay>
    </DndContext>
  );
}
