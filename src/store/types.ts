/** The workspace store's shape: five slices in one zustand store (one store per workspace). */
import type { Patch } from 'immer';
import type { InsideViewName } from '@utsuwa/sim-core/classroom';
import type { ActionResult, LogEntry, MemorySample, RecordedAction, RunCondition, RunUntilResult, Scenario, SimView, UserAction } from '@utsuwa/sim-core';
import type { ContainerChoice, VmChoice } from '../document/specs';
import type { DragItem, DropTarget } from '../document/drops';
import type { ContainerPatch, VmPatch } from '../document/operations';
import type { Frame } from '../worker/protocol';
import type { QueryAnswer, QueryArgs, QueryName } from '../worker/query-map';

/** The worker's questions as the store asks them (views read the types here, not from the worker). */
export type { QueryAnswer, QueryArgs, QueryName };

/** The run's whole description: the scenario and the user's live actions. Undo covers both. */
export interface Description {
  doc: Scenario;
  actions: RecordedAction[];
}

/** One undoable change of the description (immer patches, paths from `doc` or `actions`). */
export interface Change {
  patches: Patch[];
  inverse: Patch[];
}

/** Where the document came from: a preset's file name, `empty`, an import, a link, the autosave. */
export type DocumentOrigin = { kind: 'preset'; id: string } | { kind: 'empty' } | { kind: 'file'; name: string } | { kind: 'link' } | { kind: 'autosave' };

export interface DocumentSlice {
  /** The scenario being edited. */
  doc: Scenario;
  /**
   * The user's live actions (a limit changed, a stop, an exploit...), each stamped with the
   * simulated time it was taken at. With `doc`, the whole description of the run: the worker
   * holds nothing the page does not; autosave, share links, export and tours carry both.
   */
  actions: RecordedAction[];
  origin: DocumentOrigin;
  past: Change[];
  future: Change[];
  /**
   * A new description (preset, import, link, restore, a tour step): history starts again and
   * the run is built at `atMs` (default 0:00) with `actions` (default none).
   */
  replaceDocument(doc: Scenario, origin: DocumentOrigin, actions?: RecordedAction[], atMs?: number): void;
  /**
   * An edit of the document, undoable; actions whose instance is gone are pruned with it; the
   * run is rebuilt and kept at the current time.
   */
  edit(recipe: (draft: Scenario) => void): void;
  /**
   * A user action at the current simulated time: appended to `actions` (dropping those after
   * now, as an editor drops redo after a seek back) and applied by the worker. Undoable; the
   * actions of one task (a burst) are one step and one request. A
   * removal takes the instance out of the document instead (removeInstance). Resolves with the
   * engine's answer; a refused action is taken out again.
   */
  applyLive(action: UserAction): Promise<ActionResult>;
  /**
   * Live actions taken in one task go out together at its end (./live-queue.ts); every other
   * request to the worker sends them first, so the worker sees requests in the order made.
   */
  flushLive(): void;
  /** Undo and redo cover document edits and live actions alike; the run is rebuilt at the current time. */
  undo(): void;
  redo(): void;
  /** Adds what the palette's current choices describe; a container goes into `into` (a VM) or onto the host. */
  addFromPalette(kind: 'vm' | 'container', into?: string | null): void;
  /** Enter on a palette item: into the selected VM (containers), else onto the host. */
  addByKeyboard(kind: 'vm' | 'container'): void;
  drop(item: DragItem, target: DropTarget): boolean;
  /** Moves a container into a VM (`into`) or onto the host (null): the one move path, for drops and the inspector. */
  moveContainer(name: string, into: string | null): void;
  /**
   * Takes an instance out of the description, whatever asked (the board's Delete, the
   * inspector, `docker rm -f`, `vagrant destroy`): the instance, the containers in it, their
   * events, their actions and what the tour and goals say about them.
   */
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
  /** A read-only question to the simulation (src/worker/query-map.ts); null before the first load. */
  query<K extends QueryName>(name: K, args: QueryArgs<K>): Promise<QueryAnswer<K> | null>;
  /**
   * Plays until the condition holds (an instance ready, a log entry, a time), at the latest to
   * `limitMs`: one request, answered with one frame. Null before the first load.
   */
  runUntil(condition: RunCondition, limitMs: number): Promise<RunUntilResult | null>;
  /** Resolves once the worker has answered every request sent so far. */
  settled(): Promise<void>;
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

/** A button on a notice (download the kept copy, reload, keep this tab's version...). */
export interface NoticeAction {
  /** i18n key of its label. */
  key: string;
  run(): void;
}

/**
 * What the page's storage needs the user to know (a record kept aside, a newer Utsuwa's
 * record, another tab saving, storage full or blocked): stays until dismissed or resolved,
 * one per kind, beside the ordinary notice.
 */
export interface StorageNotice {
  kind: string;
  key: string;
  params?: Record<string, string>;
  details?: string[];
  actions: NoticeAction[];
}

/** The charts area's tabs: startup timeline and memory, disk and the comparison table, "See inside", the terminal. */
export type ChartTab = 'startup' | 'disk' | 'inside' | 'terminal';
export const CHART_TABS: readonly ChartTab[] = ['startup', 'disk', 'inside', 'terminal'];
/** The "See inside" views: processes and namespaces, the isolation matrix, layers, cgroups. */
export type InsideView = InsideViewName;
export const INSIDE_VIEWS: readonly InsideView[] = ['explorer', 'matrix', 'layers', 'cgroup'];

/** Which tab and "See inside" view are open: state, so a tour step (or a test) can open them. */
export interface Panels {
  tab: ChartTab;
  inside: InsideView;
  /** Counts the times a view was opened for an instance: the views forget their own picks then. */
  opened: number;
}

export interface UiSlice {
  selected: string | null;
  panels: Panels;
  /** Brings a tab (and, with `inside`, a "See inside" view) forward; with `instance`, selects it for the view. */
  openPanel(tab: ChartTab, inside?: InsideView, instance?: string): void;
  notice: Notice | null;
  storageNotices: StorageNotice[];
  /** False until the first document is loaded: nothing is autosaved before. */
  loaded: boolean;
  vmChoice: VmChoice;
  containerChoice: ContainerChoice;
  select(name: string | null): void;
  notify(notice: Notice | null): void;
  /** Shows (or with null, takes away) the storage notice of that kind. */
  setStorageNotice(kind: string, notice: StorageNotice | null): void;
  setLoaded(): void;
  setVmChoice(choice: VmChoice): void;
  setContainerChoice(choice: ContainerChoice): void;
}

/** A tour in progress: the scenario it replays, the origin object it was loaded with, the step shown. */
export interface TourProgress {
  base: Scenario;
  origin: DocumentOrigin;
  index: number;
}

/** The classroom: the tour in progress, the learner's answers, presenter mode. */
export interface ClassroomSlice {
  classroom: {
    tour: TourProgress | null;
    /** Chosen answer per step index, and whether it was checked. */
    answers: Record<number, { choice: number; checked: boolean }>;
    presenter: boolean;
  };
  /** Starts the current document's tour at its first step; false when it has none. */
  startTour(): boolean;
  /** Goes to step `index` of the tour in progress: one load of (scenario, actions of steps 0..index, its time). */
  goToStep(index: number): void;
  stepBy(delta: number): void;
  endTour(): void;
  answer(step: number, choice: number, checked: boolean): void;
  setPresenter(on: boolean): void;
}

export type WorkspaceState = DocumentSlice & SimulationSlice & PlaybackSlice & UiSlice & ClassroomSlice;
