import { useMemo, useRef, useState, type MouseEvent } from 'react';
import type { HostView, MemorySample } from '@utsuwa/sim-core';
import type { Incident } from '@utsuwa/sim-core';
import { kindFigures, type KindsFigures } from '@utsuwa/sim-core/stats';
import { MemoryStackBuilder, memoryAreaPaths, HOST_OS_KEY, OTHERS_CONTAINER_KEY, OTHERS_KEY, OTHERS_VM_KEY } from '../viz/memory-stack';
import { makeTimeScale, type TimeScaleKind } from '../viz/time-scale';
import { byteScale } from '../viz/byte-scale';
import { HOST_OS_COLOUR, OTHERS_COLOUR, OTHERS_KIND_COLOURS, seriesColour } from '../viz/palette';
import { formatBytes, formatDuration } from '@utsuwa/sim-core/format';
import { chartText, type ChartText } from './chart-text';
import { useChartWidth } from './useElementWidth';
import { Legend, type LegendItem } from './Legend';
import { TimeAxis } from './TimeAxis';
import { MemoryPerInstance, type MemoryInstance } from './MemoryPerInstance';
import { findByName } from '../viz/by-name';

export interface MemoryChartProps {
  /** Memory change points of the top-level instances (getMemoryHistory(sim)); append-only. */
  history: readonly MemorySample[];
  /** Instances on the board (SimView.instances): their kind (the grouped series are per kind) and memory now (the per-instance strip). */
  instances?: readonly MemoryInstance[];
  /** Figures per kind (sim-core's kindFigures of the same instances); computed here when not given. */
  kinds?: KindsFigures;
  /** The host (SimView.host): total RAM, its own OS's share, used now. */
  host: Pick<HostView, 'memoryTotalBytes' | 'baseMemoryBytes' | 'memoryUsedBytes'>;
  /** The simulation clock (SimView.nowMs): the series end here. */
  nowMs: number;
  /** Incidents (SimView.incidents); OOM kills are marked on the time axis. */
  incidents?: readonly Incident[];
  /** Width in pixels; default: the container's width (ResizeObserver). */
  width?: number;
  /** Height of the plot in pixels. Default 220. */
  height?: number;
  /** Time axis scale, e.g. the timeline's, so both read alike. Default `linear`. */
  timeScale?: TimeScaleKind;
  /** Up to this many instances are drawn as their own series; beyond, they are stacked by kind ("VMs: 100"). Default 12. */
  maxSeries?: number;
  /** Called with a simulated time when the plot is clicked. */
  onSeek?: (ms: number) => void;
  /** Texts; default English. */
  strings?: ChartText;
}

const MARGIN = { left: 64, right: 16, top: 12, bottom: 44 };

function keyColour(key: string, index: number): string {
  if (key === HOST_OS_KEY) return HOST_OS_COLOUR;
  if (key === OTHERS_VM_KEY) return OTHERS_KIND_COLOURS.vm;
  if (key === OTHERS_CONTAINER_KEY) return OTHERS_KIND_COLOURS.container;
  if (key === OTHERS_KEY) return OTHERS_COLOUR;
  return seriesColour(index - 1);
}

const NO_INSTANCES: readonly MemoryInstance[] = [];

/**
 * Host memory over time, stacked by instance above the host's own OS, against the host's
 * RAM (dashed): how full the host is. The legend shows what each holds now; OOM kills are
 * marked below the axis. Below it, each instance's memory now on a log axis, one lane per
 * kind, so a 14 MiB container stays readable beside a 2 GiB VM (see MemoryPerInstance).
 */
