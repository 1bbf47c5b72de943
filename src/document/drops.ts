/**
 * What may be dropped where, by sim-core's rules (@utsuwa/sim-core/rules): what may run where,
 * and the limits a container must keep where it would run. A drop is checked before anything
 * changes; a refusal carries a reason key and its figures (translated in the UI) and leaves
 * the workspace as it was.
 * A container dropped on another container's card goes beside it, where that card is (the
 * host or its VM): a container cannot hold one, and beside it is what the user meant.
 */
import type { ContainerSpec, Scenario } from '@utsuwa/sim-core';
import { formatBytes } from '@utsuwa/sim-core/format';
import { containerLimitsRefusal, cpusAvailable, nestingRefusal, type LimitRefusal, type NestingRefusal } from '@utsuwa/sim-core/rules';
import { choiceLimits, DEFAULT_CONTAINER_CHOICE, type ContainerChoice } from './specs';

export type DragItem =
  | { source: 'palette'; kind: 'vm' | 'container' }
  | { source: 'board'; name: string };

/** `null` name: the host itself. */
export interface DropTarget {
  name: string | null;
}

export type DropRefusal = NestingRefusal | LimitRefusal['rule'];

export type DropVerdict =
  | { ok: true; effect: 'add-vm' }
  | { ok: true; effect: 'add-container'; into: string | null }
  | { ok: true; effect: 'move-container'; name: string; into: string | null }
  | { ok: true; effect: 'none' }
  | { ok: false; reason: DropRefusal; params?: Record<string, string> };

function limitRefused(r: LimitRefusal): DropVerdict {
  return r.rule === 'memory-below-minimum'
    ? { ok: false, reason: r.rule, params: { limit: formatBytes(r.minBytes), got: formatBytes(r.gotBytes) } }
    : { ok: false, reason: r.rule, params: { max: String(r.max), got: String(r.got) } };
}

/**
 * Whether `item` may be dropped on `target`. `newContainer`: the palette's container choice
 * (its limits are checked where it would run).
 */
export function checkDrop(scenario: Scenario, item: DragItem, target: DropTarget, newContainer: ContainerChoice = DEFAULT_CONTAINER_CHOICE): DropVerdict {
  const onto = target.name === null ? null : scenario.instances.find((i) => i.name === target.name) ?? null;
  const dragged = item.source === 'board' ? scenario.instances.find((i) => i.name === item.name) : undefined;
  const draggedKind = item.source === 'palette' ? item.kind : dragged?.kind;
  if (!draggedKind) return { ok: true, effect: 'none' };
  // Dropping a board instance on itself changes nothing.
  if (item.source === 'board' && onto?.name === item.name) return { ok: true, effect: 'none' };

  // A container dropped on a container card goes beside it: where that card runs.
  const place = draggedKind === 'container' && onto?.kind === 'container'
    ? (onto.in === undefined ? null : scenario.instances.find((i) => i.name === onto.in) ?? null)
    : onto;
  const nesting = nestingRefusal(draggedKind, place?.kind ?? 'host');
  if (nesting) return { ok: false, reason: nesting };
  if (draggedKind === 'vm') return item.source === 'palette' ? { ok: true, effect: 'add-vm' } : { ok: true, effect: 'none' };

  const into = place?.name ?? null;
  const available = cpusAvailable(scenario.host.cpus, place?.kind === 'vm' ? place : null);
  if (item.source === 'palette') {
    const refused = containerLimitsRefusal(choiceLimits(newContainer), available);
    return refused ? limitRefused(refused) : { ok: true, effect: 'add-container', into };
  }
  const current = dragged as ContainerSpec;
  if (current.in === into) return { ok: true, effect: 'none' };
  const refused = containerLimitsRefusal(current, available);
  return refused ? limitRefused(refused) : { ok: true, effect: 'move-container', name: item.name, into };
}
