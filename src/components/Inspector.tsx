/**
 * The inspector edits the selected instance. Before it starts, an edit changes the scenario
 * (undoable); while it runs, a container's limits change live, as `docker update` would, at
 * the current simulated time. It also shows the equivalent command and live actions.
 */
import { lazy, Suspense, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { catalogue } from '../document/catalogue';
import type { ContainerSpec, InstanceView, RuntimeId, VmSpec } from '@utsuwa/sim-core';
import type { ContainerPatch } from '../document/operations';
import { useWorkspace, useWorkspaceShallow } from '../store/context';
import { selectNowMs, selectSelected, specByName, viewByName } from '../store/selectors';
import type { WorkspaceState } from '../store/types';
import { formatClock } from '../format';
import { formatBytes, formatDuration } from '@utsuwa/sim-core/format';
import { useAction, useRunAction } from '../actions/useActions';
import { cpuLimitChoices, cpusAvailable, FREE_PAGE_REPORTING_PROFILES, MEMORY_LIMIT_CHOICES, VCPU_CHOICES } from '@utsuwa/sim-core/rules';
import { moveTargets } from '../actions/instances';
import { NumberSources } from './NumberSources';
import { profileLabel, runtimeLabel } from './catalogue-labels';
import { HostInspector } from './HostInspector';
import { instanceOverheads } from '@utsuwa/sim-core/stats';
import { overheadsLine } from '../viz/overheads';

// The command writers (sim-core/docker, vm-tools) load when an instance is first inspected.
const InstanceCommand = lazy(() => import('./InstanceCommand'));

/** The select's value for "onto the host" (an instance name is never empty). */
const HOST = '';

function withCurrent(steps: readonly number[], current: number | null): number[] {
  return current === null || steps.includes(current) ? [...steps] : [...steps, current].sort((a, b) => a - b);
}

function VmFields({ spec }: { spec: VmSpec }) {
  const { t } = useTranslation();
  const run = useRunAction();
  const edit = (patch: Partial<VmSpec>): void => void run('editInstance', patch);
  return (
    <>
      <label className="field"><span>{t('palette.profile')}</span>
        <select value={spec.profile} onChange={(e) => edit({ profile: e.target.value })}>
          {Object.values(catalogue().vmProfiles).map((p) => <option key={p.id} value={p.id}>{profileLabel(t, p.id)}</option>)}
        </select>
      </label>
      <label className="field"><span>{t('palette.os')}</span>
        <select value={spec.os} onChange={(e) => edit({ os: e.target.value })}>
          {Object.keys(catalogue().guestOses).sort().map((id) => <option key={id} value={id}>{id}</option>)}
        </select>
      </label>
      <label className="field"><span>{t('inspector.cpus')}</span>
        <select value={spec.cpus} onChange={(e) => edit({ cpus: Number(e.target.value) })}>
          {withCurrent(VCPU_CHOICES, spec.cpus).map((n) => <option key={n} value={n}>{n}</option>)}
        </select>
      </label>
      <label className="field"><span>{t('inspector.memory')}</span>
        <select value={spec.memoryBytes} onChange={(e) => edit({ memoryBytes: Number(e.target.value) })} data-testid="inspector-memory">
          {withCurrent(MEMORY_LIMIT_CHOICES, spec.memoryBytes).map((b) => <option key={b} value={b}>{formatBytes(b)}</option>)}
        </select>
      </label>
      <BalloonField spec={spec} edit={edit} />
    </>
  );
}

type GvisorPlatform = NonNullable<ContainerSpec['gvisorPlatform']>;
const GVISOR_PLATFORMS: GvisorPlatform[] = ['systrap', 'kvm', 'ptrace'];
/** The VM option: virtio-balloon free-page reporting, off by default; only a profile with the device offers it. */
function BalloonField({ spec, edit }: { spec: VmSpec; edit: (patch: Partial<VmSpec>) => void }) {
  const { t } = useTranslation();
  const possible = FREE_PAGE_REPORTING_PROFILES.includes(spec.profile);
  const on = spec.balloon === 'free-page-reporting';
  return (
    <label className="field field-check" title={t(possible ? 'inspector.balloonHint' : 'inspector.balloonNone')}>
      <span>{t('inspector.balloon')}</span>
      <span className="field-check-box">
        <input type="checkbox" checked={on} disabled={!possible && !on} data-testid="inspector-balloon"
          onChange={(e) => edit({ balloon: e.target.checked ? 'free-page-reporting' : undefined })} />
        {t('inspector.balloonOn')}
      </span>
    </label>
  );
}

function ContainerFields({ spec, view }: { spec: ContainerSpec; view: InstanceView | undefined }) {
  const { t } = useTranslation();
  const run = useRunAction();
  const edit = (patch: ContainerPatch): void => void run('editInstance', patch);
  // While it runs, show the limits in force (a live change may differ from the file).
  const running = view && (view.state === 'running' || view.state === 'booting');
  const memory = running ? view.memoryLimitBytes : spec.memoryBytes;
  const cpus = running ? view.cpuLimit : spec.cpus;
  // Only the CPU limits the daemon where it runs would take: the host's cores or its VM's vCPUs.
  const available = useWorkspace(useCallback((s: WorkspaceState) => {
    const vm = spec.in === null ? undefined : specByName(s, spec.in);
    return cpusAvailable(s.doc.host.cpus, vm?.kind === 'vm' ? vm : null);
  }, [spec.in]));
  return (
    <>
      <label className="field"><span>{t('palette.runtime')}</span>
        <select value={spec.runtime} onChange={(e) => edit({ runtime: e.target.value as RuntimeId, gvisorPlatform: undefined })}>
          {Object.values(catalogue().runtimes).map((r) => <option key={r.id} value={r.id}>{runtimeLabel(t, r.id)}</option>)}
        </select>
      </label>
      {spec.runtime === 'gvisor' && (
        <label className="field" title={t('inspector.gvisorPlatformHint')}><span>{t('inspector.gvisorPlatform')}</span>
          <select value={spec.gvisorPlatform ?? 'systrap'} data-testid="inspector-gvisor-platform"
            onChange={(e) => edit({ gvisorPlatform: e.target.value === 'systrap' ? undefined : e.target.value as GvisorPlatform })}>
            {GVISOR_PLATFORMS.map((p) => <option key={p} value={p}>{p === 'kvm' ? 'KVM' : p === 'ptrace' ? 'ptrace' : 'Systrap'}</option>)}
          </select>
        </label>
      )}
      <label className="field"><span>{t('palette.image')}</span>
        <select value={spec.image} onChange={(e) => edit({ image: e.target.value })}>
          {Object.keys(catalogue().images).sort().map((id) => <option key={id} value={id}>{id}</option>)}
        </select>
      </label>
      <label className="field"><span>{t('inspector.memoryLimit')}</span>
        <select value={memory ?? 'none'} onChange={(e) => edit({ memoryBytes: e.target.value === 'none' ? null : Number(e.target.value) })} data-testid="inspector-memory">
          <option value="none">{t('inspector.unlimited')}</option>
          {withCurrent(MEMORY_LIMIT_CHOICES, memory).map((b) => <option key={b} value={b}>{formatBytes(b)}</option>)}
        </select>
      </label>
      <label className="field"><span>{t('inspector.cpuLimit')}</span>
        <select value={cpus ?? 'none'} onChange={(e) => edit({ cpus: e.target.value === 'none' ? null : Number(e.target.value) })}>
          <option value="none">{t('inspector.unlimited')}</option>
          {withCurrent(cpuLimitChoices(available), cpus).map((n) => <option key={n} value={n}>{n}</option>)}
        </select>
      </label>
    </>
  );
}

/**
 * Where the selected container runs, and a move into a VM or back onto the host: what a drag
 * does, by keyboard (the registry's moveInstance, through the store's one move path).
 */
function MoveContainer({ spec }: { spec: ContainerSpec }) {
  const { t } = useTranslation();
  const run = useRunAction();
  const targets = useWorkspaceShallow(useCallback((s: WorkspaceState) => moveTargets(s, spec.name), [spec.name]));
  const [choice, setChoice] = useState<string>('');
  const chosen = targets.some((p) => (p ?? HOST) === choice) ? choice : (targets[0] ?? HOST);
  const into = chosen === HOST ? null : chosen;
  const move = useAction('moveInstance', { into });
  if (targets.length === 0) return null;
  return (
    <div className="move-row" role="group" aria-label={t('inspector.moveLabel', { name: spec.name })}>
      <span className="move-where">{t('inspector.runsIn')}: <strong>{spec.in ?? t('inspector.onHost')}</strong></span>
      <label className="move-pick">
        <span className="visually-hidden">{t('inspector.moveTo')}</span>
        <select value={chosen} onChange={(e) => setChoice(e.target.value)} data-testid="move-target">
          {targets.map((p) => <option key={p ?? HOST} value={p ?? HOST}>{p === null ? t('inspector.toHost') : t('inspector.intoVm', { vm: p })}</option>)}
        </select>
      </label>
      <button type="button" className="btn" data-testid="move" disabled={!move.enabled} onClick={() => run('moveInstance', { into })}>{move.label}</button>
    </div>
  );
}

/** Start or stop, the two exploits and remove: the registry's actions on the selection. */
function InspectorActions() {
  const { t } = useTranslation();
  const start = useAction('startInstance');
  const stop = useAction('stopInstance');
  const exploitApp = useAction('exploitApp');
  const exploitKernel = useAction('exploitKernel');
  const remove = useAction('removeInstance');
  return (
    <div className="inspector-actions" role="group" aria-label={t('inspector.actions')}>
      {stop.enabled
        ? <button type="button" className="btn" onClick={stop.run}>{stop.label}</button>
        : <button type="button" className="btn" onClick={start.run} disabled={!start.enabled}>{start.label}</button>}
      <button type="button" className="btn btn-warn" disabled={!exploitApp.enabled} onClick={exploitApp.run}>{exploitApp.label}</button>
      <button type="button" className="btn btn-warn" disabled={!exploitKernel.enabled} onClick={exploitKernel.run}>{exploitKernel.label}</button>
      <button type="button" className="btn btn-danger" data-testid="remove" title={remove.title} disabled={!remove.enabled} onClick={remove.run}>{remove.label}</button>
    </div>
  );
}

/** The note under the title, with the clock: its own component, so the inspector does not re-render with every frame. */
function LiveNote() {
  const { t } = useTranslation();
  const now = useWorkspace(selectNowMs);
  return <p className="inspector-note">{now > 0 ? t('inspector.liveNote', { time: formatClock(now) }) : t('inspector.setupNote')}</p>;
}

export function Inspector() {
  const { t } = useTranslation();
  const selected = useWorkspace(selectSelected);
  const spec = useWorkspace(useCallback((s: WorkspaceState) => (selected ? specByName(s, selected) : undefined), [selected]));
  const view = useWorkspace(useCallback((s: WorkspaceState) => (selected ? viewByName(s, selected) : undefined), [selected]));

  if (!spec) return <HostInspector />;

  return (
    <section className="inspector panel" aria-label={t('inspector.title')} data-testid="inspector" data-anchor="inspector">
      <h2 className="panel-title">
        <span className={`kind-dot kind-${spec.kind}`} aria-hidden="true" />
        {spec.name}
        <span className="panel-sub">{t(`inspector.kind.${spec.kind}`)}</span>
      </h2>
      <LiveNote />
      <div className="fields">
        {spec.kind === 'vm' ? <VmFields spec={spec} /> : <ContainerFields spec={spec} view={view} />}
      </div>
      {spec.kind === 'container' && <MoveContainer spec={spec} />}
      <dl className="facts">
        <dt>{t('inspector.kernel')}</dt><dd>{view?.kernel === 'host' ? t('inspector.hostKernel') : (view?.kernel ?? '—')}</dd>
        <dt>{t('inspector.ready')}</dt><dd>{view?.readyMs !== null && view?.readyMs !== undefined ? formatDuration(view.readyMs) : t('inspector.notReady')}</dd>
        <dt>{t('inspector.overheads')}</dt>
        <dd data-testid="inspector-overheads" title={t('charts:overheadsTitle')}>{overheadsLine(instanceOverheads(catalogue(), spec), (key, params) => t(`charts:${key}`, params))}</dd>
      </dl>
      <InspectorActions />
      <figure className="command">
        <figcaption>{t('inspector.command')}</figcaption>
        <pre data-testid="command"><Suspense fallback={<code>…</code>}><InstanceCommand spec={spec} view={view} /></Suspense></pre>
      </figure>
      <NumberSources spec={spec} />
    </section>
  );
}