export function MemoryChart({
  history, instances = NO_INSTANCES, kinds: given, host, nowMs, incidents = [], width, height = 220, timeScale = 'linear', maxSeries = 12, onSeek,
  strings = chartText('en'),
}: MemoryChartProps) {
  const ref = useRef<HTMLElement>(null);
  const chartWidth = useChartWidth(ref, width);
  // Each instance's kind by name, without indexing 10,000 names for each new view.
  const [find] = useState(() => findByName<MemoryInstance>());
  const kindOf = useMemo(() => (name: string) => find(instances, name)?.kind, [find, instances]);
  const computed = useMemo(() => (given ? null : kindFigures(instances)), [given, instances]);
  const kinds = given ?? computed!;
  // Each frame stacks only the change points that arrived with it (memoise per sample, append).
  const [builder] = useState(() => new MemoryStackBuilder());
  const memory = useMemo(
    () => builder.build({ history, baseBytes: host.baseMemoryBytes, nowMs, maxSeries, kindOf }),
    [builder, history, host.baseMemoryBytes, nowMs, maxSeries, kindOf],
  );
  const plotBottom = height - MARGIN.bottom;
  const x = useMemo(() => makeTimeScale(timeScale, nowMs, [MARGIN.left, chartWidth - MARGIN.right]), [timeScale, nowMs, chartWidth]);
  const y = useMemo(
    () => byteScale(Math.max(host.memoryTotalBytes, memory.peakBytes) * 1.05, [plotBottom, MARGIN.top]),
    [host.memoryTotalBytes, memory.peakBytes, plotBottom],
  );
  const paths = useMemo(() => memoryAreaPaths(memory, x.x, y.scale, x.invert), [memory, x, y]);

  const current = memory.points[memory.points.length - 1]?.values ?? {};
  const labelOf = (key: string) => {
    if (key === HOST_OS_KEY) return strings('hostOs');
    const count = memory.groupSizes[key];
    if (count === undefined) return key;
    const all = memory.keys.length === 1 + Object.keys(memory.groupSizes).length; // no instance has a series of its own
    if (key === OTHERS_VM_KEY) return strings(all ? 'kindVms' : 'othersVms', { count });
    if (key === OTHERS_CONTAINER_KEY) return strings(all ? 'kindContainers' : 'othersContainers', { count });
    return strings('others', { count });
  };
  const seriesName = (key: string) =>
    key === HOST_OS_KEY ? 'host-os' : key === OTHERS_VM_KEY ? 'others-vm' : key === OTHERS_CONTAINER_KEY ? 'others-container' : key === OTHERS_KEY ? 'others' : key;
  const legend: LegendItem[] = memory.keys.map((key, i) => ({
    key, label: labelOf(key), colour: keyColour(key, i), value: formatBytes(current[key] ?? 0),
  }));
  const total = formatBytes(host.memoryTotalBytes);
  legend.push({ key: 'host-total', label: strings('hostTotal', { total }), colour: '#d62728', dashed: true });
  const ooms = incidents.filter((i) => i.type === 'oom-kill' && i.atMs <= nowMs);
  const totalY = y.scale(host.memoryTotalBytes);
  const summary = strings('memoryAria', { used: formatBytes(host.memoryUsedBytes), total, count: memory.keys.length - 1 });

  const seek = (event: MouseEvent<SVGSVGElement>) => {
    if (!onSeek) return;
    const px = event.clientX - event.currentTarget.getBoundingClientRect().left;
    if (px >= MARGIN.left) onSeek(Math.round(x.invert(px)));
  };

  return (
    <figure ref={ref} data-testid="memory-chart" data-anchor="memory-chart" className="chart memory-chart" style={{ margin: 0 }}>
      <figcaption><strong>{strings('memoryTitle')}</strong></figcaption>
      <svg role="img" aria-label={summary} width={chartWidth} height={height} onClick={seek} style={{ display: 'block' }}>
        <title>{summary}</title>
        {y.ticks(4).map((t) => (
          <g key={t} transform={`translate(0,${y.scale(t)})`} fontSize={10} fill="currentColor">
            <line x1={MARGIN.left} x2={chartWidth - MARGIN.right} stroke="currentColor" strokeOpacity={0.1} />
            <text x={MARGIN.left - 4} y={3} textAnchor="end">{formatBytes(t)}</text>
          </g>
        ))}
        <text transform={`translate(12,${(MARGIN.top + plotBottom) / 2}) rotate(-90)`} textAnchor="middle" fontSize={11} fill="currentColor">
          {strings('memoryAxis')}
        </text>
        {paths.map((p, i) => (
          <path key={p.key} d={p.d} fill={keyColour(p.key, i)} data-series={seriesName(p.key)}>
            <title>{`${labelOf(p.key)}: ${formatBytes(current[p.key] ?? 0)}`}</title>
          </path>
        ))}
        <g data-testid="memory-host-total">
          <line x1={MARGIN.left} x2={chartWidth - MARGIN.right} y1={totalY} y2={totalY} stroke="#d62728" strokeWidth={1.5} strokeDasharray="6 4" />
          <text x={chartWidth - MARGIN.right} y={totalY - 4} textAnchor="end" fontSize={10} fill="#d62728">{strings('hostTotal', { total })}</text>
        </g>
        <TimeAxis scale={x} y={plotBottom} tickCount={Math.max(2, Math.floor(chartWidth / 90))} label={strings('timeAxis')} />
        {ooms.map((incident, i) => (
          <g key={`${incident.target}-${incident.atMs}-${i}`} data-testid="memory-oom" transform={`translate(${x.x(incident.atMs)},${plotBottom})`}>
            <line y1={MARGIN.top - plotBottom} y2={0} stroke="#d62728" strokeOpacity={0.6} />
            <path d="M0,0L-5,-9L5,-9Z" fill="#d62728" />
            <title>{`${strings('oomKill', { name: incident.target, time: formatDuration(incident.atMs) })} — ${incident.detail}`}</title>
          </g>
        ))}
      </svg>
      <Legend items={legend} testId="memory-legend" />
      <MemoryPerInstance instances={instances} kinds={kinds} width={chartWidth} strings={strings} />
    </figure>
  );
}
