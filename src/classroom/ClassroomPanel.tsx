/** The classroom's part of the side column: the tour step and the exercise checklist. */
import { useWorkspace } from '../store/context';
import type { WorkspaceState } from '../store/types';
import { TourPanel } from './TourPanel';
import { GoalsPanel } from './GoalsPanel';
import { Highlight } from './Highlight';
import { PresenterLayer } from './Presenter';
import { LessonSheet } from './LessonSheet';
import { ResultPanel } from '../results/ResultPanel';
import { ClassView } from '../results/ClassView';
import './classroom.css';

const selectHighlight = (s: WorkspaceState): string | null => {
  const t = s.classroom.tour;
  return t ? (t.base.tour?.steps[t.index]?.highlight ?? null) : null;
};

export function ClassroomPanel() {
  const highlight = useWorkspace(selectHighlight);
  return (
    <>
      <div className="classroom-stack">
        <TourPanel />
        <GoalsPanel />
        <ResultPanel />
      </div>
      <Highlight anchor={highlight} />
      <PresenterLayer />
      <ClassView />
      <LessonSheet />
    </>
  );
}
