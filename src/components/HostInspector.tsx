/** With nothing selected, the inspector shows the host and lets the scenario's host be edited. */
import { useTranslation } from 'react-i18next';
import { useWorkspace, useWorkspaceStore } from '../store/context';
import type { WorkspaceState } from '../store/types';
import { formatBytes } from '@utsuwa/sim-core/format';

const GiB = 1024 ** 3;
const selectHostSpec = (s: WorkspaceState) => s.doc.host;
const CPU_CHOICES = [1, 2, 4, 8, 16, 32, 64];
const MEMORY_CHOICES = [2, 4, 8, 16, 32, 64, 128].map((g) => g * GiB);

export function HostInspector() {
  const { t } = useTranslation();
  const store = useWorkspaceStore();
  const host = useWorkspace(selectHostSpec);
  const cpus = CPU_CHOICES.includes(host.cpus) ? CPU_CHOICES : [...CPU_CHOICES, host.cpus].sort((a, b) => a - b);
  const mems = MEMORY_CHOICES.includes(host.memoryBytes) ? MEMORY_CHOICES : [...MEMORY_CHOICES, host.memoryBytes].sort((a, b) => a - b);
  return (
    <section className="inspector panel" aria-label={t('inspector.title')} data-testid="inspector" data-anchor="inspector">
      <h2 className="panel-title">{t('inspector.host')}</h2>
      <p className="inspector-note">{t('inspector.nothing')}</p>
      <div className="fields">
        <label className="field"><span>{t('inspector.hostOs')}</span>
          <select value={host.os} onChange={(e) => store.getState().edit((d) => { d.host.os = e.target.value as 'linux' | 'windows'; })}>
            <option value="linux">Linux</option>
            <option value="windows">Windows</option>
          </select>
        </label>
        <label className="field"><span>{t('inspector.cpus')}</span>
          <select value={host.cpus} onChange={(e) => store.getState().edit((d) => { d.host.cpus = Number(e.target.value); })}>
            {cpus.map((n) => <option key={n} value={n}>{n}</option>)}
          </select>
        </label>
        <label className="field"><span>{t('inspector.memory')}</span>
          <select value={host.memoryBytes} onChange={(e) => store.getState().edit((d) => { d.host.memoryBytes = Number(e.target.value); })}>
            {mems.map((b) => <option key={b} value={b}>{formatBytes(b)}</option>)}
          </select>
        </label>
      </div>
    </section>
  );
}
