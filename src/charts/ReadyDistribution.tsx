import { useMemo } from 'react';
import type { KindsFigures } from '@utsuwa/sim-core/stats';
import { logDurationAxis } from '../viz/log-axis';
import type { TimelineInstance } from '../viz/timeline-layout';
import { formatDuration } from '@utsuwa/sim-core/format';
import type { ChartText } from './chart-text';
import { KindDistribution } from './KindDistribution';

/** Who is ready after how long, in one string: equal strings, same distribution. */
function readySignature(instances: readonly TimelineInstance[]): string {
  let sig = '';
  for (const i of instances) if (i.readyMs !== null) sig += `${i.kind === 'vm' ? 'v' : 'c'}${i.name}=${i.readyMs};`;
  return sig;
}

function readyInputs(instances: readonly TimelineInstance[], kinds: KindsFigures) {
  return (['vm', 'container'] as const).map((kind) => ({
    kind,
    values: instances.filter((i) => i.kind === kind && i.readyMs !== null).map((i) => ({ name: i.name, value: i.readyMs! })),
    spread: kinds[kind].readyMs,
  }));
}

/**
 * How long each kind took to become ready, as a distribution on a log axis (one lane per
 * kind): 100 containers at 0.3 s and 100 VMs between 20 s and 2 min read at a glance,
 * whenever each started on the run's clock.
 */
export function ReadyDistribution({ instances, kinds, width, strings }: { instances: readonly TimelineInstance[]; kinds: KindsFigures; width: number; strings: ChartText }) {
  // Every frame brings new instance objects, but the distribution changes only when an
  // instance becomes ready (or stops being so): its lanes (a mark per instance) are redrawn then.
  const signature = readySignature(instances);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the signature stands for `instances` and `kinds`
  const inputs = useMemo(() => readyInputs(instances, kinds), [signature]);
  return (
    <KindDistribution
      inputs={inputs} makeAxis={logDurationAxis} format={formatDuration} width={width} strings={strings}
      title={strings('readyDistributionTitle')} axisLabel={strings('readyAxis')} testId="ready-distribution"
    />
  );
}
