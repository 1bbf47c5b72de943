/**
 * The "see inside" tab: it takes the whole charts area and switches between four views,
 * each scrolling inside its own panel. The views are a vertical tab list (WAI-ARIA tabs:
 * Up/Down, Home/End, one tab in the Tab order). The view shown is the store's (a tour step opens one).
 */
import { useTranslation } from 'react-i18next';
import { useWorkspace, useWorkspaceStore } from '../store/context';
import { selectInsideOpened, selectInsideView } from '../store/selectors';
import { INSIDE_VIEWS } from '../store/types';
import { useTabs, type TabPanelProps } from '../components/useTabs';
import { IsolationExplorer } from './IsolationExplorer';
import { IsolationMatrix } from './IsolationMatrix';
import { AttackPanel } from './AttackPanel';
import { LayersView } from './LayerStack';
import { CgroupView } from './CgroupView';
import './inside.css';


/** `panel`: this tab's panel in the charts area's tab list. */
export function InsidePanel({ panel }: { panel?: TabPanelProps }) {
  const { t } = useTranslation();
  const store = useWorkspaceStore();
  const view = useWorkspace(selectInsideView);
  // Opened for an instance (a tour step): the views start again from the selection.
  const opened = useWorkspace(selectInsideOpened);
  const tabs = useTabs(INSIDE_VIEWS, view, (v) => store.getState().openPanel('inside', v), 'vertical');
  return (
    <div className="inside" role="tabpanel" {...panel} data-testid="inside-panel">
      <div className="inside-nav" {...tabs.listProps} aria-label={t('inside:tab')}>
        {INSIDE_VIEWS.map((v) => (
          <button key={v} type="button" {...tabs.tabProps(v)} className="inside-nav-btn" data-testid={`inside-${v}`}>
            {t(`inside:views.${v}`)}
          </button>
        ))}
      </div>
      <div className="inside-body" key={opened} {...tabs.panelProps(view)}>
        {view === 'explorer' && <IsolationExplorer />}
        {view === 'matrix' && <div className="matrix-attack"><IsolationMatrix /><AttackPanel /></div>}
        {view === 'layers' && <LayersView />}
        {view === 'cgroup' && <CgroupView />}
      </div>
    </div>
  );
}
