/** The workspace store's shape: four slices in one zustand store (one store per workspace). */
import type { Patch } from 'immer';
import type { LogEntry, MemorySample, Scenario, SimView, UserAction } from '@utsuwa/sim-core';
import type { ContainerChoice, VmChoice } from '../document/specs';
import type { DragItem, DropTarget } from '../document/drops';
import type { ContainerPatch, VmPatch } from '../document/operations';
import type { Frame } from '../worker/protocol';

export interface Change {
  patches: Patch[];
  inverse: Patch[];
}

/** Where the document came from: a preset's file name, `empty`, an import, a link, the autosave. */
export type DocumentOrigin = { kind: 'preset'; id: string } | { kind: 'empty' } | { kind: 'file'; name: string } | { kind: 'link' } | { kind: 'autosave' };

export interface DocumentSlice {
  doc: Scenario;
  origin: DocumentOrigin;
  past: Change[];
  future: Change[];
  /** A new document (preset, import, link, restore): history and time start again. */
  replaceDocument(doc: Scenario, origin: DocumentOrigin): void;
  /** An edit of the document, undoable; the run is rebuilt and kept at the current time. */
  edit(recipe: (draft: Scenario) => void): void;
  undo(): void;
  redo(): void;
  /** Adds what the palette's current choices describe; a container goes into `into` (a VM) or onto the host. */
  addFromPalette(kind: 'vm' | 'container', into?: string | null): void;
  /** Enter on a palette item: into the selected VM (containers), else onto the host. */
  addByKeyboard(kind: 'vm' | 'container'): void;
  drop(item: DragItem, target: DropTarget): boolean;
  removeInstance(name: string): void;
  /** An inspector edit: live (a simulation action now) while the instance runs, else a document edit. */
  editInstance(name: string, patch: VmPatch | ContainerPatch): void;
}

export interface SimulationSlice {
  view: SimView | null;
  log: LogEntry[];
  memoryHistory: MemorySample[];
  /** The engine's refusal of the last live action, if any. */
  lastRejection: string | null;
  commitFrame(frame: Frame): void;
  /** A user action at the current simulated time, recorded in the run (not in the document). */
  applyLive(action: UserAction): void;
  /** A read-only question to the simulation (src/worker/queries.ts); null before the first load. */
  query<T = unknown>(name: string, args?: unknown): Promise<T>;
}

export const SPEEDS = [0.1, 0.25, 0.5, 1, 2, 5, 10, 100, 1000] as const;

export interface PlaybackSlice {
  playing: boolean;
  speed: number;
  setPlaying(playing: boolean): void;
  setSpeed(speed: number): void;
  seek(ms: number): void;
  stepToNextEvent(): void;
  /** Asks the run to move forward to `ms` (the frame loop's request). */
  advanceTo(ms: number): void;
}

export interface Notice {
  kind: 'info' | 'error';
  /** i18n key and its values, so a language switch re-translates the notice. */
  key: string;
  params?: Record<string, string>;
  details?: string[];
}

export interface UiSlice {
  selected: string | null;
  notice: Notice | null;
  /** False until the first document is loaded: nothing is autosaved before. */
  loaded: boolean;
  vmChoice: VmChoice;
  containerChoice: ContainerChoice;
  select(name: string | null): void;
  notify(notice: Notice | null): void;
  setLoaded(): void;
  setVmChoice(choice: VmChoice): void;
  setContainerChoice(choice: ContainerChoice): void;
}

export type WorkspaceState = DocumentSlice & SimulationSlice & PlaybackSlice & UiSlice;
