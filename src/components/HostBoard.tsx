/**
 * The host board: the stack as textbooks draw it, live. Columns of instances (VMs left,
 * containers right) over the hypervisor and the container engine, over the host OS and
 * its kernel, over the hardware with the host's own gauges. The whole board is a drop zone.
 */
import { useMemo } from 'react';
import { useDropTarget } from './drag-hooks';
import { useTranslation } from 'react-i18next';
import { boardCatalogue } from '../document/catalogue';
import type { InstanceSpec } from '@utsuwa/sim-core';
import { useWorkspace, useWorkspaceShallow, useWorkspaceStore } from '../store/context';
import { selectHost, selectTopLevelNames } from '../store/selectors';
import type { WorkspaceState } from '../store/types';
import type { DropTarget } from '../document/drops';
import { formatBytes } from '@utsuwa/sim-core/format';
import { Bar } from './Bar';
import { InstanceCard } from './InstanceCard';
import { profileLabel, runtimeLabel } from './catalogue-labels';
import { CANVAS_THRESHOLD, CompactInstances, COMPACT_THRESHOLD } from './CompactInstances';

const selectHostSpec = (s: WorkspaceState) => s.doc.host;
// Recomputed only when the document's instances change, not on every frame.
const topSpecsCache = new WeakMap<readonly InstanceSpec[], InstanceSpec[]>();
const selectTopSpecs = (s: WorkspaceState): InstanceSpec[] => {
  let top = topSpecsCache.get(s.doc.instances);
  if (!top) {
    const byName = new Map(s.doc.instances.map((i) => [i.name, i]));
    top = selectTopLevelNames(s).map((n) => byName.get(n)!);
    topSpecsCache.set(s.doc.instances, top);
  }
  return top;
};
const selectTechnologies = (s: WorkspaceState) => {
  const vms = new Set<string>();
  const runtimes = new Set<string>();
  for (const i of s.doc.instances) {
    if (i.kind === 'vm') vms.add(i.profile);
    else if (i.in === null) runtimes.add(i.runtime);
  }
  return { vms: [...vms].join('\n'), runtimes: [...runtimes].join('\n') };
};

/** The host's gauges: re-rendered when a figure they show changes, not the whole board with each frame. */
function HostGauges({ hostSpec }: { hostSpec: WorkspaceState['doc']['host'] }) {
  const { t } = useTranslation();
  const host = useWorkspace(selectHost);
  return (
    <div className="hw-bars">
      <Bar label={t('board.cpu')} tone="cpu" value={host?.cpuBusyCores ?? 0} max={hostSpec.cpus} text={`${(host?.cpuBusyCores ?? 0).toFixed(1)} / ${hostSpec.cpus}`} testId="host-cpu" />
      <Bar label={t('board.memory')} tone="memory" value={host?.memoryUsedBytes ?? 0} max={host?.memoryTotalBytes ?? hostSpec.memoryBytes} text={`${formatBytes(host?.memoryUsedBytes ?? 0)} / ${formatBytes(host?.memoryTotalBytes ?? hostSpec.memoryBytes)}`} testId="host-memory" />
      <Bar label={t('board.disk')} tone="disk" value={host?.diskUsedBytes ?? 0} max={host?.diskTotalBytes ?? hostSpec.diskBytes} text={`${formatBytes(host?.diskUsedBytes ?? 0)} / ${formatBytes(host?.diskTotalBytes ?? hostSpec.diskBytes)}`} testId="host-disk" />
    </div>
  );
}

const selectHostCompromised = (s: WorkspaceState) => s.view?.host.compromised ?? false;

export function HostBoard() {
  const { t } = useTranslation();
  const store = useWorkspaceStore();
  const top = useWorkspaceShallow(selectTopSpecs);
  const tech = useWorkspaceShallow(selectTechnologies);
  const hostSpec = useWorkspace(selectHostSpec);
  const compromised = useWorkspace(selectHostCompromised);
  const hostDrop: DropTarget = { name: null };
  const { setNodeRef, isOver } = useDropTarget({ id: 'host', data: hostDrop });

  // The same arrays while the document stands: the tiles redraw by frame, not by list.
  const vms = useMemo(() => top.filter((i) => i.kind === 'vm'), [top]);
  const containers = useMemo(() => top.filter((i) => i.kind === 'container'), [top]);
  // A crowd (a burst, a density test) is drawn as tiles, so both groups stay in view.
  const compact = top.length > COMPACT_THRESHOLD;
  const onCanvas = top.length > CANVAS_THRESHOLD;
  const kernel = boardCatalogue().host.linuxKernelVersion;
  const hostOs = hostSpec.os === 'windows' ? 'Windows' : (kernel ? `Linux ${kernel}` : 'Linux');

  return (
    <section
      ref={setNodeRef}
      className={`board panel${isOver ? ' is-over' : ''}${compromised ? ' is-compromised' : ''}`}
      data-testid="host"
      data-anchor="host"
      data-compromised={compromised ? 'true' : undefined}
      aria-label={t('board.title')}
      onClick={() => store.getState().select(null)}
    >
      <div className="board-columns">
        {top.length === 0 && <p className="board-empty">{t('board.emptyHint')}</p>}
        {vms.length > 0 && (
          <div className="group group-vm">
            {compact
              ? <CompactInstances specs={vms} onCanvas={onCanvas} />
              : <div className="cols">{vms.map((s) => <InstanceCard key={s.name} spec={s} />)}</div>}
            <div className="layer layer-hypervisor"><span className="layer-kind">{t('board.hypervisor')}</span> {tech.vms.split('\n').map((id) => profileLabel(t, id)).join(t('board.listSeparator'))}</div>
          </div>
        )}
        {containers.length > 0 && (
          <div className="group group-container">
            {compact
              ? <CompactInstances specs={containers} onCanvas={onCanvas} />
              : <div className="cols">{containers.map((s) => <InstanceCard key={s.name} spec={s} />)}</div>}
            <div className="layer layer-engine"><span className="layer-kind">{t('board.engine')}</span> {tech.runtimes.split('\n').map((id) => runtimeLabel(t, id)).join(t('board.listSeparator'))}</div>
          </div>
        )}
      </div>

      <div className={`layer layer-hostos${compromised ? ' is-compromised' : ''}`}>
        <span className="layer-kind">{t('board.hostOs')}</span> {hostOs}
        {compromised && <strong className="host-alert"> ⚠ {t('board.hostCompromised')}</strong>}
      </div>
      <div className="layer layer-hardware">
        <span className="layer-kind">{t('board.hardware')}</span>
        <span className="hw-spec">{t('board.cores', { count: hostSpec.cpus })}</span>
        <HostGauges hostSpec={hostSpec} />
      </div>
    </section>
  );
}
