/**
 * The headless shell: `npm run shell -- [SCENARIO] [--echo]`. The page's terminal on standard
 * input and output: each line read runs as if typed in the page (the same worker query, the same
 * effects through the same store), against the scenario's simulation or an empty host. The
 * clock moves as in the paused page: only while a command waits (`vagrant up`, `time docker
 * run`, `docker run -it`, `sleep`). Output is printed with control characters escaped, so
 * nothing from a file or a line can drive the reader's terminal; no colour when not a TTY.
 * A TTY gets a prompt, history and tab completion; piped input is read plainly. Exits 0 at the
 * end of the input or at `exit` on the host; 2 when the scenario cannot be read.
 */
import { createInterface, type Interface } from 'node:readline';
import { escapeControlChars } from '@utsuwa/sim-core';
import { completeLine, continuesOnNextLine, joinContinuation, parseHereDoc } from '@utsuwa/sim-core/terminal';
import { CATALOGUE } from '@utsuwa/sim-core/catalogue';
import { createWorkspaceStore, type WorkspaceStore } from '../src/store/index';
import { loadScenarioCodec } from '../src/files/scenario-io';
import { loadCatalogue } from '../src/document/catalogue';
import { InlineDriver } from '../src/worker/inline-driver';
import { emptyScenario } from '../src/document/specs';
import { newSession, runTerminalLine, placeStillThere, sessionIo, type LineSession } from '../src/terminal/run-line';
import { promptAnsi, promptText } from '../src/terminal/prompt';
import { loadFile } from './load-file';

const USAGE = 'usage: npm run shell -- [SCENARIO] [--echo]   (SCENARIO: a scenario in YAML or JSON, a compose.yaml or a Vagrantfile; none: an empty host)\n  --echo   print the prompt and each command before its output (a transcript of a demo)';

interface Args {
  file: string | null;
  echo: boolean;
}

function parseArgs(argv: string[]): Args | string {
  let file: string | null = null;
  let echo = false;
  for (const a of argv) {
    if (a === '--echo') echo = true;
    else if (a === '--help' || a === '-h') return USAGE;
    else if (a.startsWith('-')) return `unknown option ${a}`;
    else if (file === null) file = a;
    else return `unexpected argument "${a}" (one scenario file at a time)`;
  }
  return { file, echo };
}

function fail(message: string, code: number): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

function load(args: Args): WorkspaceStore {
  const store = createWorkspaceStore(new InlineDriver());
  if (args.file === null) {
    store.getState().replaceDocument(emptyScenario(), { kind: 'empty' });
    return store;
  }
  const loaded = loadFile(args.file);
  if (!loaded.ok) fail(loaded.message, 2);
  for (const line of loaded.notes) process.stderr.write(`${line}\n`);
  store.getState().replaceDocument(loaded.scenario, { kind: 'file', name: args.file }, loaded.actions);
  return store;
}

class Shell {
  private readonly session: LineSession = newSession();
  private pending: string | null = null;

  constructor(
    private readonly store: WorkspaceStore,
    private readonly tty: boolean,
    private readonly echo: boolean,
  ) {}

  prompt(): string {
    if (this.pending !== null) return '> ';
    const doc = this.store.getState().doc;
    return this.tty ? promptAnsi(this.session.where, doc, this.session.cwd) : promptText(this.session.where, doc, this.session.cwd);
  }

  interrupt(): void {
    this.session.aborted = true;
    this.pending = null;
  }

  complete(line: string): [string[], string] {
    const view = this.store.getState().view;
    const names = view?.instances.map((i) => i.name) ?? [];
    const { candidates, word } = completeLine(line, { names, images: Object.keys(CATALOGUE.images) });
    return [candidates, word];
  }

  private print(text: string): void {
    process.stdout.write(`${escapeControlChars(text)}\n`);
  }

  /** One physical line read; false when the shell should end (`exit` on the host). */
  async feed(raw: string): Promise<boolean> {
    const line = this.pending === null ? raw : joinContinuation(this.pending, raw);
    if (continuesOnNextLine(line)) {
      this.pending = line;
      return true;
    }
    this.pending = null;
    if (this.echo) this.print(`${promptText(this.session.where, this.store.getState().doc, this.session.cwd)}${line}`);
    if (!line.trim()) return true;
    const leaving = this.session.where === 'host' && /^\s*(exit|logout)(\s+\d+)?\s*$/.test(line);
    this.session.aborted = false;
    try {
      await runTerminalLine(this.store, line, this.session.where, sessionIo(this.session, {
        notLoaded: () => this.print('(the simulation is not loaded yet)'),
        print: (text) => this.print(text),
        // No screen to clear: `clear` on a pipe prints nothing, as `clear` with TERM=dumb.
        clear: () => (this.tty ? process.stdout.write('\x1b[H\x1b[2J') : undefined),
      }));
    } catch (error) {
      this.print(`utsuwa: the command could not run: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (!placeStillThere(this.store, this.session.where)) {
      this.print(`(the instance ${this.session.where} is gone: back on the host)`);
      this.session.where = 'host';
      this.session.cwd = null;
    }
    return !leaving;
  }

  /** End of input with a `\` continuation open: bash runs what it has. */
  async finish(): Promise<void> {
    if (this.pending !== null) {
      const last = this.pending;
      this.pending = null;
      // An open here-document runs with what it has (bash warns); a trailing backslash is dropped.
      const doc = parseHereDoc(last);
      await this.feed(doc ? `${last}\n${doc.word}` : last.slice(0, -1));
    }
  }
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === 'string') fail(args === USAGE ? USAGE : `${args}\n${USAGE}`, args === USAGE ? 0 : 2);
  // The page loads its parser and catalogue before the first load (src/files/boot.ts); so does the shell.
  await Promise.all([loadScenarioCodec(), loadCatalogue()]);
  const store = load(args);
  await store.getState().settled();
  const tty = Boolean(process.stdin.isTTY && process.stdout.isTTY);
  const shell = new Shell(store, tty, args.echo);
  const rl: Interface = tty
    ? createInterface({ input: process.stdin, output: process.stdout, terminal: true, historySize: 200, completer: (line: string) => shell.complete(line) })
    : createInterface({ input: process.stdin, terminal: false, crlfDelay: Infinity });
  if (tty) {
    rl.on('SIGINT', () => {
      shell.interrupt();
      process.stdout.write('^C\n');
      rl.setPrompt(shell.prompt());
      rl.prompt();
    });
    rl.setPrompt(shell.prompt());
    rl.prompt();
  }
  for await (const line of rl) {
    if (!(await shell.feed(line))) break;
    if (tty) {
      rl.setPrompt(shell.prompt());
      rl.prompt();
    }
  }
  await shell.finish();
  rl.close();
  if (tty) process.stdout.write('\n');
  process.exit(0);
}

main().catch((e: unknown) => fail(`utsuwa: internal error: ${(e as Error).message}`, 1));
