/**
 * One instance drawn as its slice of the textbook stack: its app, bins/libs, and for a VM
 * its guest OS (with the containers running inside it), then its state and its bars.
 */
import { memo, useCallback, type MouseEvent } from 'react';
import { useDragSource, useDropTarget } from './drag-hooks';
import { useTranslation } from 'react-i18next';
import { boardCatalogue } from '../document/catalogue';
import type { InstanceSpec, InstanceView } from '@utsuwa/sim-core';
import { useWorkspace, useWorkspaceShallow, useWorkspaceStore } from '../store/context';
import { containersIn, viewByName } from '../store/selectors';
import type { WorkspaceState } from '../store/types';
import type { DragItem, DropTarget } from '../document/drops';
import { formatBytes, formatDuration } from '@utsuwa/sim-core/format';
import { Bar } from './Bar';

const selectHostTotals = (s: WorkspaceState) => ({ mem: s.view?.host.memoryTotalBytes ?? s.doc.host.memoryBytes, cpus: s.doc.host.cpus });

function StateBadge({ view }: { view: InstanceView | undefined }) {
  const { t } = useTranslation();
  const state = view?.state ?? 'created';
  let text = t(`state.${state}`);
  if (state === 'booting' && view?.phase) text = `${text} · ${t(`phase.${view.phase}`, { defaultValue: view.phase })}`;
  if (state === 'running' && view?.readyMs !== null && view?.readyMs !== undefined) text = `${text} · ${formatDuration(view.readyMs)}`;
  if (state === 'exited' && view?.exitCode !== null && view?.exitCode !== undefined) text = `${text} (${view.exitCode})`;
  return <span className={`badge badge-${state}`} data-testid="instance-state">{text}</span>;
}

function appOf(spec: InstanceSpec): string {
  if (spec.kind === 'vm') return spec.apps.join(', ') || '—';
  return boardCatalogue().images[spec.image]?.app ?? spec.image;
}

/**
 * Memoised: the board re-renders with the host's gauges every frame, but a card re-renders
 * only when its own view (the same object while unchanged, src/worker/view-delta.ts), its
 * selection or its spec changes.
 */
export const InstanceCard = memo(function Card({ spec, nested = false }: { spec: InstanceSpec; nested?: boolean }) {
  const { t } = useTranslation();
  const store = useWorkspaceStore();
  const name = spec.name;
  const view = useWorkspace(useCallback((s: WorkspaceState) => viewByName(s, name), [name]));
  const selected = useWorkspace(useCallback((s: WorkspaceState) => s.selected === name, [name]));
  const inner = useWorkspaceShallow(useCallback((s: WorkspaceState) => (spec.kind === 'vm' ? containersIn(name)(s) : []), [name, spec.kind]));
  const innerSpecs = useWorkspaceShallow(useCallback((s: WorkspaceState) => s.doc.instances.filter((i) => inner.includes(i.name)), [inner]));
  const totals = useWorkspaceShallow(selectHostTotals);

  const dropData: DropTarget = { name };
  const { setNodeRef: setDropRef, isOver } = useDropTarget({ id: `drop:${name}`, data: dropData });
  const dragData: DragItem = { source: 'board', name };
  const drag = useDragSource({ id: `inst:${name}`, data: dragData, disabled: spec.kind === 'vm' });

  const setRef = (el: HTMLElement | null): void => {
    setDropRef(el);
    drag.setNodeRef(el);
  };
  const onClick = (e: MouseEvent): void => {
    e.stopPropagation();
    store.getState().select(name);
  };

  const state = view?.state ?? 'created';
  const memMax = view?.memoryLimitBytes ?? totals.mem;
  const cpuMax = view?.cpuLimit ?? totals.cpus;
  const ownKernel = spec.kind === 'container' && view && view.kernel === name;
  const classes = ['inst', `inst-${spec.kind}`, `state-${state}`, nested && 'inst-nested', selected && 'is-selected', view?.compromised && 'is-compromised', isOver && 'is-over', drag.isDragging && 'is-dragging']
    .filter(Boolean).join(' ');

  return (
    <article
      ref={setRef}
      className={classes}
      data-testid="instance"
      data-kind={spec.kind}
      data-name={name}
      data-state={state}
      data-compromised={view?.compromised ? 'true' : undefined}
      aria-current={selected ? 'true' : undefined}
      data-selected={selected ? 'true' : 'false'}
      aria-label={t('board.instanceLabel', { name, kind: t(`inspector.kind.${spec.kind}`), state: t(`state.${state}`) })}
      tabIndex={0}
      onClick={onClick}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          store.getState().select(name);
        }
      }}
      {...(spec.kind === 'container' ? drag.listeners : {})}
    >
      <header className="inst-head">
        <span className="inst-name" title={name}>{name}</span>
        <StateBadge view={view} />
      </header>
      {view?.compromised && <div className="inst-alert">⚠ {t('board.compromised')}</div>}
      {view?.throttled && <div className="inst-warn">{t('board.throttled')}</div>}

      <div className="inst-bars">
        <Bar label={t('board.memory')} tone="memory" value={view?.memoryBytes ?? 0} max={memMax} text={formatBytes(view?.memoryBytes ?? 0)} />
        {!nested && <Bar label={t('board.cpu')} tone="cpu" value={view?.cpuCores ?? 0} max={cpuMax} text={(view?.cpuCores ?? 0).toFixed(2)} />}
      </div>
      {nested ? (
        // Inside a VM there is little room: app and image on one line, the layers implied by the VM's column.
        <div className="layer layer-app layer-small">{appOf(spec)} · {spec.kind === 'container' ? spec.image : ''}</div>
      ) : (
      <div className="inst-stack">
        {innerSpecs.length > 0 && (
          <>
            <div className="inst-inner">
              {innerSpecs.map((c) => <InstanceCard key={c.name} spec={c} nested />)}
            </div>
            <div className="layer layer-engine layer-small">{t('board.engine')}</div>
          </>
        )}
        {(spec.kind === 'container' || spec.apps.length > 0) && <div className={`layer layer-app${innerSpecs.length > 0 ? ' layer-small' : ''}`}><span className="layer-kind">{t('board.app')}</span> {appOf(spec)}</div>}
        {innerSpecs.length === 0 && <div className="layer layer-libs"><span className="layer-kind">{t('board.libs')}</span> {spec.kind === 'container' ? spec.image : ''}</div>}
        {ownKernel && <div className="layer layer-kernel">{t('board.ownKernel', { tech: view.technology })}</div>}
        {spec.kind === 'vm' && (
          <div className="layer layer-guest"><span className="layer-kind">{t('board.guestOs')}</span> {spec.os}</div>
        )}
      </div>
      )}

    </article>
  );
});
