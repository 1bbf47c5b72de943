/**
 * Carries out a command's effects through the store's own actions, the ones the palette,
 * the board and the inspector use: so a typed `docker run` and a dropped container make the
 * same document, and `docker stop` is the same live action as the inspector's stop.
 */
import type { InstanceSpec, InstanceView } from '@utsuwa/sim-core';
import type { TerminalEffect } from '@utsuwa/sim-core/terminal';
import { formatTimeLines } from '@utsuwa/sim-core/terminal';
import type { WorkspaceStore } from '../store/index';
import { addInstance } from '../document/operations';

export interface EffectIo {
  print(text: string): void;
  clear(): void;
  enter(where: string): void;
  /** Set when the user presses Ctrl+C during a wait. */
  readonly aborted: boolean;
}

const FRAME_TIMEOUT_MS = 5_000;
/** A wait gives up after this many events (a boot takes a few dozen). */
const MAX_STEPS = 20_000;

/** Resolves on the next view the worker sends (or after a timeout: the worker may have had nothing to say). */
export function nextView(store: WorkspaceStore): Promise<void> {
  return new Promise((resolve) => {
    const before = store.getState().view;
    const timer = setTimeout(() => {
      unsubscribe();
      resolve();
    }, FRAME_TIMEOUT_MS);
    const unsubscribe = store.subscribe((s) => {
      if (s.view === before) return;
      clearTimeout(timer);
      unsubscribe();
      resolve();
    });
  });
}

function addSpec(store: WorkspaceStore, spec: InstanceSpec, start = true): void {
  const s = store.getState();
  const now = s.view?.nowMs ?? 0;
  // The palette's path: the spec plus a start at the time on the clock (document-slice addFromPalette);
  // `docker create` adds it without the start.
  s.edit((draft) => (start ? addInstance(draft, spec, now) : void draft.instances.push(spec)));
  s.select(spec.name);
}

function findInstance(store: WorkspaceStore, name: string): InstanceView | undefined {
  return store.getState().view?.instances.find((i) => i.name === name);
}

/**
 * Steps the simulation event by event until `name` is ready. Returns its readyMs (time from
 * its start to ready), or null if it failed, stopped, or the user interrupted.
 */
export async function waitUntilReady(store: WorkspaceStore, name: string, io: Pick<EffectIo, 'aborted'>): Promise<number | null> {
  for (let step = 0; step < MAX_STEPS; step++) {
    if (io.aborted) return null;
    const inst = findInstance(store, name);
    if (inst && inst.state === 'running' && inst.readyMs !== null) return inst.readyMs;
    if (inst && (inst.state === 'failed' || inst.state === 'exited')) return null;
    if (store.getState().view?.nextEventMs == null) return null;
    await stepOnce(store);
  }
  return null;
}

/**
 * Moves to the next event. Events due now are processed by moving 1 ms on: the run only
 * processes what lies before the time it advances to when the clock already stands there.
 */
async function stepOnce(store: WorkspaceStore): Promise<void> {
  const view = store.getState().view;
  const next = view?.nextEventMs;
  if (!view || next == null) return;
  const waiting = nextView(store);
  if (next <= view.nowMs) store.getState().advanceTo(view.nowMs + 1);
  else store.getState().stepToNextEvent();
  await waiting;
}

/** After an edit or a live action: what is due at this very moment happens (a `docker run` at 0:00 starts). */
async function settle(store: WorkspaceStore): Promise<void> {
  const view = store.getState().view;
  if (view && view.nextEventMs !== null && view.nextEventMs <= view.nowMs) {
    store.getState().setPlaying(false);
    await stepOnce(store);
  }
}

export async function applyEffects(store: WorkspaceStore, effects: readonly TerminalEffect[], io: EffectIo): Promise<void> {
  for (const e of effects) {
    const s = store.getState();
    switch (e.kind) {
      case 'add-container':
      case 'add-vm': {
        const seen = nextView(store);
        addSpec(store, e.spec, !(e.kind === 'add-container' && e.start === false));
        await seen;
        await settle(store);
        break;
      }
      case 'live': {
        const seen = nextView(store);
        s.applyLive(e.action);
        await seen;
        await settle(store);
        break;
      }
      case 'edit': {
        const seen = nextView(store);
        s.editInstance(e.name, e.patch);
        await seen;
        break;
      }
      case 'remove': {
        const seen = nextView(store);
        s.removeInstance(e.name);
        await seen;
        break;
      }
      case 'wait-ready': {
        const readyMs = await waitUntilReady(store, e.name, io);
        if (readyMs === null) {
          io.print(io.aborted ? '^C' : `(${e.name} did not become ready: see the event log)`);
          break;
        }
        if (e.after) io.print(e.after);
        if (e.time) io.print(formatTimeLines(readyMs, e.time.userMs, e.time.sysMs));
        break;
      }
      case 'enter':
        io.enter(e.where);
        break;
      case 'clear':
        io.clear();
        break;
    }
  }
}
