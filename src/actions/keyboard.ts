/**
 * The keyboard, read from the registry: a key runs the first action bound to it that applies
 * now. Presenter-mode keys are taken before a focused button sees them and are held while
 * presenter mode is on, even when nothing applies (Space must never click the button that
 * has focus); a workspace shortcut with Mod is always held (no browser undo behind ours).
 */
import { ALL_ACTIONS } from './registry';
import { matches, shortcutText, type KeyLike } from './shortcuts';
import { isEnabled } from './run';
import type { Action, ActionState, ShortcutScope } from './types';

export interface KeyVerdict {
  /** The action to run, if one applies. */
  action: Action<unknown> | null;
  /** Whether the key is ours (preventDefault) even if nothing runs. */
  consume: boolean;
}

function scopeOf(action: Action<unknown>): ShortcutScope {
  return action.scope ?? 'workspace';
}

/** Which action a key press runs in `scope`, or null when the key is not bound there. */
export function actionForKey(e: KeyLike, scope: ShortcutScope, s: ActionState): KeyVerdict | null {
  if (scope === 'presenter' && !s.classroom.presenter) return null;
  const bound = ALL_ACTIONS.filter((a) => scopeOf(a) === scope && a.shortcuts?.some((k) => matches(k, e)));
  if (bound.length === 0) return null;
  const action = bound.find((a) => isEnabled(a, s, undefined)) ?? null;
  const withMod = bound.some((a) => a.shortcuts!.some((k) => k.startsWith('Mod+') && matches(k, e)));
  return { action, consume: action !== null || withMod || scope === 'presenter' };
}

/** A text field, a select or an editable element has the keys. */
export function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || typeof el.tagName !== 'string') return false;
  return el.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(el.tagName);
}

/**
 * An element on which Space or Enter already means something of its own: a button, a link,
 * a tab, a menu item, a check box, a disclosure, or the terminal. A bare Space or Enter
 * there is left to it rather than run as a workspace shortcut.
 */
export function ownsActivationKey(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || typeof el.closest !== 'function') return false;
  return el.closest('button, a[href], summary, [role="button"], [role="tab"], [role="menuitem"], [role="checkbox"], [role="radio"], [role="switch"], [role="option"], .xterm') !== null;
}

/** Space or Enter with no modifier. */
export function isActivationKey(e: KeyLike): boolean {
  return (e.key === ' ' || e.key === 'Enter') && !e.ctrlKey && !e.metaKey && !e.altKey;
}

/** The tooltip text of an action's first shortcut (`Ctrl+Z`), or null without one. */
export function shortcutHint(action: Action<unknown>): string | null {
  const first = action.shortcuts?.[0];
  return first ? shortcutText(first) : null;
}

/** Presenter mode's keys as help lines: each listed action's keys and (fixed) label key. */
export function presenterKeys(): Array<{ keys: string; label: string }> {
  return ALL_ACTIONS.filter((a) => scopeOf(a) === 'presenter' && !a.unlisted && a.shortcuts?.length && typeof a.label === 'string')
    .map((a) => ({ keys: a.shortcuts!.map(shortcutText).join('/'), label: a.label as string }));
}
