/**
 * The results' own small store: the learner's name (typed once per session), when the
 * current exercise was opened, and the class view (open or not, the files it has read).
 */
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { ReadResult } from './result-file';

export interface ClassRow {
  /** The file's name, as the teacher's computer has it. */
  file: string;
  read: ReadResult;
}

export interface ResultsState {
  learner: string;
  /** When the document now open was opened (wall clock: the learner's time on it). */
  openedAt: Date;
  classView: boolean;
  rows: ClassRow[];
}

export const resultsStore = createStore<ResultsState>()(() => ({ learner: '', openedAt: new Date(), classView: false, rows: [] }));

export function useResults<T>(selector: (s: ResultsState) => T): T {
  return useStore(resultsStore, selector);
}

export function setClassView(open: boolean): void {
  resultsStore.setState({ classView: open });
}
