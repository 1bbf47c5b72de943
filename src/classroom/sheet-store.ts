/** The lesson sheet's figures, asked of the worker when the teacher prints (see LessonSheet). */
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { Scenario } from '@utsuwa/sim-core';
import type { KindsFigures } from '@utsuwa/sim-core/stats';

export interface LessonFigures {
  kinds: KindsFigures;
  /** Where the run ended. */
  nowMs: number;
  seed: number;
}

export interface SheetState {
  /** The document the figures are of: a sheet for another document is not shown. */
  doc: Scenario | null;
  figures: LessonFigures | null;
}

export const sheetStore = createStore<SheetState>()(() => ({ doc: null, figures: null }));

export function useSheet<T>(selector: (s: SheetState) => T): T {
  return useStore(sheetStore, selector);
}
