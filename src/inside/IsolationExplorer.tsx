/**
 * Two instances (or one and the host) side by side: what a process in each sees, from the
 * `inspect` query, and what kernel and namespaces the two share.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProcessRow, ProcessView } from '@utsuwa/sim-core';
import { useWorkspace } from '../store/context';
import { selectSelected, selectView } from '../store/selectors';
import { useSimQuery } from './useSimQuery';
import { InstancePicker, stillThere, useBoardInstances } from './InstancePicker';
import { pairOf } from './matrix';

const MAX_ROWS = 12;

/**
 * `match`: the kernel PIDs of the other side's processes, marked here (and always listed) when
 * this side sees them too on the same kernel; `other`: the other side's name, whose VMM or
 * runtime processes this side may list as its own. A VM's own apps are always listed too.
 */
function SeenBy({ name, view, match, other, kernelLabel }: { name: string; view: ProcessView | null; match: ReadonlySet<number>; other: string; kernelLabel: (kernel: string) => string }) {
  const { t } = useTranslation();
  if (!view) return <section className="seen-by" data-testid="seen-by" data-name={name}><h4>{name}</h4><p className="inside-muted">{t('inside:notStarted')}</p></section>;
  const uidLine = view.uidMap.trim().replace(/\s+/g, ' ');
  const marked = (p: ProcessRow) => match.has(p.hostPid) || p.owner === other;
  const shown = view.processes.filter((p, i) => i < MAX_ROWS || marked(p) || p.owner === name).length;
  const hidden = view.processes.length - shown;
  // A kernel's own root namespace (the host, a VM, a sandbox's): one PID per process.
  const twoPids = view.kernel !== name;
  const pidHeader = view.kernel === 'host' ? t('inside:explorer.pidHost') : t('inside:explorer.pidKernel', { kernel: kernelLabel(view.kernel) });
  return (
    <section className="seen-by" data-testid="seen-by" data-name={name}>
      <h4>{name === 'host' ? t('inside:host') : name}</h4>
      <dl className="seen-facts">
        <dt>{t('inside:explorer.hostname')}</dt><dd data-testid="seen-hostname">{view.hostname}</dd>
        <dt>{t('inside:explorer.uname')}</dt><dd data-testid="seen-uname">{view.unameR}</dd>
        <dt>{t('inside:explorer.cgroup')}</dt><dd>{view.cgroup.trim()}</dd>
        <dt>uid_map</dt><dd title={t('inside:explorer.users')}>{uidLine}</dd>
      </dl>
      <table className="seen-procs">
        <caption>{t('inside:explorer.processes', { count: view.processes.length })}</caption>
        <thead><tr><th className="c-pid">{t('inside:explorer.pidInside')}</th>{twoPids && <th className="c-kpid" title={pidHeader}>{pidHeader}</th>}<th className="c-user">{t('inside:explorer.user')}</th><th>{t('inside:explorer.command')}</th></tr></thead>
        <tbody>
          {view.processes.filter((p, i) => i < MAX_ROWS || marked(p) || p.owner === name).map((p) => (
            <tr key={p.hostPid} data-testid="process-row" data-owner={p.owner ?? undefined} className={marked(p) ? 'is-match' : undefined} title={p.owner === other && !match.has(p.hostPid) ? t('inside:explorer.embodies', { name: other }) : undefined}>
              <td data-testid="pid-inside">{p.pid}</td>{twoPids && <td data-testid="pid-host">{p.hostPid}</td>}<td title={p.user}>{p.user}</td>
              <td className="mono-cell" title={p.command}>
                <span data-testid="process-command">{p.command}</span>
                {p.threads.length > 1 && <span className="seen-threads" data-testid="process-threads">{t('inside:explorer.threads', { count: p.threads.length, names: p.threads.slice(1).map((th) => th.name).join(', ') })}</span>}
              </td>
            </tr>
          ))}
          {hidden > 0 && <tr><td colSpan={twoPids ? 4 : 3} className="inside-muted">… {hidden}</td></tr>}
        </tbody>
      </table>
      <h5>{t('inside:explorer.interfaces')}</h5>
      <ul className="seen-list" data-testid="seen-interfaces">{view.interfaces.map((i) => <li key={i.index}><code>{i.name}</code> {i.address ?? ''}</li>)}</ul>
      <h5>{t('inside:explorer.mounts')}</h5>
      <ul className="seen-list">{view.mounts.slice(0, 6).map((m) => <li key={m.target}><code>{m.target}</code> {m.fstype} <span className="inside-muted">{m.source}</span></li>)}</ul>
    </section>
  );
}

