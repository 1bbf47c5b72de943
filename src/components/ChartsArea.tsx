/**
 * The charts (built in src/charts/ from plain props): startup timeline and memory side by
 * side, then disk and the comparison table; and the "see inside" and terminal tabs. The tabs
 * follow the WAI-ARIA tabs pattern (./useTabs.ts). Clicking a chart's time axis seeks there.
 * The chart area is zoomed with the page's text size (../classroom/useChartZoom.ts), most in
 * presenter mode, where the two charts stand one above the other across the whole width.
 */
import { lazy, Suspense, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { instanceOverheads, kindFigures } from '@utsuwa/sim-core/stats';
import { useTranslation } from 'react-i18next';
import { useWorkspace, useWorkspaceStore } from '../store/context';
import { selectChartTab, selectInstances, selectPresenter } from '../store/selectors';
import { catalogue } from '../document/catalogue';
import { TextbookNote } from './TextbookNote';
import { CHART_TABS } from '../store/types';
import { ExportMenu } from '../classroom/ExportMenu';
import { useChartZoom } from '../classroom/useChartZoom';
import type { ChartText, TimeScaleKind } from '../charts/index';
import { InsideTabButton } from '../inside/InsideTab';
import { TerminalTabButton } from '../terminal/TerminalTab';
import { useTabs } from './useTabs';
import { useElementHeight } from './useElementHeight';
import { useChartFrame } from './useChartFrame';
import { memoText } from '../charts/chart-text';

// The inside views and the terminal (xterm) load the first time their tab opens, keeping
// them out of the initial bundle.
const InsidePanel = lazy(() => import('../inside/InsidePanel').then((m) => ({ default: m.InsidePanel })));
const TerminalPanel = lazy(() => import('../terminal/Terminal').then((m) => ({ default: m.TerminalPanel })));
// The charts (and d3) are one chunk, requested when the area first mounts (after the board
// has been painted, src/App.tsx), not as the page starts: its three files took connections the
// first board's chunks waited for. Once it has arrived every chart renders at once (no
// suspense when a tab opens).
type Charts = typeof import('../charts/index');
let chartsModule: Charts | null = null;
let chartsLoading: Promise<Charts> | null = null;
const loadCharts = (): Promise<Charts> => (chartsLoading ??= import('../charts/index').then((m) => (chartsModule = m)));

function useCharts(): Charts | null {
  const [charts, setCharts] = useState(chartsModule);
  useEffect(() => {
    if (!charts) void loadCharts().then(setCharts);
  }, [charts]);
  return charts;
}


/** The memory chart's plot height (chart px): what is left of the panel under its title and legend. */
function memoryHeight(panelPx: number, zoom: number, presenter: boolean): number {
  if (panelPx <= 0) return 170;
  const room = panelPx / zoom - (presenter ? 150 : 90);
  return Math.round(Math.min(presenter ? 260 : 320, Math.max(presenter ? 110 : 150, room)));
}

export function ChartsArea() {
  const { t } = useTranslation();
  const { t: chartT } = useTranslation('charts');
  const store = useWorkspaceStore();
  // The run as the charts draw it: every frame when paused; while playing, ten times a second
  // at most, and no more than a fifth of the page's time (./useChartFrame.ts).
  const { view, history, drawn } = useChartFrame();
  // After the charts' DOM is updated: the time the redraw took sets when the next may come.
  useLayoutEffect(() => drawn());
  const presenter = useWorkspace(selectPresenter);
  const zoom = useChartZoom();
  // The open tab is the store's (a tour step opens one); how it was chosen is only this view's concern.
  const tab = useWorkspace(selectChartTab);
  const [byKeys, setByKeys] = useState(false);
  const tabs = useTabs(CHART_TABS, tab, (id, by) => {
    setByKeys(by === 'keys');
    store.getState().openPanel(id);
  });
  // The terminal keeps its session while hidden, so once opened it stays mounted.
  const [terminalOpened, setTerminalOpened] = useState(false);
  if (tab === 'terminal' && !terminalOpened) setTerminalOpened(true);
  const [scale, setScale] = useState<TimeScaleKind>('linear');
  // Each text once per language (i18next's t for every label of every redraw was ~5% of a crowded frame).
  const strings: ChartText = useMemo(() => memoText(chartT), [chartT]);
  // Figures per kind, computed once per frame by sim-core and read by the timeline, memory chart and table.
  const kinds = useMemo(() => (view ? kindFigures(view.instances) : null), [view]);
  // The overheads each instance pays, from its spec (the report's figures), for the comparison table.
  const specs = useWorkspace(selectInstances);
  const running = view !== null; // the catalogue is loaded before the first view
  const overheads = useMemo(() => (running ? new Map(specs.map((s) => [s.name, instanceOverheads(catalogue(), s)])) : null), [specs, running]);
  const seek = (ms: number): void => store.getState().seek(ms);
  const panel = useRef<HTMLElement>(null);
  const panelHeight = useElementHeight(panel);
  const zoomStyle = zoom === 1 ? undefined : { zoom };
  const charts = useCharts();

  return (
    <section ref={panel} className="charts panel" data-anchor="charts" aria-label={t('charts.area')}>
      <div className="tabs-bar">
        <div className="tabs" {...tabs.listProps} aria-label={t('charts.area')}>
          <button type="button" {...tabs.tabProps('startup')} className="tab" data-testid="tab-startup" data-anchor="tab-startup">{t('charts.startupMemory')}</button>
          <button type="button" {...tabs.tabProps('disk')} className="tab" data-testid="tab-disk" data-anchor="tab-disk">{t('charts.diskCompare')}</button>
          <InsideTabButton {...tabs.tabProps('inside')} />
          <TerminalTabButton {...tabs.tabProps('terminal')} />
        </div>
        <ExportMenu />
      </div>
      {!charts && view && (tab === 'startup' || tab === 'disk') && <p className="tab-loading">…</p>}
      {charts && view && kinds && tab === 'startup' && (
        <div className="chart-pair" {...tabs.panelProps('startup')}>
          <div className="chart-cell" style={zoomStyle}>
            <charts.TimelineChart instances={view.instances} kinds={kinds} nowMs={view.nowMs} onSeek={seek} scale={scale} onScaleChange={setScale} maxVisibleRows={6} strings={strings} />
          </div>
          <div className="chart-cell" style={zoomStyle}>
            <charts.MemoryChart history={history} instances={view.instances} kinds={kinds} host={view.host} nowMs={view.nowMs} incidents={view.incidents} timeScale={scale} height={memoryHeight(panelHeight, zoom, presenter)} onSeek={seek} strings={strings} />
          </div>
        </div>
      )}
      {charts && view && kinds && tab === 'disk' && (
        <div className="chart-pair" {...tabs.panelProps('disk')}>
          <div className="chart-cell" style={zoomStyle}><charts.DiskChart host={view.host} maxRowsPerGroup={5} strings={strings} /></div>
          <div className="chart-cell" style={zoomStyle}><charts.ComparisonTable instances={view.instances} kinds={kinds} nowMs={view.nowMs} strings={strings} overheads={overheads ?? undefined} /><TextbookNote instances={view.instances} /></div>
        </div>
      )}
      <Suspense fallback={<p className="tab-loading">…</p>}>
        {view && tab === 'inside' && <InsidePanel panel={tabs.panelProps('inside')} />}
        {terminalOpened && <TerminalPanel visible={tab === 'terminal'} takeFocus={!byKeys} panel={tab === 'terminal' ? tabs.panelProps('terminal') : undefined} />}
      </Suspense>
    </section>
  );
}
