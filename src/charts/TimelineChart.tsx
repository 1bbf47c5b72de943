import { useMemo, useRef, useState } from 'react';
import { kindFigures, type KindsFigures } from '@utsuwa/sim-core/stats';
import { makeTimeScale, type TimeScaleKind, type TimeScale } from '../viz/time-scale';
import { timelineEndMs, type TimelineInstance } from '../viz/timeline-layout';
import { timelineGroups } from '../viz/timeline-groups';
import { phaseColour, phasesPresent } from '../viz/palette';
import { formatDuration } from '@utsuwa/sim-core/format';
import { chartText, phaseLabel, type ChartText } from './chart-text';
import { useChartWidth } from './useElementWidth';
import { Legend } from './Legend';
import { TimeAxis } from './TimeAxis';
import { TimelineGroup } from './TimelineGroup';
import { ReadyDistribution } from './ReadyDistribution';

export interface TimelineChartProps {
  /** Instances in board order (SimView.instances, or a report's instances). */
  instances: readonly TimelineInstance[];
  /** The simulation clock (SimView.nowMs): the "now" line and the end of growing bars. */
  nowMs: number;
  /** Figures per kind (sim-core's kindFigures of the same instances) for the group headings; computed here when not given. */
  kinds?: KindsFigures;
  /** Called with a simulated time when the chart is clicked. Without it, clicks do nothing. */
  onSeek?: (ms: number) => void;
  /** Width in pixels; default: the container's width, tracked with a ResizeObserver. */
  width?: number;
  /** Axis scale to start with (the user toggles it). Default `linear`. */
  initialScale?: TimeScaleKind;
  /** Controlled axis scale; with it, the toggle calls `onScaleChange` instead of switching itself. */
  scale?: TimeScaleKind;
  onScaleChange?: (scale: TimeScaleKind) => void;
  /** Rows shown before the list scrolls, shared between the kinds' groups (each renders only its rows in view). Default 20. */
  maxVisibleRows?: number;
  /** Texts; default English (`chartText('en')`). */
  strings?: ChartText;
}

const LABEL_WIDTH = 120;
const RIGHT_MARGIN = 56;
const AXIS_HEIGHT = 40;

/**
 * Startup of every instance as a bar per phase on a shared time axis, with a ready marker
 * per row, a "now" line, and a linear/log switch. With more than one of a kind the rows are
 * grouped by kind (VMs, then containers), each group headed by its count and the median and
 * range of its times to ready and scrolling on its own, and a strip below shows the
 * distribution of times to ready per kind. d3 computes the positions (src/viz/); this
 * component only maps them to SVG.
 */
export function TimelineChart({
  instances, nowMs, kinds: given, onSeek, width, initialScale = 'linear', scale: controlledScale, onScaleChange,
  maxVisibleRows = 20, strings = chartText('en'),
}: TimelineChartProps) {
  const ref = useRef<HTMLElement>(null);
  const chartWidth = useChartWidth(ref, width);
  const [ownScale, setOwnScale] = useState<TimeScaleKind>(initialScale);
  const scaleKind = controlledScale ?? ownScale;
  const computed = useMemo(() => (given ? null : kindFigures(instances)), [given, instances]);
  const kinds = given ?? computed!;

  const endMs = timelineEndMs(instances, nowMs);
  const scale = useMemo(
    () => makeTimeScale(scaleKind, endMs, [LABEL_WIDTH, Math.max(LABEL_WIDTH + 10, chartWidth - RIGHT_MARGIN)]),
    [scaleKind, endMs, chartWidth],
  );
  const groups = useMemo(() => timelineGroups(instances, maxVisibleRows), [instances, maxVisibleRows]);
  const phases = useMemo(() => phasesPresent(instances.flatMap((i) => i.phases.map((p) => p.name))), [instances]);
  const summary = useMemo(() => summarise(instances, strings), [instances, strings]);
  const grouped = groups[0]?.kind !== null;

  const toggle = () => {
    const next = scaleKind === 'linear' ? 'log' : 'linear';
    if (controlledScale === undefined) setOwnScale(next);
    onScaleChange?.(next);
  };

  return (
    <figure ref={ref} data-testid="timeline-chart" data-anchor="timeline-chart" className="chart timeline-chart" aria-label={summary} style={{ margin: 0 }}>
      <figcaption style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
        <strong>{strings('timelineTitle')}</strong>
        <button
          type="button" data-testid="timeline-scale-toggle" data-export="skip" aria-pressed={scaleKind === 'log'}
          title={scaleKind === 'linear' ? strings('switchToLog') : strings('switchToLinear')} onClick={toggle}
        >
          {scaleKind === 'linear' ? strings('linearScale') : strings('logScale')}
        </button>
      </figcaption>
      <Legend items={phases.map((p) => ({ key: p, label: phaseLabel(strings, p), colour: phaseColour(p) }))} testId="timeline-legend" />
      {groups.map((g) => (
        <TimelineGroup
          key={g.kind ?? 'all'} group={g} figures={g.kind ? kinds[g.kind] : null} scale={scale} width={chartWidth}
          labelWidth={LABEL_WIDTH} nowMs={nowMs} onSeek={onSeek} summary={summary} strings={strings}
        />
      ))}
      <svg width={chartWidth} height={AXIS_HEIGHT} aria-hidden="true" style={{ display: 'block' }}>
        <TimeAxis scale={scale} y={1} tickCount={Math.max(2, Math.floor((chartWidth - LABEL_WIDTH) / 80))} label={scaleKind === 'log' ? strings('timeAxisLog') : strings('timeAxis')} />
        <NowLabel scale={scale} nowMs={nowMs} label={strings('now')} />
      </svg>
      {grouped && <ReadyDistribution instances={instances} kinds={kinds} width={chartWidth} strings={strings} />}
    </figure>
  );
}

function NowLabel({ scale, nowMs, label }: { scale: TimeScale; nowMs: number; label: string }) {
  const x = scale.x(nowMs);
  return <text x={x} y={38} textAnchor="middle" fontSize={10} fill="#d62728">{`${label} ${formatDuration(nowMs)}`}</text>;
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
