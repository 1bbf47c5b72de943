/**
 * Tours and presenter mode. In presenter mode Space, → and PgDn go on (Next, or Skip while
 * the step waits for the learner), ← and PgUp go back, F asks for full screen, L turns the
 * laser pointer on or off, Esc leaves.
 */
import { startPresetTour as startPreset } from '../classroom/tour-control';
import { waitMet } from '../classroom/wait';
import { setPresenter, toggleFullscreen as fullscreen } from '../classroom/presenter-mode';
import { laserStore, setLaser } from '../classroom/laser';
import { PRESETS } from '../files/presets';
import { defineAction, type ActionState } from './types';

/** The tour in progress: its step index, its step count, and whether the step's wait is met. */
function progress(s: ActionState): { index: number; total: number; met: boolean } | null {
  const t = s.classroom.tour;
  const tour = t ? t.base.tour : null;
  const step = t && tour ? tour.steps[t.index] : undefined;
  if (!t || !tour || !step) return null;
  return { index: t.index, total: tour.steps.length, met: waitMet(step, s.ws.view, s.ws.doc) };
}

const FORWARD = ['Space', 'ArrowRight', 'PageDown'];

export const startTour = defineAction({
  name: 'startTour',
  label: 'tourStart',
  when: (s) => s.classroom.tour === null && s.ws.doc.tour !== null,
  perform: ({ store }) => store.getState().startTour(),
});

/** Opens a preset and starts its tour (the header's tour menu). */
export const startPresetTour = defineAction<string>({
  name: 'startPresetTour',
  label: 'tourPick',
  when: (_s, id) => PRESETS.some((p) => p.id === id),
  perform: ({ store }, id) => startPreset(store, id),
});

export const tourNext = defineAction({
  name: 'tourNext',
  label: 'tourNext',
  shortcuts: FORWARD,
  scope: 'presenter',
  when: (s) => {
    const p = progress(s);
    return p !== null && p.index < p.total - 1 && p.met;
  },
  perform: ({ store }, _arg, s) => store.getState().goToStep(s.classroom.tour!.index + 1),
});

/** On past a step that waits for the learner. */
export const tourSkip = defineAction({
  name: 'tourSkip',
  label: 'tourSkip',
  shortcuts: FORWARD,
  scope: 'presenter',
  unlisted: true,
  when: (s) => {
    const p = progress(s);
    return p !== null && p.index < p.total - 1 && !p.met;
  },
  perform: ({ store }, _arg, s) => store.getState().goToStep(s.classroom.tour!.index + 1),
});

export const tourPrev = defineAction({
  name: 'tourPrev',
  label: 'tourPrev',
  shortcuts: ['ArrowLeft', 'PageUp'],
  scope: 'presenter',
  when: (s) => (progress(s)?.index ?? 0) > 0,
  perform: ({ store }, _arg, s) => store.getState().goToStep(s.classroom.tour!.index - 1),
});

export const endTour = defineAction({
  name: 'endTour',
  label: 'tourEnd',
  when: (s) => s.classroom.tour !== null,
  perform: ({ store }) => store.getState().endTour(),
});

export const togglePresenter = defineAction({
  name: 'togglePresenter',
  label: 'presenter',
  perform: ({ store }, _arg, s) => setPresenter(store, !s.classroom.presenter),
});

export const toggleFullscreen = defineAction({
  name: 'toggleFullscreen',
  label: 'fullscreen',
  shortcuts: ['F'],
  scope: 'presenter',
  perform: () => fullscreen(),
});

/** A laser-pointer spot that follows the mouse, for pointing at the projected screen. */
export const toggleLaser = defineAction({
  name: 'toggleLaser',
  label: 'laser',
  shortcuts: ['L'],
  scope: 'presenter',
  perform: () => setLaser(!laserStore.getState().on),
});

export const leavePresenter = defineAction({
  name: 'leavePresenter',
  label: 'presenterLeave',
  shortcuts: ['Escape'],
  scope: 'presenter',
  when: (s) => s.classroom.presenter,
  perform: ({ store }) => setPresenter(store, false),
});
