import { useMemo, useRef } from 'react';
import { scaleLinear } from 'd3-scale';
import type { HostView } from '@utsuwa/sim-core';
import { computeDiskUsage, type DiskInstance, type ImageLayersLike } from '../viz/disk-usage';
import { diskRows, DISK_GROUP_COLOURS, type DiskGroup, type DiskRow } from '../viz/disk-rows';
import { formatBytes, formatPercent } from '../viz/format';
import { chartText, type ChartText } from './chart-text';
import { useChartWidth } from './useElementWidth';
import { Legend } from './Legend';

export interface DiskChartProps {
  /** Instances on the board (SimView.instances). */
  instances: readonly DiskInstance[];
  /** The catalogue's images (CATALOGUE.images), to know each image's layers. */
  images: Readonly<Record<string, ImageLayersLike>>;
  /** The host (SimView.host): its disk size and what is used. */
  host: Pick<HostView, 'diskTotalBytes' | 'diskUsedBytes'>;
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

/**
 * Disk use on the host: a gauge against the host's disk, then what fills it — image layers
 * stored once (each with the containers that share it), each container's writable layer,
 * each VM's disk — with "with sharing" against "if every container had its own copy".
 */
export function DiskChart({ instances, images, host, width, maxRowsPerGroup = 8, strings = chartText('en') }: DiskChartProps) {
  const ref = useRef<HTMLElement>(null);
  const chartWidth = useChartWidth(ref, width);
  const usage = useMemo(() => computeDiskUsage(instances, images, host.diskUsedBytes), [instances, images, host.diskUsedBytes]);
  const rows = useMemo(() => diskRows(usage, maxRowsPerGroup), [usage, maxRowsPerGroup]);

  const groupTitle: Record<DiskGroup, string> = {
    layers: strings('imageLayers'), writable: strings('writableLayers'), 'vm-disks': strings('vmDisks'), other: strings('otherCached'),
  };
  const barMax = Math.max(1, ...rows.map((r) => r.bytes));
  const bar = scaleLinear().domain([0, barMax]).range([0, Math.max(20, chartWidth - LABEL_WIDTH - 80)]);
  const gauge = scaleLinear().domain([0, Math.max(1, host.diskTotalBytes, usage.totalBytes)]).range([0, chartWidth]);
  const used = formatBytes(usage.totalBytes);
  const total = formatBytes(host.diskTotalBytes);
  const saved = formatBytes(Math.max(0, usage.withoutSharingBytes - (usage.layerBytes + usage.writableBytes)));

  // Positions: a header above each group's first row.
  let y = GAUGE_HEIGHT + 24;
  let group: DiskGroup | null = null;
  const placed: Array<{ row: DiskRow; y: number; header: string | null }> = [];
  for (const row of rows) {
    const header = row.group !== group && row.group !== 'other' ? groupTitle[row.group] : null;
    if (header) y += HEADER_HEIGHT;
    group = row.group;
    placed.push({ row, y, header });
    y += ROW_HEIGHT;
  }
  const gaugeSegments: Array<[DiskGroup, number]> = [
    ['layers', usage.layerBytes], ['writable', usage.writableBytes], ['vm-disks', usage.vmDiskBytes], ['other', usage.otherBytes],
  ];
  let gx = 0;

  return (
    <figure ref={ref} data-testid="disk-chart" data-anchor="disk-chart" className="chart disk-chart" style={{ margin: 0 }}>
      <figcaption><strong>{strings('diskTitle')}</strong></figcaption>
      <Legend items={(['layers', 'writable', 'vm-disks', 'other'] as const).map((g) => ({ key: g, label: groupTitle[g], colour: DISK_GROUP_COLOURS[g] }))} />
      <svg role="img" aria-label={strings('diskAria', { used, total, saved })} width={chartWidth} height={y + 4} style={{ display: 'block' }} fontSize={11}>
        <g data-testid="disk-gauge">
          <rect width={chartWidth} height={GAUGE_HEIGHT} fill="currentColor" fillOpacity={0.08} stroke="currentColor" strokeOpacity={0.3} />
          {gaugeSegments.map(([g, bytes]) => {
            const x = gx;
            gx += gauge(bytes);
            return bytes > 0 ? <rect key={g} x={x} width={Math.max(1, gauge(bytes))} height={GAUGE_HEIGHT} fill={DISK_GROUP_COLOURS[g]} /> : null;
          })}
          <text y={GAUGE_HEIGHT + 13} fill="currentColor">
            {`${strings('hostDisk', { used, total })} (${formatPercent(usage.totalBytes, host.diskTotalBytes)})`}
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
                {row.usedBy.length > 0 && <tspan fillOpacity={0.7}>{` — ${strings('sharedBy', { names: row.usedBy.join(', ') })}`}</tspan>}
              </text>
              <title>{[rowLabel(row, strings), formatBytes(row.bytes), row.images.join(', '), row.usedBy.length > 0 ? strings('sharedBy', { names: row.usedBy.join(', ') }) : ''].filter(Boolean).join(' — ')}</title>
            </g>
          </g>
        ))}
      </svg>
      <p data-testid="disk-sharing" style={{ margin: '4px 0', fontSize: 12 }}>
        {strings('withSharing', { bytes: formatBytes(usage.layerBytes + usage.writableBytes) })}
        {' · '}
        {strings('withoutSharing', { bytes: formatBytes(usage.withoutSharingBytes) })}
      </p>
    </figure>
  );
}

function rowLabel(row: DiskRow, strings: ChartText): string {
  if (row.moreCount > 0) return strings('more', { count: row.moreCount, bytes: formatBytes(row.bytes) });
  if (row.group === 'other') return strings('otherCached');
  return row.label.length > 26 ? `${row.label.slice(0, 25)}…` : row.label;
}
