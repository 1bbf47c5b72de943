import { useMemo, useRef, useState, type MouseEvent } from 'react';
import { makeTimeScale, type TimeScaleKind, type TimeScale } from '../viz/time-scale';
import { layoutRows, timelineEndMs, visibleRowWindow, type TimelineInstance, type TimelineRow } from '../viz/timeline-layout';
import { phaseColour, phasesPresent } from '../viz/palette';
import { formatDuration } from '@utsuwa/sim-core/format';
import { chartText, phaseLabel, type ChartText } from './chart-text';
import { useChartWidth } from './useElementWidth';
import { Legend } from './Legend';
import { TimeAxis } from './TimeAxis';

export interface TimelineChartProps {
  /** Instances in board order (SimView.instances, or a report's instances). */
  instances: readonly TimelineInstance[];
  /** The simulation clock (SimView.nowMs): the "now" line and the end of growing bars. */
  nowMs: number;
  /** Called with a simulated time when the chart is clicked. Without it, clicks do nothing. */
  onSeek?: (ms: number) => void;
  /** Width in pixels; default: the container's width, tracked with a ResizeObserver. */
  width?: number;
  /** Axis scale to start with (the user toggles it). Default `linear`. */
  initialScale?: TimeScaleKind;
  /** Controlled axis scale; with it, the toggle calls `onScaleChange` instead of switching itself. */
  scale?: TimeScaleKind;
  onScaleChange?: (scale: TimeScaleKind) => void;
  /** Rows shown before the list scrolls (it renders only the rows in view). Default 20. */
  maxVisibleRows?: number;
  /** Texts; default English (`chartStrings.en`). */
  strings?: ChartText;
}

const ROW_HEIGHT = 20;
const BAR_HEIGHT = 12;
const LABEL_WIDTH = 120;
const RIGHT_MARGIN = 56;
const AXIS_HEIGHT = 40;

/**
 * Startup of every instance as a bar per phase on a shared time axis, with a ready marker
 * per row, a "now" line, and a linear/log switch. d3 computes the positions
 * (src/viz/timeline-layout.ts); this component only maps them to SVG. With many
 * instances only the rows scrolled into view are rendered (1,000 rows stay fluid).
 */
export function TimelineChart({
  instances, nowMs, onSeek, width, initialScale = 'linear', scale: controlledScale, onScaleChange,
  maxVisibleRows = 20, strings = chartText('en'),
}: TimelineChartProps) {
  const ref = useRef<HTMLElement>(null);
  const chartWidth = useChartWidth(ref, width);
  const [ownScale, setOwnScale] = useState<TimeScaleKind>(initialScale);
  const scaleKind = controlledScale ?? ownScale;
  const [scrollTop, setScrollTop] = useState(0);

  const endMs = timelineEndMs(instances, nowMs);
  const scale = useMemo(
    () => makeTimeScale(scaleKind, endMs, [LABEL_WIDTH, Math.max(LABEL_WIDTH + 10, chartWidth - RIGHT_MARGIN)]),
    [scaleKind, endMs, chartWidth],
  );
  const viewportRows = Math.min(instances.length, maxVisibleRows);
  const viewportHeight = Math.max(1, viewportRows) * ROW_HEIGHT;
  const { first, count } = visibleRowWindow(scrollTop, viewportHeight, ROW_HEIGHT, instances.length);
  const rows = useMemo(() => layoutRows(instances, scale, ROW_HEIGHT, first, count), [instances, scale, first, count]);
  const phases = useMemo(() => phasesPresent(instances.flatMap((i) => i.phases.map((p) => p.name))), [instances]);
  const summary = useMemo(() => summarise(instances, strings), [instances, strings]);

  const toggle = () => {
    const next = scaleKind === 'linear' ? 'log' : 'linear';
    if (controlledScale === undefined) setOwnScale(next);
    onScaleChange?.(next);
  };
  const seek = (event: MouseEvent<SVGSVGElement>) => {
    if (!onSeek) return;
    const x = event.clientX - event.currentTarget.getBoundingClientRect().left;
    if (x >= LABEL_WIDTH) onSeek(Math.round(scale.invert(x)));
  };
  const nowX = scale.x(nowMs);

  return (
    <figure ref={ref} data-testid="timeline-chart" data-anchor="timeline-chart" className="chart timeline-chart" style={{ margin: 0 }}>
      <figcaption style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
        <strong>{strings('timelineTitle')}</strong>
        <button
          type="button" data-testid="timeline-scale-toggle" aria-pressed={scaleKind === 'log'}
          title={scaleKind === 'linear' ? strings('switchToLog') : strings('switchToLinear')} onClick={toggle}
        >
          {scaleKind === 'linear' ? strings('linearScale') : strings('logScale')}
        </button>
      </figcaption>
      <Legend items={phases.map((p) => ({ key: p, label: phaseLabel(strings, p), colour: phaseColour(p) }))} testId="timeline-legend" />
      <div
        style={{ maxHeight: viewportHeight, overflowY: instances.length > maxVisibleRows ? 'auto' : 'hidden' }}
        onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
      >
        <svg
          role="img" aria-label={summary} width={chartWidth} height={Math.max(1, instances.length) * ROW_HEIGHT}
          onClick={seek} style={{ display: 'block', cursor: onSeek ? 'crosshair' : undefined }}
        >
          <title>{onSeek ? `${summary} ${strings('seekHint')}` : summary}</title>
          {rows.map((row) => <Row key={row.name} row={row} strings={strings} />)}
          <line x1={nowX} x2={nowX} y1={0} y2={Math.max(1, instances.length) * ROW_HEIGHT} stroke="#d62728" strokeWidth={1.5} data-testid="timeline-now" />
        </svg>
      </div>
      <svg width={chartWidth} height={AXIS_HEIGHT} aria-hidden="true" style={{ display: 'block' }}>
        <TimeAxis scale={scale} y={1} tickCount={Math.max(2, Math.floor((chartWidth - LABEL_WIDTH) / 80))} label={strings('timeAxis')} />
        <NowLabel scale={scale} nowMs={nowMs} label={strings('now')} />
      </svg>
    </figure>
  );
}

