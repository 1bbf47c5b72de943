/**
 * The charts (built in src/charts/ from plain props): startup timeline and memory side by
 * side, then disk and the comparison table. Clicking a chart's time axis seeks there.
 */
import { lazy, Suspense, useMemo, useState } from 'react';
import { kindFigures } from '@utsuwa/sim-core/stats';
import { useTranslation } from 'react-i18next';
import { useWorkspace, useWorkspaceStore } from '../store/context';
import { selectMemoryHistory, selectView } from '../store/selectors';
import { ExportMenu } from '../classroom/ExportMenu';
import { ComparisonTable, DiskChart, MemoryChart, TimelineChart, type ChartText, type TimeScaleKind } from '../charts/index';
import { InsideTabButton } from '../inside/InsideTab';
import { TerminalTabButton } from '../terminal/TerminalTab';

// The inside views and the terminal (xterm) load the first time their tab opens, keeping
// them out of the initial bundle.
const InsidePanel = lazy(() => import('../inside/InsidePanel').then((m) => ({ default: m.InsidePanel })));
const TerminalPanel = lazy(() => import('../terminal/Terminal').then((m) => ({ default: m.TerminalPanel })));

type Tab = 'startup' | 'disk' | 'inside' | 'terminal';

export function ChartsArea() {
  const { t } = useTranslation();
  const { t: chartT } = useTranslation('charts');
  const store = useWorkspaceStore();
  const view = useWorkspace(selectView);
  const history = useWorkspace(selectMemoryHistory);
  const [tab, setTab] = useState<Tab>('startup');
  // The terminal keeps its session while hidden, so once opened it stays mounted.
  const [terminalOpened, setTerminalOpened] = useState(false);
  if (tab === 'terminal' && !terminalOpened) setTerminalOpened(true);
  const [scale, setScale] = useState<TimeScaleKind>('linear');
  const strings: ChartText = chartT;
  // Figures per kind, computed once per frame by sim-core and read by the timeline, memory chart and table.
  const kinds = useMemo(() => (view ? kindFigures(view.instances) : null), [view]);
  const seek = (ms: number): void => store.getState().seek(ms);

  return (
    <section className="charts panel" data-anchor="charts" aria-label={t('charts.startupMemory')}>
      <div className="tabs" role="tablist">
        <button type="button" role="tab" aria-selected={tab === 'startup'} className="tab" onClick={() => setTab('startup')} data-testid="tab-startup" data-anchor="tab-startup">{t('charts.startupMemory')}</button>
        <button type="button" role="tab" aria-selected={tab === 'disk'} className="tab" onClick={() => setTab('disk')} data-testid="tab-disk" data-anchor="tab-disk">{t('charts.diskCompare')}</button>
        <InsideTabButton selected={tab === 'inside'} onSelect={() => setTab('inside')} />
        <TerminalTabButton selected={tab === 'terminal'} onSelect={() => setTab('terminal')} />
        <ExportMenu />
      </div>
      {view && kinds && tab === 'startup' && (
        <div className="chart-pair" role="tabpanel">
          <div className="chart-cell">
            <TimelineChart instances={view.instances} kinds={kinds} nowMs={view.nowMs} onSeek={seek} scale={scale} onScaleChange={setScale} maxVisibleRows={6} strings={strings} />
          </div>
          <div className="chart-cell">
            <MemoryChart history={history} instances={view.instances} kinds={kinds} host={view.host} nowMs={view.nowMs} incidents={view.incidents} timeScale={scale} height={170} onSeek={seek} strings={strings} />
          </div>
        </div>
      )}
      {view && kinds && tab === 'disk' && (
        <div className="chart-pair" role="tabpanel">
          <div className="chart-cell"><DiskChart host={view.host} maxRowsPerGroup={5} strings={strings} /></div>
          <div className="chart-cell"><ComparisonTable instances={view.instances} kinds={kinds} nowMs={view.nowMs} strings={strings} /></div>
        </div>
      )}
      <Suspense fallback={<p className="tab-loading">…</p>}>
        {view && tab === 'inside' && <InsidePanel />}
        {terminalOpened && <TerminalPanel visible={tab === 'terminal'} />}
      </Suspense>
    </section>
  );
}
