import type { TimelineInstance } from './timeline-layout';
import { shareRows } from './share-rows';

/**
 * The timeline's rows by kind, so 100 VMs and 100 containers are both on screen: one group
 * per kind (VMs first), each scrolling on its own and given a share of the visible rows.
 * With at most one of each kind there is one list, in board order.
 */
export interface TimelineGroup {
  /** null: the one ungrouped list. */
  kind: 'vm' | 'container' | null;
  instances: TimelineInstance[];
  /** Rows visible before the group scrolls. */
  visibleRows: number;
}

export function timelineGroups(instances: readonly TimelineInstance[], maxVisibleRows: number): TimelineGroup[] {
  const vms = instances.filter((i) => i.kind === 'vm');
  const containers = instances.filter((i) => i.kind === 'container');
  if (vms.length <= 1 && containers.length <= 1) {
    return [{ kind: null, instances: [...instances], visibleRows: Math.min(instances.length, maxVisibleRows) }];
  }
  const groups = ([['vm', vms], ['container', containers]] as const).filter(([, list]) => list.length > 0);
  const shares = shareRows(groups.map(([, list]) => list.length), Math.max(maxVisibleRows, groups.length));
  return groups.map(([kind, list], i) => ({ kind, instances: list, visibleRows: shares[i]! }));
}
