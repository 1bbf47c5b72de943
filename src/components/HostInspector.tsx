/** With nothing selected, the inspector shows the host and lets the scenario's host be edited. */
import { useTranslation } from 'react-i18next';
import { useWorkspace, useWorkspaceStore } from '../store/context';
import type { WorkspaceState } from '../store/types';
import { formatBytes } from '@utsuwa/sim-core/format';

const GiB = 1024 ** 3;
const selectHostSpec = (s: WorkspaceState) => s.doc.host;
const CPU_CHOICES = [1, 2, 4, 8, 16, 32, 64];
const MEMORY_CHOICES = [2, 4, 8, 16, 32, 64, 128].map((g) => g * GiB);
/** Swap: none (a cloud VM's default), or a swap file or partition of a few GiB. */
const SWAP_CHOICES = [0, 1, 2, 4, 8, 16].map((g) => g * GiB);
const selectSwapUsed = (s: WorkspaceState) => s.view?.host.swapUsedBytes ?? 0;

export function HostInspector() {
  const { t } = useTranslation();
  const store = useWorkspaceStore();
  const host = useWorkspace(selectHostSpec);
  const cpus = CPU_CHOICES.includes(host.cpus) ? CPU_CHOICES : [...CPU_CHOICES, host.cpus].sort((a, b) => a - b);
  const swapUsed = useWorkspace(selectSwapUsed);
  const swaps = SWAP_CHOICES.includes(host.swapBytes) ? SWAP_CHOICES : [...SWAP_CHOICES, host.swapBytes].sort((a, b) => a - b);
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
        <label className="field" title={t('inspector.swapHint')}><span>{t('inspector.swap')}</span>
          <select value={host.swapBytes} data-testid="inspector-swap" onChange={(e) => store.getState().edit((d) => { d.host.swapBytes = Number(e.target.value); })}>
            {swaps.map((b) => <option key={b} value={b}>{b === 0 ? t('inspector.noSwap') : formatBytes(b)}</option>)}
          </select>
        </label>
        {swapUsed > 0 && <p className="inspector-note" data-testid="swap-used">{t('inspector.swapUsed', { used: formatBytes(swapUsed), total: formatBytes(host.swapBytes) })}</p>}
      </div>
    </section>
  );
}
