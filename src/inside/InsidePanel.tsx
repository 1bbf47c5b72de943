/**
 * The "see inside" tab: it takes the whole charts area and switches between four views,
 * each scrolling inside its own panel. The views are a vertical tab list (WAI-ARIA tabs:
 * Up/Down, Home/End, one tab in the Tab order).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTabs, type TabPanelProps } from '../components/useTabs';
import { IsolationExplorer } from './IsolationExplorer';
import { IsolationMatrix } from './IsolationMatrix';
import { AttackPanel } from './AttackPanel';
import { LayersView } from './LayerStack';
import { CgroupView } from './CgroupView';
import './inside.css';

export type InsideView = 'explorer' | 'matrix' | 'layers' | 'cgroup';
export const INSIDE_VIEWS: readonly InsideView[] = ['explorer', 'matrix', 'layers', 'cgroup'];

/** `panel`: this tab's panel in the charts area's tab list. */
export function InsidePanel({ panel }: { panel?: TabPanelProps }) {
  const { t } = useTranslation();
  const [view, setView] = useState<InsideView>('explorer');
  const tabs = useTabs(INSIDE_VIEWS, view, setView, 'vertical');
  return (
    <div className="inside" role="tabpanel" {...panel} data-testid="inside-panel">
      <div className="inside-nav" {...tabs.listProps} aria-label={t('inside:tab')}>
        {INSIDE_VIEWS.map((v) => (
          <button key={v} type="button" {...tabs.tabProps(v)} className="inside-nav-btn" data-testid={`inside-${v}`}>
            {t(`inside:views.${v}`)}
          </button>
        ))}
      </div>
      <div className="inside-body" {...tabs.panelProps(view)}>
        {view === 'explorer' && <IsolationExplorer />}
        {view === 'matrix' && <div className="matrix-attack"><IsolationMatrix /><AttackPanel /></div>}
        {view === 'layers' && <LayersView />}
        {view === 'cgroup' && <CgroupView />}
      </div>
    </div>
  );
}
