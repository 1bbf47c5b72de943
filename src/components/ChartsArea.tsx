/**
 * The charts (built in src/charts/ from plain props): startup timeline and memory side by
 * side, then disk and the comparison table. Clicking a chart's time axis seeks there.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspace, useWorkspaceStore } from '../store/context';
import { selectMemoryHistory, selectView } from '../store/selectors';
import { TimelineChart } from '../charts/TimelineChart';
import { MemoryChart } from '../charts/MemoryChart';
import { chartStrings } from '../charts/strings';
import type { TimeScaleKind } from '../viz/time-scale';

type Tab = 'startup' | 'disk';

function Placeholder({ testId, title }: { testId: string; title: string }) {
  const { t } = useTranslation();
  return (
    <figure className="chart chart-placeholder" data-testid={testId}>
      <figcaption>{title}</figcaption>
      <p>{t('charts.placeholder')}</p>
    </figure>
  );
}

export function ChartsArea() {
  const { t, i18n } = useTranslation();
  const store = useWorkspaceStore();
  const view = useWorkspace(selectView);
  const history = useWorkspace(selectMemoryHistory);
  const [tab, setTab] = useState<Tab>('startup');
  const [scale, setScale] = useState<TimeScaleKind>('linear');
  const strings = i18n.language === 'ja' ? chartStrings.ja : chartStrings.en;
  const seek = (ms: number): void => store.getState().seek(ms);

  return (
    <section className="charts panel" aria-label={t('charts.startupMemory')}>
      <div className="tabs" role="tablist">
        <button type="button" role="tab" aria-selected={tab === 'startup'} className="tab" onClick={() => setTab('startup')} data-testid="tab-startup">{t('charts.startupMemory')}</button>
        <button type="button" role="tab" aria-selected={tab === 'disk'} className="tab" onClick={() => setTab('disk')} data-testid="tab-disk">{t('charts.diskCompare')}</button>
      </div>
      {view && tab === 'startup' && (
        <div className="chart-pair" role="tabpanel">
          <div className="chart-cell">
            <TimelineChart instances={view.instances} nowMs={view.nowMs} onSeek={seek} scale={scale} onScaleChange={setScale} maxVisibleRows={6} strings={strings} />
          </div>
          <div className="chart-cell">
            <MemoryChart history={history} host={view.host} nowMs={view.nowMs} incidents={view.incidents} timeScale={scale} height={170} onSeek={seek} strings={strings} />
          </div>
        </div>
      )}
      {view && tab === 'disk' && (
        <div className="chart-pair" role="tabpanel">
          <div className="chart-cell"><Placeholder testId="disk-chart" title={t('charts.disk')} /></div>
          <div className="chart-cell"><Placeholder testId="comparison-table" title={t('charts.comparison')} /></div>
        </div>
      )}
    </section>
  );
}
