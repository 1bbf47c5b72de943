/**
 * A container's cgroup over time: memory.current against memory.max with the OOM kill
 * marked, CPU wanted and allowed against the cpu.max quota with throttled periods shaded,
 * then the equivalent `docker run` flags and the cgroup v2 files.
 */
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContainerSpec } from '@utsuwa/sim-core';
import { CATALOGUE } from '@utsuwa/sim-core/catalogue';
import { cgroupFileTexts, cgroupSeries, dockerLimitFlags } from '@utsuwa/sim-core/views';
import { useWorkspace } from '../store/context';
import { selectDoc, selectLog, selectMemoryHistory, selectSelected, selectView } from '../store/selectors';
import { useElementWidth } from '../charts/useElementWidth';
import { formatBytes } from '@utsuwa/sim-core/format';
import { cgroupGeometry, type ChartBox } from './cgroup-chart';
import { InstancePicker, stillThere, useBoardInstances } from './InstancePicker';

const HEIGHT = 110;

export function CgroupView() {
  const { t } = useTranslation();
  const containers = useBoardInstances().filter((i) => i.kind === 'container').map((i) => i.name);
  const selected = useWorkspace(selectSelected);
  const doc = useWorkspace(selectDoc);
  const log = useWorkspace(selectLog);
  const history = useWorkspace(selectMemoryHistory);
  const view = useWorkspace(selectView);
  const [pick, setPick] = useState<string | null>(null);
  const name = stillThere(pick ?? selected, containers, containers[0] ?? '');
  const spec = doc.instances.find((i) => i.name === name && i.kind === 'container') as ContainerSpec | undefined;
  const nowMs = view?.nowMs ?? 0;
  const ref = useRef<HTMLDivElement>(null);
  const width = useElementWidth(ref, 420);

  const series = useMemo(() => {
    if (!spec) return null;
    const idle = CATALOGUE.apps[CATALOGUE.images[spec.image]?.app ?? '']?.idleCpu ?? 0;
    return cgroupSeries(log, history, spec, idle, nowMs);
  }, [spec, log, history, nowMs]);
  // Two charts side by side in the measured row (its gap is 0.6rem, about 9 px).
  const box: ChartBox = { width: Math.max(180, Math.floor((width - 10) / 2)), height: HEIGHT, left: 58, right: 10, top: 8, bottom: 16 };
  const g = useMemo(() => (series ? cgroupGeometry(series, box) : null), [series, box.width]); // eslint-disable-line react-hooks/exhaustive-deps

  if (!spec || !series || !g) return <p className="inside-muted">{t('inside:cgroup.onlyContainers')}</p>;
  const live = view?.instances.find((i) => i.name === name);
  const memLimit = live?.memoryLimitBytes ?? spec.memoryBytes;
  const cpus = live?.cpuLimit ?? spec.cpus;
  const flags = dockerLimitFlags(memLimit, cpus, spec.pidsLimit);
  const files = cgroupFileTexts({ memoryBytes: memLimit, cpus, pidsLimit: spec.pidsLimit, memorySwapBytes: spec.memorySwapBytes, cpuShares: spec.cpuShares });
  const plotTop = box.top;
  const plotBottom = box.height - box.bottom;

  return (
    <div className="cgroup-view" data-testid="cgroup-view" data-name={name}>
      <div className="inside-row">
        <InstancePicker value={name} onChange={setPick} only="container" label={t('inside:layers.container')} testId="cgroup-pick" />
        <p className="inside-note">
          {t('inside:cgroup.current')} {formatBytes(live?.memoryBytes ?? 0)} / {memLimit === null ? t('inside:cgroup.unlimited') : formatBytes(memLimit)}
          {' · '}CPU {(live?.cpuCores ?? 0).toFixed(2)} / {cpus === null ? t('inside:cgroup.unlimited') : cpus}
          {live?.throttled && <strong className="cg-throttled-now"> · {t('inside:cgroup.throttled')}</strong>}
        </p>
      </div>
      <div className="cg-charts" ref={ref}>
        <figure>
          <figcaption>{t('inside:cgroup.memory')}</figcaption>
          <svg width={box.width} height={box.height} role="img" aria-label={t('inside:cgroup.memory')} data-testid="cgroup-memory">
            {g.memory.yTicks.map((v) => (
              <g key={v}><line x1={box.left} x2={box.width - box.right} y1={g.memory.y(v)} y2={g.memory.y(v)} className="cg-grid" />
                <text x={box.left - 4} y={g.memory.y(v) + 3} textAnchor="end" className="cg-tick">{formatBytes(v)}</text></g>
            ))}
            <path d={g.memory.current} className="cg-mem" />
            <path d={g.memory.limit} className="cg-limit" />
            {g.memory.oomX.map((x, i) => (
              <g key={i} data-testid="oom-mark"><line x1={x} x2={x} y1={plotTop} y2={plotBottom} className="cg-oom" />
                <text x={x + 3} y={plotTop + 10} className="cg-oom-text">{t('inside:cgroup.oom')}</text></g>
            ))}
          </svg>
          <p className="cg-legend"><i className="sw-mem" />{t('inside:cgroup.current')} <i className="sw-limit" />{t('inside:cgroup.limit')} <i className="sw-oom" />{t('inside:cgroup.oom')}</p>
        </figure>
        <figure>
          <figcaption>{t('inside:cgroup.cpu')}</figcaption>
          <svg width={box.width} height={box.height} role="img" aria-label={t('inside:cgroup.cpu')} data-testid="cgroup-cpu">
            {g.cpu.throttled.map((b, i) => <rect key={i} x={b.x} width={b.width} y={plotTop} height={plotBottom - plotTop} className="cg-throttled" data-testid="throttled-band" />)}
            {g.cpu.yTicks.map((v) => (
              <g key={v}><line x1={box.left} x2={box.width - box.right} y1={g.cpu.y(v)} y2={g.cpu.y(v)} className="cg-grid" />
                <text x={box.left - 4} y={g.cpu.y(v) + 3} textAnchor="end" className="cg-tick">{v}</text></g>
            ))}
            <path d={g.cpu.allowed} className="cg-cpu" />
            <path d={g.cpu.wanted} className="cg-wanted" />
            <path d={g.cpu.quota} className="cg-limit" />
          </svg>
          <p className="cg-legend"><i className="sw-cpu" />{t('inside:cgroup.allowed')} <i className="sw-wanted" />{t('inside:cgroup.wanted')} <i className="sw-limit" />{t('inside:cgroup.quota')} <i className="sw-throttled" />{t('inside:cgroup.throttled')}</p>
        </figure>
      </div>
      <div className="cg-text">
        <figure className="command">
          <figcaption>{t('inside:cgroup.flags')}</figcaption>
          <pre data-testid="cgroup-flags">{flags.length ? `docker run ${flags.join(' ')} ${spec.image}` : t('inside:cgroup.noFlags')}</pre>
        </figure>
        <figure className="command">
          <figcaption>{t('inside:cgroup.files')}</figcaption>
          <pre data-testid="cgroup-files">{Object.entries(files).map(([f, v]) => `$ cat ${f}\n${v}`).join('\n')}</pre>
        </figure>
      </div>
    </div>
  );
}
