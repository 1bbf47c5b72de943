/**
 * The classroom slice: the tour in progress, the learner's answers, presenter mode. A tour
 * step is a point in a deterministic replay (sim-core/classroom replayPoints): going to step k
 * is one load of the tour's scenario with the actions of steps 0..k at step k's time, so
 * forward and back always land on the same state, whatever the learner did in between.
 * A step's `open:` brings its tab or "See inside" view forward (the UI slice's panels).
 */
import type { StateCreator } from 'zustand';
import { replayPoints } from '@utsuwa/sim-core/classroom';
import type { TourTab } from '@utsuwa/sim-core/classroom';
import type { ChartTab, ClassroomSlice, WorkspaceState } from './types';

/** The page's tab that shows what a tour step opens (the timeline and memory chart share one). */
const TAB_OF: Record<TourTab, ChartTab> = { timeline: 'startup', memory: 'startup', disk: 'disk', comparison: 'disk', inside: 'inside', terminal: 'terminal' };

export const createClassroomSlice: StateCreator<WorkspaceState, [], [], ClassroomSlice> = (set, get) => ({
  classroom: { tour: null, answers: {}, presenter: false },

  startTour() {
    const { doc, origin } = get();
    if (!doc.tour) return false;
    set({ classroom: { ...get().classroom, tour: { base: doc, origin, index: 0 }, answers: {} } });
    get().goToStep(0);
    return true;
  },

  goToStep(index) {
    const current = get().classroom.tour;
    const tour = current?.base.tour;
    if (!current || !tour) return;
    const k = Math.max(0, Math.min(tour.steps.length - 1, index));
    const point = replayPoints(tour)[k]!;
    // The same origin object: the workspace sees a reload of the tour's own document, not a new one.
    get().replaceDocument(current.base, current.origin, point.actions, point.atMs);
    set({ notice: null, classroom: { ...get().classroom, tour: { ...current, index: k } } });
    const open = tour.steps[k]!.open;
    if (open) get().openPanel(TAB_OF[open.tab], open.view, open.instance);
  },

  stepBy(delta) {
    const t = get().classroom.tour;
    if (t) get().goToStep(t.index + delta);
  },

  endTour() {
    set({ classroom: { ...get().classroom, tour: null, answers: {} } });
  },

  answer(step, choice, checked) {
    const c = get().classroom;
    set({ classroom: { ...c, answers: { ...c.answers, [step]: { choice, checked } } } });
  },

  setPresenter(on) {
    set({ classroom: { ...get().classroom, presenter: on } });
  },
});
