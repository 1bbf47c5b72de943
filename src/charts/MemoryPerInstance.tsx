import { useMemo } from 'react';
import type { InstanceView } from '@utsuwa/sim-core';
import type { KindsFigures } from '@utsuwa/sim-core/stats';
import { distributionLanes, type DistributionLane } from '../viz/distribution';
import { logBytesAxis } from '../viz/log-axis';
import { formatBytes } from '../viz/format';
import type { ChartText } from './chart-text';
import { DistributionStrip } from './DistributionStrip';

export type MemoryInstance = Pick<InstanceView, 'name' | 'kind' | 'state' | 'readyMs' | 'memoryBytes'>;

const LANE_HEIGHT = 24;
const LABEL_WIDTH = 120;
const SUMMARY_WIDTH = 150;

/**
 * Each instance's memory now, one lane per kind on a log (base 2) axis: a 14 MiB container
 * and a 2 GiB VM each sit at their own size, seven doublings apart, where on the host's
 * linear axis the container would be a hairline. See docs/architecture.md ("Charts").
 */
export function MemoryPerInstance({ instances, kinds, width, strings }: { instances: readonly MemoryInstance[]; kinds: KindsFigures; width: number; strings: ChartText }) {
  const inputs = useMemo(() => (['vm', 'container'] as const).map((kind) => ({
    kind,
    values: instances.filter((i) => i.kind === kind && i.memoryBytes > 0).map((i) => ({ name: i.name, value: i.memoryBytes })),
    spread: kinds[kind].memoryPerInstance,
  })), [instances, kinds]);
  const right = Math.max(LABEL_WIDTH + 40, width - SUMMARY_WIDTH);
  const axis = useMemo(() => logBytesAxis(inputs.flatMap((g) => g.values.map((v) => v.value)), [LABEL_WIDTH, right]), [inputs, right]);
  const lanes = useMemo(() => distributionLanes(inputs, axis.x, LABEL_WIDTH, { laneHeight: LANE_HEIGHT }), [inputs, axis]);
  if (lanes.length === 0) return null;
  const label = (lane: DistributionLane) => strings(lane.kind === 'vm' ? 'kindVms' : 'kindContainers', { count: lane.count });
  const summary = (lane: DistributionLane) => {
    if (!lane.median || !lane.range) return '';
    if (lane.count === 1) return formatBytes(lane.median.value);
    return strings('median', { value: formatBytes(lane.median.value) });
  };
  const aria = lanes.map((l) => `${label(l)}, ${summary(l)}`).join('; ');
  return (
    <div className="memory-per-instance">
      <div style={{ fontSize: 12, fontWeight: 'bold', margin: '6px 0 2px' }}>{strings('memoryPerInstanceTitle')}</div>
      <DistributionStrip
        lanes={lanes} axis={axis} width={width} laneHeight={LANE_HEIGHT} laneLabel={label} laneSummary={summary}
        format={formatBytes} axisLabel={strings('memoryPerInstanceAxis')} ariaLabel={`${strings('memoryPerInstanceTitle')}: ${aria}`} testId="memory-per-instance"
      />
    </div>
  );
}
