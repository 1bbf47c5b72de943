/**
 * The classroom's own small store (kept out of the workspace store, which others edit): the
 * tour in progress, the learner's answers, presenter mode.
 */
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { Scenario } from '@utsuwa/sim-core';
import type { DocumentOrigin } from '../store/types';

export interface ClassroomState {
  /** The tour in progress: the scenario it replays and the origin object it was loaded with. */
  tour: { base: Scenario; origin: DocumentOrigin; index: number } | null;
  /** Chosen answer per step index, and whether it was checked. */
  answers: Record<number, { choice: number; checked: boolean }>;
  presenter: boolean;
}

export const classroomStore = createStore<ClassroomState>()(() => ({ tour: null, answers: {}, presenter: false }));

export function useClassroom<T>(selector: (s: ClassroomState) => T): T {
  return useStore(classroomStore, selector);
}
