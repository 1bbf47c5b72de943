/**
 * The "see inside" tab: it takes the whole charts area and switches between four views,
 * each scrolling inside its own panel.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IsolationExplorer } from './IsolationExplorer';
import { IsolationMatrix } from './IsolationMatrix';
import { AttackPanel } from './AttackPanel';
import { LayersView } from './LayerStack';
import { CgroupView } from './CgroupView';
import './inside.css';

type InsideView = 'explorer' | 'matrix' | 'layers' | 'cgroup';
const VIEWS: InsideView[] = ['explorer', 'matrix', 'layers', 'cgroup'];


export function InsidePanel() {
  const { t } = useTranslation();
  const [view, setView] = useState<InsideView>('explorer');
  return (
    <div className="inside" role="tabpanel" data-testid="inside-panel">
      <nav className="inside-nav" aria-label={t('inside:tab')}>
        {VIEWS.map((v) => (
          <button key={v} type="button" className="inside-nav-btn" aria-pressed={view === v} onClick={() => setView(v)} data-testid={`inside-${v}`}>
            {t(`inside:views.${v}`)}
          </button>
        ))}
      </nav>
      <div className="inside-body">
        {view === 'explorer' && <IsolationExplorer />}
        {view === 'matrix' && <div className="matrix-attack"><IsolationMatrix /><AttackPanel /></div>}
        {view === 'layers' && <LayersView />}
        {view === 'cgroup' && <CgroupView />}
      </div>
    </div>
  );
}