function NowLabel({ scale, nowMs, label }: { scale: TimeScale; nowMs: number; label: string }) {
  const x = scale.x(nowMs);
  return <text x={x} y={38} textAnchor="middle" fontSize={10} fill="#d62728">{`${label} ${formatDuration(nowMs)}`}</text>;
}

/** One instance: its name, its phase bars and its ready marker. */
function Row({ row, strings }: { row: TimelineRow; strings: ChartText }) {
  const mid = row.y + ROW_HEIGHT / 2;
  return (
    <g data-testid="timeline-row" data-instance={row.name} data-kind={row.kind} data-state={row.state}>
      <text x={LABEL_WIDTH - 6} y={mid + 4} textAnchor="end" fontSize={11} fill="currentColor">
        {row.name.length > 16 ? `${row.name.slice(0, 15)}…` : row.name}
        <title>{row.name}</title>
      </text>
      {row.bars.map((bar, i) => {
        const duration = formatDuration(bar.endMs - bar.startMs);
        const tooltip = strings('phaseTooltip', {
          name: row.name, phase: phaseLabel(strings, bar.phase), duration,
          start: formatDuration(bar.startMs), end: bar.inProgress ? strings('inProgress') : formatDuration(bar.endMs),
        });
        return (
          <rect
            key={`${bar.phase}-${i}`} data-phase={bar.phase} data-in-progress={bar.inProgress || undefined}
            x={bar.x} y={mid - BAR_HEIGHT / 2} width={bar.width} height={BAR_HEIGHT}
            fill={phaseColour(bar.phase)} fillOpacity={bar.inProgress ? 0.6 : 1}
            stroke={bar.inProgress ? phaseColour(bar.phase) : 'none'} strokeDasharray={bar.inProgress ? '2 2' : undefined}
          >
            <title>{tooltip}</title>
          </rect>
        );
      })}
      {row.ready && (
        <g data-testid="timeline-ready" transform={`translate(${row.ready.x},${mid})`}>
          <path d="M0,-6L4,0L0,6L-4,0Z" fill="currentColor" />
          <text x={6} y={4} fontSize={10} fill="currentColor">{formatDuration(row.ready.timeToReadyMs)}</text>
          <title>{strings('ready', { time: formatDuration(row.ready.timeToReadyMs) })}</title>
        </g>
      )}
    </g>
  );
}

function summarise(instances: readonly TimelineInstance[], strings: ChartText): string {
  let ready = 0;
  let slowest = 0;
  for (const inst of instances) {
    if (inst.readyMs === null) continue;
    ready++;
    slowest = Math.max(slowest, inst.readyMs);
  }
  return strings('timelineAria', { count: instances.length, ready, slowest: ready > 0 ? formatDuration(slowest) : '—' });
}
