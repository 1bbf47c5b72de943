import { useMemo } from 'react';
import type { KindsFigures } from '@utsuwa/sim-core/stats';
import { logDurationAxis } from '../viz/log-axis';
import type { TimelineInstance } from '../viz/timeline-layout';
import { formatDuration } from '@utsuwa/sim-core/format';
import type { ChartText } from './chart-text';
import { KindDistribution } from './KindDistribution';

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
  return (
    <KindDistribution
      inputs={inputs} makeAxis={logDurationAxis} format={formatDuration} width={width} strings={strings}
      title={strings('readyDistributionTitle')} axisLabel={strings('readyAxis')} testId="ready-distribution"
    />
  );
}
