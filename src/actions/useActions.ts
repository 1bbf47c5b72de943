/**
 * React's view of the registry: `useAction('undo')` gives a button its label, tooltip,
 * whether it is enabled and what a click does, all from the action's description, and
 * re-renders only when one of those changes. `useShortcuts()` wires the keyboard.
 */
import { useCallback, useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspace, useWorkspaceStore } from '../store/context';
import type { WorkspaceState } from '../store/index';
import { ACTIONS, type ActionName, type ArgList } from './registry';
import { actionForKey, isActivationKey, isTyping, ownsActivationKey, shortcutHint } from './keyboard';
import { descriptionKey, isEnabled, labelKey, performIfEnabled, readState, runAction } from './run';
import type { Action, ActionContext } from './types';

export function useActionContext(): ActionContext {
  const store = useWorkspaceStore();
  const { i18n } = useTranslation();
  return useMemo(() => ({ store, i18n }), [store, i18n]);
}

export interface ActionView {
  /** The label in the page's language. */
  label: string;
  /** Tooltip: the description, or the label, with the shortcut (`Undo (Ctrl+Z)`). */
  title: string;
  /** The description alone, for aria-label (absent when the label says it all). */
  description: string | undefined;
  enabled: boolean;
  /** Runs it (if it applies now); returns whether it ran. */
  run(): boolean;
}

export function useAction<N extends ActionName>(name: N, ...[arg]: ArgList<N>): ActionView {
  const ctx = useActionContext();
  const { t, i18n } = useTranslation('actions');
  const action = ACTIONS[name] as unknown as Action<unknown>;
  const lang = i18n.language;
  // One string per render-relevant fact, so unrelated store updates do not re-render.
  const summary = useWorkspace((ws: WorkspaceState) => {
    const s = { ws, classroom: ws.classroom, lang };
    return `${isEnabled(action, s, arg) ? 1 : 0}\u0000${labelKey(action, s)}\u0000${descriptionKey(action, s) ?? ''}`;
  });
  const [enabled, labelK, descK] = summary.split('\u0000') as [string, string, string];
  const label = t(labelK);
  const description = descK ? t(descK) : undefined;
  const hint = shortcutHint(action);
  const base = description ?? label;
  return {
    label,
    description,
    title: hint ? `${base} (${hint})` : base,
    enabled: enabled === '1',
    run: () => performIfEnabled(ctx, action, arg),
  };
}

/** Runs actions by name from event handlers (a menu's choice, a picked file). */
export function useRunAction(): <N extends ActionName>(name: N, ...arg: ArgList<N>) => boolean {
  const ctx = useActionContext();
  return useCallback(<N extends ActionName>(name: N, ...arg: ArgList<N>) => runAction(ctx, name, ...arg), [ctx]);
}

/** The registry's shortcuts on the window: presenter keys first (capture), the others after any element's own. */
export function useShortcuts(): void {
  const ctx = useActionContext();
  useEffect(() => {
    const handler = (scope: 'workspace' | 'presenter') => (e: KeyboardEvent): void => {
      if (isTyping(e.target)) return;
      // A key the focused element handled itself (a card selects on Space), or one a button or tab owns.
      if (scope === 'workspace' && (e.defaultPrevented || (isActivationKey(e) && ownsActivationKey(e.target)))) return;
      const s = readState(ctx);
      const verdict = actionForKey(e, scope, s);
      if (!verdict) return;
      if (verdict.consume) {
        e.preventDefault();
        if (scope === 'presenter') e.stopPropagation();
      }
      if (verdict.action) void verdict.action.perform(ctx, undefined, s);
    };
    const presenter = handler('presenter');
    const workspace = handler('workspace');
    window.addEventListener('keydown', presenter, true);
    window.addEventListener('keydown', workspace);
    return () => {
      window.removeEventListener('keydown', presenter, true);
      window.removeEventListener('keydown', workspace);
    };
  }, [ctx]);
}
