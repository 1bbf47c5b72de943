import type { HostDiskBreakdown } from '@utsuwa/sim-core';

/**
 * The rows of the disk chart, read from sim-core's one host-disk breakdown (SimView.host.disk),
 * grouped; long groups end with a "+N more" row. No figure is computed here, only arranged.
 */
export type DiskGroup = 'layers' | 'pulling' | 'writable' | 'vm-disks' | 'logs';

export interface DiskRow {
  group: DiskGroup;
  /** Layer id, instance name, or '' for the "more" and "logs" rows. */
  label: string;
  bytes: number;
  /** Layers: how many containers stand on it, and the first of them. */
  users: number;
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
  const more: DiskRow = { group, label: '', bytes: rest.reduce((s, r) => s + r.bytes, 0), users: 0, usedBy: [], images: [], moreCount: rest.length };
  return [...shown, more];
}

/** Breakdown rows, biggest first within a group, at most `maxPerGroup` rows per group. */
export function diskRows(disk: HostDiskBreakdown, maxPerGroup = 8): DiskRow[] {
  const row = (group: DiskGroup, label: string, bytes: number): DiskRow => ({ group, label, bytes, users: 0, usedBy: [], images: [], moreCount: 0 });
  const bySize = (a: DiskRow, b: DiskRow) => b.bytes - a.bytes || (a.label < b.label ? -1 : 1);
  const layerRow = (l: HostDiskBreakdown['layers'][number], group: DiskGroup): DiskRow => ({ ...row(group, l.id, l.bytes), users: l.users, usedBy: l.usedBy, images: l.images });
  const present = disk.layers.filter((l) => l.state === 'present').map((l) => layerRow(l, 'layers'));
  const pulling = disk.layers.filter((l) => l.state !== 'present').map((l) => layerRow(l, 'pulling'));
  const writable = disk.writable.map((w) => row('writable', w.name, w.bytes)).sort(bySize);
  const vms = disk.vmDisks.map((v) => row('vm-disks', v.name, v.bytes)).sort(bySize);
  return [
    ...capped('layers', present, maxPerGroup),
    ...capped('pulling', pulling, maxPerGroup),
    ...capped('writable', writable, maxPerGroup),
    ...capped('vm-disks', vms, maxPerGroup),
    ...(disk.logsBytes > 0 ? [row('logs', '', disk.logsBytes)] : []),
  ];
}

export const DISK_GROUP_COLOURS: Record<DiskGroup, string> = {
  layers: '#4e79a7',
  pulling: '#a0cbe8',
  writable: '#59a14f',
  'vm-disks': '#f28e2b',
  logs: '#bab0ac',
};

/** The gauge's segments, in the order they are drawn, with the breakdown's figure for each. */
export function diskGauge(disk: HostDiskBreakdown): Array<[DiskGroup, number]> {
  return [
    ['layers', disk.imagesBytes], ['pulling', disk.pullingBytes], ['writable', disk.writableBytes],
    ['vm-disks', disk.vmDisksBytes], ['logs', disk.logsBytes],
  ];
}
