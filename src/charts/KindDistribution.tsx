import { memo, useMemo } from 'react';
import { distributionLanes, type DistributionInput } from '../viz/distribution';
import type { LogAxis } from '../viz/log-axis';
import { columnWidth } from '../viz/text-width';
import type { ChartText } from './chart-text';
import { DistributionStrip } from './DistributionStrip';

const LANE_HEIGHT = 24;
const FONT = 11;

export interface KindDistributionProps {
  /** One input per kind: its values and sim-core's spread of them. */
  inputs: readonly DistributionInput[];
  /** The log axis for these values over a pixel range. */
  makeAxis(values: readonly number[], range: [number, number]): LogAxis;
  format(value: number): string;
  width: number;
  title: string;
  axisLabel: string;
  testId: string;
  strings: ChartText;
}

/**
 * A titled strip of one lane per kind (VMs, containers) on a log axis. The label and summary
 * columns are as wide as their text needs (within a third of the width each), so the plot
 * keeps most of a narrow chart.
 */
export const KindDistribution = memo(function KindDistribution({ inputs, makeAxis, format, width, title, axisLabel, testId, strings }: KindDistributionProps) {
  const shown = inputs.filter((g) => g.values.length > 0);
  const label = (g: DistributionInput) => strings(g.kind === 'vm' ? 'kindVms' : 'kindContainers', { count: g.values.length });
  const summary = (g: DistributionInput) => {
    if (!g.spread) return '';
    return g.values.length === 1 ? format(g.spread.median) : strings('median', { value: format(g.spread.median) });
  };
  const labels = shown.map(label);
  const summaries = shown.map(summary);
  const left = columnWidth(labels, FONT, 40, width / 3);
  const right = Math.max(left + 40, width - columnWidth(summaries, FONT, 30, width / 3));
  const axis = useMemo(() => makeAxis(inputs.flatMap((g) => g.values.map((v) => v.value)), [left, right]), [makeAxis, inputs, left, right]);
  const lanes = useMemo(() => distributionLanes(inputs, axis.x, left, { laneHeight: LANE_HEIGHT }), [inputs, axis, left]);
  if (lanes.length === 0) return null;
  const text = new Map(shown.map((g, i) => [g.kind, { label: labels[i]!, summary: summaries[i]! }]));
  const aria = shown.map((g, i) => `${labels[i]}, ${summaries[i]}`).join('; ');
  return (
    <div className={testId}>
      <div style={{ fontSize: 12, fontWeight: 'bold', margin: '6px 0 2px' }}>{title}</div>
      <DistributionStrip
        lanes={lanes} axis={axis} width={width} laneHeight={LANE_HEIGHT}
        laneLabel={(l) => text.get(l.kind)?.label ?? ''} laneSummary={(l) => text.get(l.kind)?.summary ?? ''}
        format={format} axisLabel={axisLabel} ariaLabel={`${title}: ${aria}`} testId={testId}
      />
    </div>
  );
});
