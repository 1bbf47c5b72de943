import { useMemo } from 'react';
import type { KindsFigures } from '@utsuwa/sim-core/stats';
import { distributionLanes, type DistributionLane } from '../viz/distribution';
import { logDurationAxis } from '../viz/log-axis';
import type { TimelineInstance } from '../viz/timeline-layout';
import { formatDuration } from '../viz/format';
import type { ChartText } from './chart-text';
import { DistributionStrip } from './DistributionStrip';

const LANE_HEIGHT = 24;
const LABEL_WIDTH = 120;
const SUMMARY_WIDTH = 150;

/**
 * How long each kind took to become ready, as a distribution on a log axis (one lane per
 * kind): 100 containers at 0.3 s and 100 VMs between 20 s and 2 min read at a glance,
 * whenever each started on the run's clock.
 */
export function ReadyDistribution({ instances, kinds, width, strings }: { instances: readonly TimelineInstance[]; kinds: KindsFigures; width: number; strings: ChartText }) {
  const inputs = useMemo(() => (['vm', 'container'] as const).map((kind) => ({
    kind,
    values: instances.filter((i) => i.kind === kind && i.readyMs !== null).map((i) => ({ name: i.name, value: i.readyMs! })),
    spread: kinds[kind].readyMs,
  })), [instances, kinds]);
  const right = Math.max(LABEL_WIDTH + 40, width - SUMMARY_WIDTH);
  const axis = useMemo(() => logDurationAxis(inputs.flatMap((g) => g.values.map((v) => v.value)), [LABEL_WIDTH, right]), [inputs, right]);
  const lanes = useMemo(() => distributionLanes(inputs, axis.x, LABEL_WIDTH, { laneHeight: LANE_HEIGHT }), [inputs, axis]);
  if (lanes.length === 0) return null;
  const label = (lane: DistributionLane) => strings(lane.kind === 'vm' ? 'kindVms' : 'kindContainers', { count: lane.count });
  const summary = (lane: DistributionLane) => (lane.median ? strings('median', { value: formatDuration(lane.median.value) }) : '');
  const aria = lanes.map((l) => `${label(l)}, ${summary(l)}`).join('; ');
  return (
    <div className="ready-distribution">
      <div style={{ fontSize: 12, fontWeight: 'bold', margin: '6px 0 2px' }}>{strings('readyDistributionTitle')}</div>
      <DistributionStrip
        lanes={lanes} axis={axis} width={width} laneHeight={LANE_HEIGHT} laneLabel={label} laneSummary={summary}
        format={formatDuration} axisLabel={strings('readyAxis')} ariaLabel={`${strings('readyDistributionTitle')}: ${aria}`} testId="ready-distribution"
      />
    </div>
  );
}
