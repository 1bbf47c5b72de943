/**
 * What may be dropped where. A drop is checked before anything changes; a refusal carries
 * a reason key (translated in the UI) and leaves the workspace as it was.
 */
import type { Scenario } from '@utsuwa/sim-core';

export type DragItem =
  | { source: 'palette'; kind: 'vm' | 'container' }
  | { source: 'board'; name: string };

/** `null` name: the host itself. */
export interface DropTarget {
  name: string | null;
}

export type DropRefusal = 'vm-into-container' | 'vm-into-vm' | 'container-into-container';

export type DropVerdict =
  | { ok: true; effect: 'add-vm' }
  | { ok: true; effect: 'add-container'; into: string | null }
  | { ok: true; effect: 'move-container'; name: string; into: string | null }
  | { ok: true; effect: 'none' }
  | { ok: false; reason: DropRefusal };

export function checkDrop(scenario: Scenario, item: DragItem, target: DropTarget): DropVerdict {
  const onto = target.name === null ? null : scenario.instances.find((i) => i.name === target.name) ?? null;
  const draggedKind = item.source === 'palette' ? item.kind : scenario.instances.find((i) => i.name === item.name)?.kind;
  if (!draggedKind) return { ok: true, effect: 'none' };

  if (draggedKind === 'vm') {
    if (onto?.kind === 'container') return { ok: false, reason: 'vm-into-container' };
    if (onto?.kind === 'vm' && !(item.source === 'board' && item.name === onto.name)) return { ok: false, reason: 'vm-into-vm' };
    return item.source === 'palette' ? { ok: true, effect: 'add-vm' } : { ok: true, effect: 'none' };
  }

  if (onto?.kind === 'container') {
    if (item.source === 'board' && item.name === onto.name) return { ok: true, effect: 'none' };
    return { ok: false, reason: 'container-into-container' };
  }
  const into = onto?.name ?? null;
  if (item.source === 'palette') return { ok: true, effect: 'add-container', into };
  const current = scenario.instances.find((i) => i.name === item.name);
  if (current?.kind === 'container' && current.in === into) return { ok: true, effect: 'none' };
  return { ok: true, effect: 'move-container', name: item.name, into };
}
