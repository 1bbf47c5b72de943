/**
 * An action is one thing a user can do, described once: its name, its label (an i18n key in
 * the `actions` namespace), its keyboard shortcuts, when it applies (a predicate over the
 * workspace's state) and what it does (through the store's methods). Buttons, menus, the
 * keyboard and presenter mode all read the same description (./registry.ts).
 */
import type { i18n } from 'i18next';
import type { WorkspaceState, WorkspaceStore } from '../store/index';

/** What an action's predicate and label may look at. */
export interface ActionState {
  ws: WorkspaceState;
  /** The store's classroom slice (tour in progress, answers, presenter mode). */
  classroom: WorkspaceState['classroom'];
  lang: string;
}

/** What an action may act on. */
export interface ActionContext {
  store: WorkspaceStore;
  i18n: i18n;
}

/**
 * `workspace` shortcuts work anywhere but in a text field; `presenter` shortcuts only in
 * presenter mode, where they take their keys before any focused button does.
 */
export type ShortcutScope = 'workspace' | 'presenter';

export interface Action<A = void> {
  name: string;
  /** Key in the `actions` namespace; may depend on the state (Play / Pause). */
  label: string | ((s: ActionState) => string);
  /** A longer text for the tooltip or the screen reader (also a key in `actions`), if any. */
  description?: string | ((s: ActionState) => string | undefined);
  /** Keys as `Mod+Shift+Z`, `Delete`, `Space`, `ArrowRight` (Mod is Ctrl, or ⌘ on a Mac). */
  shortcuts?: readonly string[];
  scope?: ShortcutScope;
  /** Left out of the presenter's key help (another action with the same keys is listed). */
  unlisted?: boolean;
  /** Whether it applies now; absent means always. */
  when?(s: ActionState, arg: A): boolean;
  /** What it does; a promise when it finishes later (a download, the clipboard). */
  perform(ctx: ActionContext, arg: A, s: ActionState): unknown;
}

/** Keeps the argument's type while the registry stores actions side by side. */
export function defineAction<A = void>(action: Action<A>): Action<A> {
  return action;
}
