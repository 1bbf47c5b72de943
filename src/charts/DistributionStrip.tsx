import type { DistributionLane } from '../viz/distribution';
import type { LogAxis } from '../viz/log-axis';
import { KIND_COLOURS } from '../viz/palette';

export interface DistributionStripProps {
  /** Lanes from distributionLanes, on `axis`. */
  lanes: readonly DistributionLane[];
  axis: LogAxis;
  width: number;
  laneHeight: number;
  /** Left column: the lane's label ("VMs: 100"). */
  laneLabel(lane: DistributionLane): string;
  /** Right column: what the lane's marks say ("median 14 MiB"). */
  laneSummary(lane: DistributionLane): string;
  /** A value as text (ticks, tooltips). */
  format(value: number): string;
  /** The axis's label, e.g. "Memory per instance (log scale)". */
  axisLabel: string;
  /** Spoken summary of the whole strip. */
  ariaLabel: string;
  testId: string;
}

const AXIS_HEIGHT = 30;

/**
 * A distribution per kind on a log axis: dots or a histogram per lane (see
 * viz/distribution.ts), the range as a thin line, the median as a tall tick.
 */
export function DistributionStrip({ lanes, axis, width, laneHeight, laneLabel, laneSummary, format, axisLabel, ariaLabel, testId }: DistributionStripProps) {
  const [x0, x1] = axis.range;
  const plotHeight = lanes.length * laneHeight;
  const ticks = axis.ticks(Math.max(2, Math.floor((x1 - x0) / 64)));
  return (
    <svg role="img" aria-label={ariaLabel} width={width} height={plotHeight + AXIS_HEIGHT} data-testid={testId} style={{ display: 'block' }} fontSize={10}>
      <title>{ariaLabel}</title>
      {lanes.map((lane) => {
        const mid = lane.y + laneHeight / 2;
        const colour = KIND_COLOURS[lane.kind];
        return (
          <g key={lane.kind} data-testid={`${testId}-lane`} data-kind={lane.kind} data-mode={lane.mode}>
            <rect x={x0} y={lane.y + 1} width={x1 - x0} height={laneHeight - 2} fill="currentColor" fillOpacity={0.04} />
            <text x={x0 - 6} y={mid + 4} textAnchor="end" fontSize={11} fill="currentColor">{laneLabel(lane)}</text>
            {lane.range && <line x1={lane.range.x0} x2={lane.range.x1} y1={mid} y2={mid} stroke={colour} strokeOpacity={0.5} />}
            {lane.bins.map((b) => (
              <rect key={b.x0} x={b.x0} y={lane.y + laneHeight - 2 - b.height} width={Math.max(1, b.x1 - b.x0 - 0.5)} height={b.height} fill={colour} fillOpacity={0.8}>
                <title>{`${b.count}`}</title>
              </rect>
            ))}
            {lane.median && lane.count > 1 && (
              <line x1={lane.median.x} x2={lane.median.x} y1={lane.y + 2} y2={lane.y + laneHeight - 2} stroke="currentColor" strokeWidth={2} data-testid={`${testId}-median`} />
            )}
            {lane.dots.map((d) => (
              <circle key={d.name} cx={d.x} cy={d.y} r={3.5} fill={colour} data-instance={d.name}>
                <title>{`${d.name}: ${format(d.value)}`}</title>
              </circle>
            ))}
            <text x={x1 + 6} y={mid + 4} fontSize={11} fill="currentColor" data-testid={`${testId}-summary`}>{laneSummary(lane)}</text>
          </g>
        );
      })}
      <g transform={`translate(0,${plotHeight})`} fill="currentColor">
        <line x1={x0} x2={x1} stroke="currentColor" strokeOpacity={0.5} />
        {ticks.map((t) => (
          <g key={t} transform={`translate(${axis.x(t)},0)`}>
            <line y2={4} stroke="currentColor" strokeOpacity={0.5} />
            <text y={14} textAnchor="middle">{format(t)}</text>
          </g>
        ))}
        <text x={(x0 + x1) / 2} y={27} textAnchor="middle" fontSize={11}>{axisLabel}</text>
      </g>
    </svg>
  );
}
