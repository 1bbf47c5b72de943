/** Reading an action's state (enabled, label) and running it: the one path every consumer takes. */
import { ACTIONS, type ActionName, type ArgList } from './registry';
import type { Action, ActionContext, ActionState } from './types';

export function readState(ctx: ActionContext): ActionState {
  const ws = ctx.store.getState();
  return { ws, classroom: ws.classroom, lang: ctx.i18n.language };
}

export function isEnabled<A>(action: Action<A>, s: ActionState, arg: A): boolean {
  return action.when ? action.when(s, arg) : true;
}

export function labelKey<A>(action: Action<A>, s: ActionState): string {
  return typeof action.label === 'function' ? action.label(s) : action.label;
}

export function descriptionKey<A>(action: Action<A>, s: ActionState): string | undefined {
  return typeof action.description === 'function' ? action.description(s) : action.description;
}

/** Runs the action if it applies now; false (and nothing done) when it does not. */
export function performIfEnabled<A>(ctx: ActionContext, action: Action<A>, arg: A): boolean {
  const s = readState(ctx);
  if (!isEnabled(action, s, arg)) return false;
  void action.perform(ctx, arg, s);
  return true;
}

/** Runs an action by name: `runAction(ctx, 'undo')`, `runAction(ctx, 'openPreset', 'boot-race')`. */
export function runAction<N extends ActionName>(ctx: ActionContext, name: N, ...[arg]: ArgList<N>): boolean {
  return performIfEnabled(ctx, ACTIONS[name] as unknown as Action<unknown>, arg);
}
