import { useMemo, useRef } from 'react';
import { scaleLinear } from 'd3-scale';
import type { HostView } from '@utsuwa/sim-core';
import { formatBytes } from '@utsuwa/sim-core/format';
import { diskGauge, diskRows, DISK_GROUP_COLOURS, type DiskGroup, type DiskRow } from '../viz/disk-rows';
import { formatPercent } from '../viz/format';
import { chartText, type ChartText } from './chart-text';
import { useChartWidth } from './useElementWidth';
import { Legend } from './Legend';

export interface DiskChartProps {
  /** The host (SimView.host): its disk's size and sim-core's breakdown of what fills it. */
  host: Pick<HostView, 'diskTotalBytes' | 'disk'>;
  /** Width in pixels; default: the container's width (ResizeObserver). */
  width?: number;
  /** Rows per group before the rest is summed into "+N more". Default 8. */
  maxRowsPerGroup?: number;
  /** Texts; default English. */
  strings?: ChartText;
}

const ROW_HEIGHT = 18;
const HEADER_HEIGHT = 20;
const GAUGE_HEIGHT = 16;
const LABEL_WIDTH = 170;
const GROUPS: readonly DiskGroup[] = ['layers', 'pulling', 'writable', 'vm-disks', 'logs'];

/**
 * Disk use on the host: a gauge against the host's disk, then what fills it — image layers
 * stored once (each with the containers that share it), layers being pulled, each
 * container's writable layer, each VM's disk — with the image layers the containers use
 * against what they would take if every container had its own copy. Every figure is
 * sim-core's (SimView.host.disk), the same the board and the "Layers & disk" view show.
 */
export function DiskChart({ host, width, maxRowsPerGroup = 8, strings = chartText('en') }: DiskChartProps) {
  const ref = useRef<HTMLElement>(null);
  const chartWidth = useChartWidth(ref, width);
  const disk = host.disk;
  const rows = useMemo(() => diskRows(disk, maxRowsPerGroup), [disk, maxRowsPerGroup]);

  const groupTitle: Record<DiskGroup, string> = {
    layers: strings('imageLayers'), pulling: strings('pullingLayers'), writable: strings('writableLayers'), 'vm-disks': strings('vmDisks'), logs: strings('containerLogs'),
  };
  const barMax = Math.max(1, ...rows.map((r) => r.bytes));
  const bar = scaleLinear().domain([0, barMax]).range([0, Math.max(20, chartWidth - LABEL_WIDTH - 80)]);
  const gauge = scaleLinear().domain([0, Math.max(1, host.diskTotalBytes, disk.totalBytes)]).range([0, chartWidth]);
  const used = formatBytes(disk.totalBytes);
  const total = formatBytes(host.diskTotalBytes);
  const saved = formatBytes(Math.max(0, disk.layersIfUnsharedBytes - disk.layersInUseBytes));

  // Positions: a header above each group's first row.
  let y = GAUGE_HEIGHT + 24;
  let group: DiskGroup | null = null;
  const placed: Array<{ row: DiskRow; y: number; header: string | null }> = [];
  for (const row of rows) {
    const header = row.group !== group ? groupTitle[row.group] : null;
    if (header) y += HEADER_HEIGHT;
    group = row.group;
    placed.push({ row, y, header });
    y += ROW_HEIGHT;
  }
  let gx = 0;

  return (
    <figure ref={ref} data-testid="disk-chart" data-anchor="disk-chart" className="chart disk-chart" style={{ margin: 0 }}>
      <figcaption><strong>{strings('diskTitle')}</strong></figcaption>
      {/* Logs have a slot in the breakdown but are not modelled yet: no legend entry while empty. */}
      <Legend items={GROUPS.filter((g) => g !== 'logs' || disk.logsBytes > 0).map((g) => ({ key: g, label: groupTitle[g], colour: DISK_GROUP_COLOURS[g] }))} />
      <svg role="img" aria-label={strings('diskAria', { used, total, saved })} width={chartWidth} height={y + 4} style={{ display: 'block' }} fontSize={11}>
        <g data-testid="disk-gauge">
          <rect width={chartWidth} height={GAUGE_HEIGHT} fill="currentColor" fillOpacity={0.08} stroke="currentColor" strokeOpacity={0.3} />
          {diskGauge(disk).map(([g, bytes]) => {
            const x = gx;
            gx += gauge(bytes);
            return bytes > 0 ? <rect key={g} x={x} width={Math.max(1, gauge(bytes))} height={GAUGE_HEIGHT} fill={DISK_GROUP_COLOURS[g]} /> : null;
          })}
          <text y={GAUGE_HEIGHT + 13} fill="currentColor" data-testid="disk-used">
            {`${strings('hostDisk', { used, total })} (${formatPercent(disk.totalBytes, host.diskTotalBytes)})`}
          </text>
        </g>
        {placed.map(({ row, y: ry, header }, i) => (
          <g key={`${row.group}-${row.label}-${i}`}>
            {header && <text x={0} y={ry - 6} fontWeight="bold" fill="currentColor">{header}</text>}
            <g data-testid="disk-row" data-group={row.group} data-label={row.label} transform={`translate(0,${ry})`}>
              <text x={LABEL_WIDTH - 6} y={12} textAnchor="end" fill="currentColor">{rowLabel(row, strings)}</text>
              <rect x={LABEL_WIDTH} y={3} width={Math.max(row.bytes > 0 ? 1 : 0, bar(row.bytes))} height={ROW_HEIGHT - 6} fill={DISK_GROUP_COLOURS[row.group]} />
              <text x={LABEL_WIDTH + bar(row.bytes) + 4} y={12} fill="currentColor">
                {formatBytes(row.bytes)}
                {usage(row, strings) && <tspan fillOpacity={0.7}>{` — ${usage(row, strings)}`}</tspan>}
              </text>
              <title>{[rowLabel(row, strings), formatBytes(row.bytes), row.images.join(', '), usage(row, strings)].filter(Boolean).join(' — ')}</title>
            </g>
          </g>
        ))}
      </svg>
      <p data-testid="disk-sharing" style={{ margin: '4px 0', fontSize: 12 }}>
        {strings('withSharing', { bytes: formatBytes(disk.layersInUseBytes) })}
        {' · '}
        {strings('withoutSharing', { bytes: formatBytes(disk.layersIfUnsharedBytes) })}
      </p>
    </figure>
  );
}

/** Who stands on a layer row: its containers, or that none does (the image stays after `docker rm`). */
function usage(row: DiskRow, strings: ChartText): string {
  if (row.group !== 'layers' && row.group !== 'pulling') return '';
  if (row.moreCount > 0) return '';
  if (row.users === 0) return strings('unused');
  const names = row.usedBy.join(', ');
  return row.users > row.usedBy.length ? strings('sharedByMore', { names, count: row.users - row.usedBy.length }) : strings('sharedBy', { names });
}

function rowLabel(row: DiskRow, strings: ChartText): string {
  if (row.moreCount > 0) return strings('more', { count: row.moreCount, bytes: formatBytes(row.bytes) });
  if (row.group === 'logs') return strings('containerLogs');
  return row.label.length > 26 ? `${row.label.slice(0, 25)}…` : row.label;
}
