/**
 * The classroom's part of the side column (the tour step, the exercise checklist, the
 * learner's result) and what it draws over the whole page (the tour step's highlight and
 * presenter mode's laser pointer, outside the side column, which presenter mode may hide).
 */
import { useWorkspace } from '../store/context';
import type { WorkspaceState } from '../store/types';
import { TourPanel } from './TourPanel';
import { GoalsPanel } from './GoalsPanel';
import { Highlight } from './Highlight';
import { LaserPointer } from './LaserPointer';
import { LessonSheet } from './LessonSheet';
import { ResultPanel } from '../results/ResultPanel';
import { ClassView } from '../results/ClassView';
import './classroom.css';

const selectHighlight = (s: WorkspaceState): string | null => {
  const t = s.classroom.tour;
  return t ? (t.base.tour?.steps[t.index]?.highlight ?? null) : null;
};

export function ClassroomPanel() {
  return (
    <div className="classroom-stack">
      <TourPanel />
      <GoalsPanel />
      <ResultPanel />
    </div>
  );
}

export function ClassroomOverlays() {
  const highlight = useWorkspace(selectHighlight);
  return (
    <>
      <Highlight anchor={highlight} />
      <LaserPointer />
      <ClassView />
      <LessonSheet />
    </>
  );
}
