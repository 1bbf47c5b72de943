import { useMemo } from 'react';
import type { InstanceView } from '@utsuwa/sim-core';
import type { KindsFigures } from '@utsuwa/sim-core/stats';
import { logBytesAxis } from '../viz/log-axis';
import { formatBytes } from '@utsuwa/sim-core/format';
import type { ChartText } from './chart-text';
import { KindDistribution } from './KindDistribution';

export type MemoryInstance = Pick<InstanceView, 'name' | 'kind' | 'state' | 'readyMs' | 'memoryBytes'>;

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
  return (
    <KindDistribution
      inputs={inputs} makeAxis={logBytesAxis} format={formatBytes} width={width} strings={strings}
      title={strings('memoryPerInstanceTitle')} axisLabel={strings('memoryPerInstanceAxis')} testId="memory-per-instance"
    />
  );
}
