/**
 * The classroom's part of the side column (the tour step, the exercise checklist, the
 * learner's result) and what it draws over the whole page (the tour step's highlight and
 * presenter mode's laser pointer, outside the side column, which presenter mode may hide).
 */
import { lazy, Suspense } from 'react';
import { useWorkspace } from '../store/context';
import type { WorkspaceState } from '../store/types';
import { Highlight } from './Highlight';
import { LaserPointer } from './LaserPointer';
import { useResults } from '../results/results-store';
import { useSheet } from './sheet-store';
import './classroom.css';

// The class view (result files, read with zod) and the lesson sheet load when first opened.
const ClassView = lazy(() => import('../results/ClassView').then((m) => ({ default: m.ClassView })));
const LessonSheet = lazy(() => import('./LessonSheet').then((m) => ({ default: m.LessonSheet })));

// The tour, goals and result panels load with the first scenario that has a tour or goals.
const ClassroomStack = lazy(() => import('./ClassroomStack').then((m) => ({ default: m.ClassroomStack })));
const selectLesson = (s: WorkspaceState): boolean => s.doc.tour !== null || s.doc.goals !== null || s.classroom.tour !== null;

const selectHighlight = (s: WorkspaceState): string | null => {
  const t = s.classroom.tour;
  return t ? (t.base.tour?.steps[t.index]?.highlight ?? null) : null;
};

export function ClassroomPanel() {
  const lesson = useWorkspace(selectLesson);
  return (
    <div className="classroom-stack">
      <Suspense fallback={null}>{lesson && <ClassroomStack />}</Suspense>
    </div>
  );
}

export function ClassroomOverlays() {
  const highlight = useWorkspace(selectHighlight);
  const classView = useResults((s) => s.classView);
  const sheet = useSheet((s) => s.figures !== null);
  return (
    <>
      <Highlight anchor={highlight} />
      <LaserPointer />
      <Suspense fallback={null}>
        {classView && <ClassView />}
        {sheet && <LessonSheet />}
      </Suspense>
    </>
  );
}
