/**
 * Drag and drop (@dnd-kit/core), loaded as the page starts (./DragLayer.tsx): palette
 * items and containers on the board are draggable;
 * the host and each instance are drop targets. The drop itself is decided by the store
 * (src/document/drops.ts), which refuses what cannot fit and says why. A screen reader hears
 * each step in plain words (dnd-kit's live region); the outcome is the store's notice, a live
 * region of its own ("nginx-2 added to web-vm."), so it is said once.
 */
import { useMemo, useState, type ReactNode } from 'react';
import {
  DndContext, DragOverlay, PointerSensor, pointerWithin, rectIntersection, useSensor, useSensors,
  type Active, type Announcements, type CollisionDetection, type DragEndEvent, type DragStartEvent, type Over,
} from '@dnd-kit/core';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { useWorkspaceStore } from '../store/context';
import type { WorkspaceStore } from '../store/index';
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

/** What is being dragged, in words: its name, or "container" for a new one from the palette. */
function draggedName(active: Active, t: TFunction): string {
  const item = active.data.current as DragItem | undefined;
  if (!item) return '';
  return item.source === 'board' ? item.name : t(item.kind === 'vm' ? 'palette.vm' : 'palette.container');
}

/** dnd-kit's announcements in plain words, both languages ("nginx is over web-vm: drop to put it in."). */
function plainAnnouncements(t: TFunction, store: WorkspaceStore): Announcements {
  const over = (active: Active, target: Over | null): string | undefined => {
    if (!target) return undefined;
    const name = draggedName(active, t);
    const onto = (target.data.current as DropTarget | undefined)?.name ?? null;
    if (onto === null) return t('drop.dragOverHost', { name });
    const kind = store.getState().doc.instances.find((i) => i.name === onto)?.kind;
    return t(kind === 'vm' ? 'drop.dragOverVm' : 'drop.dragOverBeside', { name, target: onto });
  };
  return {
    onDragStart: ({ active }) => {
      const item = active.data.current as DragItem | undefined;
      return item?.source === 'palette' ? t('drop.dragStartNew', { kind: draggedName(active, t) }) : t('drop.dragStart', { name: draggedName(active, t) });
    },
    onDragOver: ({ active, over: target }) => over(active, target),
    // A drop on a target is answered by the store's notice (added, moved, or why not).
    onDragEnd: ({ active, over: target }) => (target ? undefined : t('drop.dragOutside', { name: draggedName(active, t) })),
    onDragCancel: () => t('drop.dragCancel'),
  };
}

/** What the board's cards and the palette take from dnd-kit, through ./drag-hooks.ts. */
export { useDraggable, useDroppable } from '@dnd-kit/core';

export function DragKitLayer({ children }: { children: ReactNode }) {
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

  const accessibility = useMemo(
    () => ({ announcements: plainAnnouncements(t, store), screenReaderInstructions: { draggable: t('drop.dragHelp') } }),
    [t, store],
  );

  const label = dragging
    ? dragging.source === 'palette' ? t(dragging.kind === 'vm' ? 'palette.vm' : 'palette.container') : dragging.name
    : '';

  return (
    <DndContext sensors={sensors} collisionDetection={innermostUnderPointer} accessibility={accessibility} onDragStart={onDragStart} onDragEnd={onDragEnd} onDragCancel={() => setDragging(null)}>
      {children}
      <DragOverlay dropAnimation={null}>
        {dragging ? <div className={`drag-chip drag-chip-${dragging.source === 'palette' ? dragging.kind : 'container'}`}>{label}</div> : null}
      </DragOverlay>
    </DndContext>
  );
}
