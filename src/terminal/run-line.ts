/**
 * One typed line, the page's way: the worker answers it, its output is printed, its effects go
 * through the store. Shared by the page's terminal and the headless shell (scripts/shell.ts),
 * so both print the same text for the same line.
 */
import type { WorkspaceStore } from '../store/index';
import { applyEffects, type EffectIo } from './apply-effects';

export type LineIo = EffectIo & { notLoaded(): void };

export async function runTerminalLine(store: WorkspaceStore, line: string, where: string, io: LineIo): Promise<void> {
  const result = await store.getState().query('terminal', { line, where, cwd: io.cwd ?? null });
  if (!result) {
    io.notLoaded();
    return;
  }
  if (result.output) io.print(result.output);
  await applyEffects(store, result.effects, io);
}

/** After a line: the place the shell was in, or 'host' when that instance has left the board. */
export function placeStillThere(store: WorkspaceStore, where: string): boolean {
  if (where === 'host') return true;
  return store.getState().view?.instances.some((i) => i.name === where) !== false;
}