export function IsolationExplorer() {
  const { t } = useTranslation();
  const instances = useBoardInstances();
  const names = instances.map((i) => i.name);
  const selected = useWorkspace(selectSelected);
  const [pickA, setA] = useState<string | null>(null);
  const [pickB, setB] = useState<string | null>(null);
  const a = stillThere(pickA ?? selected, names, names[0] ?? 'host');
  const b = stillThere(pickB, names, 'host');
  const viewA = useSimQuery('inspect', { name: a });
  const viewB = useSimQuery('inspect', { name: b });
  const matrix = useSimQuery('isolation', null);
  const pair = matrix && a !== b ? pairOf(matrix, a, b) : null;
  const kernels = useWorkspaceKernels();
  const label = (n: string) => (n === 'host' ? t('inside:host') : n);
  const kernelLabel = (kernel: string) => (instances.some((i) => i.name === kernel && i.kind === 'container') ? t('inside:explorer.kernelSandbox') : kernel);

  return (
    <div className="isolation-explorer" data-testid="isolation-explorer">
      <div className="inside-row">
        <InstancePicker value={a} onChange={setA} withHost label={t('inside:explorer.pick')} testId="explorer-a" />
        <InstancePicker value={b} onChange={setB} withHost label={t('inside:explorer.with')} testId="explorer-b" />
        {pair && (
          <p className="pair-summary" data-testid="pair-summary" data-processes={pair.processes}>
            <strong className={pair.sameKernel ? 'kernel-shared' : 'kernel-own'}>
              {pair.sameKernel ? t('inside:explorer.sameKernel', { kernel: kernels(a) }) : t('inside:explorer.otherKernel', { a: kernels(a), b: kernels(b) })}
            </strong>
            {' · '}
            {pair.shared.length > 0 ? t('inside:explorer.sharedNs', { kinds: pair.shared.join(', ') }) : t('inside:explorer.noSharedNs')}
            {' · '}
            {t(`inside:matrix.processes.${pair.processes}`, { a: label(pair.a), b: label(pair.b), pids: pair.vmmPids.join(', ') })}
          </p>
        )}
      </div>
      <p className="inside-note">{t('inside:explorer.pidNote')}</p>
      <div className="seen-pair">
        <SeenBy name={a} view={viewA} match={sameKernelPids(viewA, viewB)} other={b} kernelLabel={kernelLabel} />
        <SeenBy name={b} view={viewB} match={sameKernelPids(viewB, viewA)} other={a} kernelLabel={kernelLabel} />
      </div>
    </div>
  );
}

/** The other side's kernel PIDs, when both sides' PIDs count in the same kernel. */
function sameKernelPids(mine: ProcessView | null, theirs: ProcessView | null): ReadonlySet<number> {
  if (!mine || !theirs || mine.kernel !== theirs.kernel) return new Set();
  return new Set(theirs.processes.map((p) => p.hostPid));
}

/** Which kernel an instance's system calls reach, by name (`host` for the host). */
function useWorkspaceKernels(): (name: string) => string {
  const view = useWorkspace(selectView);
  return (name) => (name === 'host' ? 'host' : (view?.instances.find((i) => i.name === name)?.kernel ?? name));
}
