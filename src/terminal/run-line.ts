/**
 * One typed line, the page's way: the worker answers it, its output is printed, its effects go
 * through the store. Shared by the page's terminal and the headless shell (scripts/shell.ts),
 * so both print the same text for the same line.
 */
import type { WorkspaceStore } from '../store/index';
import { applyEffects, shellArgs, type EffectIo, type ShellState } from './apply-effects';

export type LineIo = EffectIo & { notLoaded(): void };

/** A terminal session: the place it is in, its working directory, whether Ctrl+C was pressed. */
export interface LineSession extends ShellState {
  where: string;
  cwd: string | null;
  aborted: boolean;
}

/** A new terminal session: on the host, `$?` 0, no files of its own. */
export function newSession(): LineSession {
  return { where: 'host', cwd: null, aborted: false, status: 0, hostFiles: {}, vars: {}, mainShell: null, fileTexts: {} };
}

/**
 * The LineIo of a session, for the page's terminal and the headless shell alike: entering a
 * place or `cd` updates the session; `cwd` and `aborted` are read from it as the line runs.
 */
export function sessionIo(session: LineSession, io: Pick<EffectIo, 'print' | 'clear' | 'notReady'> & { notLoaded(): void; entered?(where: string): void }): LineIo {
  const out: LineIo = {
    print: io.print,
    clear: io.clear,
    notLoaded: io.notLoaded,
    enter: (where) => {
      session.where = where;
      session.cwd = null;
      io.entered?.(where);
    },
    cd: (path) => {
      session.cwd = path;
    },
    get cwd() {
      return session.cwd;
    },
    get aborted() {
      return session.aborted;
    },
    shell: session,
  };
  if (io.notReady) out.notReady = io.notReady;
  return out;
}

export async function runTerminalLine(store: WorkspaceStore, line: string, where: string, io: LineIo): Promise<void> {
  const shell = io.shell;
  const result = await store.getState().query('terminal', { line, where, cwd: io.cwd ?? null, ...shellArgs(shell, where) });
  if (!result) {
    io.notLoaded();
    return;
  }
  if (result.output) io.print(result.output);
  const decided = await applyEffects(store, result.effects, io);
  if (shell) shell.status = decided ?? result.exitCode;
}

/** After a line: the place the shell was in, or 'host' when that instance has left the board. */
export function placeStillThere(store: WorkspaceStore, where: string): boolean {
  if (where === 'host') return true;
  return store.getState().view?.instances.some((i) => i.name === where) !== false;
}
