/**
 * Moving through a tour: every step is reached by rebuilding the run from the tour's scenario
 * and replaying the steps' actions (sim-core/classroom replayOps), so forward and back always
 * land on the same state, whatever the learner did in between.
 */
import { readTour, replayOps, replayPoints, type Tour } from '@utsuwa/sim-core/classroom';
import type { Scenario } from '@utsuwa/sim-core';
import type { WorkspaceStore } from '../store/index';
import { openPreset } from '../files/boot';
import { classroomStore } from './classroom-store';

const tours = new WeakMap<Scenario, Tour | null>();

/** The scenario's tour, parsed once per scenario object (null when absent or invalid). */
export function tourOf(scenario: Scenario): Tour | null {
  if (!tours.has(scenario)) tours.set(scenario, readTour(scenario.extensions.tour, scenario).tour);
  return tours.get(scenario) ?? null;
}

export function goToStep(store: WorkspaceStore, index: number): void {
  const current = classroomStore.getState().tour;
  if (!current) return;
  const tour = tourOf(current.base);
  if (!tour) return;
  const k = Math.max(0, Math.min(tour.steps.length - 1, index));
  const point = replayPoints(tour)[k]!;
  const s = store.getState();
  // The same origin object: the workspace sees a reload of the tour's own document, not a new one.
  s.replaceDocument(current.base, current.origin);
  for (const op of replayOps(point)) {
    if (op.op === 'seek') store.getState().seek(op.toMs);
    else store.getState().applyLive(op.action);
  }
  store.setState({ notice: null, lastRejection: null });
  classroomStore.setState({ tour: { ...current, index: k } });
}

/** Starts the current document's tour at its first step. */
export function startTour(store: WorkspaceStore): boolean {
  const { doc, origin } = store.getState();
  if (!tourOf(doc)) return false;
  classroomStore.setState({ tour: { base: doc, origin, index: 0 }, answers: {} });
  goToStep(store, 0);
  return true;
}

/** Opens a preset and starts its tour (the tour picker). */
export function startPresetTour(store: WorkspaceStore, presetId: string): boolean {
  if (!openPreset(store, presetId)) return false;
  return startTour(store);
}

export function endTour(): void {
  classroomStore.setState({ tour: null, answers: {} });
}

export function stepBy(store: WorkspaceStore, delta: number): void {
  const t = classroomStore.getState().tour;
  if (t) goToStep(store, t.index + delta);
}

/** Ends the tour when the workspace loads another document (a preset, an import, a link). */
export function watchDocument(store: WorkspaceStore): () => void {
  return store.subscribe((state, prev) => {
    const t = classroomStore.getState().tour;
    if (t && state.origin !== prev.origin && state.origin !== t.origin) endTour();
  });
}
