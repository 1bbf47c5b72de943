/** The side column's lesson: the tour step, the exercise checklist, the learner's result (ClassroomPanel loads it). */
import { TourPanel } from './TourPanel';
import { GoalsPanel } from './GoalsPanel';
import { ResultPanel } from '../results/ResultPanel';

export function ClassroomStack() {
  return (
    <>
      <TourPanel />
      <GoalsPanel />
      <ResultPanel />
    </>
  );
}
