/** The classroom's part of the side column: the tour step and the exercise checklist. */
import { useEffect } from 'react';
import { useWorkspaceStore } from '../store/context';
import { useClassroom } from './classroom-store';
import { watchDocument } from './tour-control';
import { TourPanel } from './TourPanel';
import { GoalsPanel } from './GoalsPanel';
import { Highlight } from './Highlight';
import { PresenterLayer } from './Presenter';
import { tourOf } from './tour-control';
import './classroom.css';

export function ClassroomPanel() {
  const store = useWorkspaceStore();
  useEffect(() => watchDocument(store), [store]);
  const tour = useClassroom((s) => s.tour);
  const highlight = tour ? (tourOf(tour.base)?.steps[tour.index]?.highlight ?? null) : null;
  return (
    <>
      <div className="classroom-stack">
        <TourPanel />
        <GoalsPanel />
      </div>
      <Highlight anchor={highlight} />
      <PresenterLayer />
    </>
  );
}
