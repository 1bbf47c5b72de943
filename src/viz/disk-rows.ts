import type { DiskUsage } from './disk-usage';

/** The rows of the disk chart's breakdown, grouped; long groups end with a "+N more" row. */
export type DiskGroup = 'layers' | 'writable' | 'vm-disks' | 'other';

export interface DiskRow {
  group: DiskGroup;
  /** Layer id, instance name, or '' for the "more" and "other" rows. */
  label: string;
  bytes: number;
  /** Layers: the containers that stand on it. */
  usedBy: string[];
  /** Layers: the images on the board that contain it. */
  images: string[];
  /** For a "+N more" row: how many items it stands for. */
  moreCount: number;
}

function capped(group: DiskGroup, items: DiskRow[], max: number): DiskRow[] {
  if (items.length <= max) return items;
  const shown = items.slice(0, Math.max(0, max - 1));
  const rest = items.slice(shown.length);
  const more: DiskRow = { group, label: '', bytes: rest.reduce((s, r) => s + r.bytes, 0), usedBy: [], images: [], moreCount: rest.length };
  return [...shown, more];
}

/** Breakdown rows, biggest first within a group, at most `maxPerGroup` rows per group. */
export function diskRows(usage: DiskUsage, maxPerGroup = 8): DiskRow[] {
  const row = (group: DiskGroup, label: string, bytes: number): DiskRow => ({ group, label, bytes, usedBy: [], images: [], moreCount: 0 });
  const bySize = (a: DiskRow, b: DiskRow) => b.bytes - a.bytes || (a.label < b.label ? -1 : 1);
  const layers = usage.layers.map((l) => ({ ...row('layers', l.id, l.bytes), usedBy: l.usedBy, images: l.images }));
  const writable = usage.writable.map((w) => row('writable', w.name, w.bytes)).sort(bySize);
  const vms = usage.vmDisks.map((v) => row('vm-disks', v.name, v.bytes)).sort(bySize);
  return [
    ...capped('layers', layers, maxPerGroup),
    ...capped('writable', writable, maxPerGroup),
    ...capped('vm-disks', vms, maxPerGroup),
    ...(usage.otherBytes > 0 ? [row('other', '', usage.otherBytes)] : []),
  ];
}

export const DISK_GROUP_COLOURS: Record<DiskGroup, string> = {
  layers: '#4e79a7',
  writable: '#59a14f',
  'vm-disks': '#f28e2b',
  other: '#bab0ac',
};
