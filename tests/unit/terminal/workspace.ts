/** A page workspace in-thread (the store and the worker session) with a terminal typed into it, as the page types. */
import { createWorkspaceStore } from '../../../src/store/index';
import { InlineDriver } from '../../../src/worker/inline-driver';
import { emptyScenario } from '../../../src/document/specs';
import { runTerminalLine } from '../../../src/terminal/run-line';
import type { Scenario } from '../../../sim-core/index';
import type { ShellVars } from '../../../sim-core/terminal/index';

export interface Typist {
  /** Types a line where the shell is now; resolves with everything printed. */
  type(line: string): Promise<string>;
  /** Plays the simulation forward by `ms`. */
  wait(ms: number): Promise<void>;
  where(): string;
  store: ReturnType<typeof createWorkspaceStore>;
}

export async function workspace(scenario: Scenario = emptyScenario()): Promise<Typist> {
  const store = createWorkspaceStore(new InlineDriver());
  store.getState().replaceDocument(scenario, { kind: 'empty' });
  await store.getState().settled();
  let where = 'host';
  let cwd: string | null = null;
  // The session's own state, as the page's terminal keeps it: `$?` and the host's files.
  const shell = { status: 0, hostFiles: {} as Record<string, string>, vars: {} as Record<string, ShellVars>, mainShell: null as string | null };
  return {
    store,
    where: () => where,
    async type(line) {
      const printed: string[] = [];
      await runTerminalLine(store, line, where, {
        notLoaded: () => printed.push('(not loaded)'),
        print: (t) => printed.push(t),
        clear: () => {},
        enter: (w) => {
          where = w;
          cwd = null;
        },
        cd: (p) => {
          cwd = p;
        },
        get cwd() {
          return cwd;
        },
        aborted: false,
        shell,
      });
      return printed.join('\n');
    },
    async wait(ms) {
      const at = (store.getState().view?.nowMs ?? 0) + ms;
      await store.getState().runUntil({ kind: 'time', atMs: at }, at);
    },
  };
}
