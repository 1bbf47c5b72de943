/**
 * Carries out a command's effects through the store's own actions, the ones the palette,
 * the board and the inspector use: so a typed `docker run` and a dropped container make the
 * same document, `docker stop` is the same live action as the inspector's stop, and
 * `docker rm -f` the same removal as the board's Delete. A wait for readiness is one request:
 * the engine waits, the page does not.
 */
import type { InstanceSpec } from '@utsuwa/sim-core';
import type { ComposeSource, ShellVars, TerminalEffect } from '@utsuwa/sim-core/terminal';
import { appendOutputLine, formatProgress, formatTimeLines, settleProgress, type ComposeRefusal } from '@utsuwa/sim-core/terminal';
import type { WorkspaceStore } from '../store/index';
import { addInstance } from '../document/operations';
import { catalogue, loadCatalogue } from '../document/catalogue';

export interface EffectIo {
  print(text: string): void;
  clear(): void;
  enter(where: string): void;
  /** Utsuwa's own remark that an instance did not become ready, in the page's language (English if absent). */
  notReady?(name: string, why: string): string;
  /** Set when the user presses Ctrl+C during a wait. */
  readonly aborted: boolean;
  /** The session's working directory (`cd`); null: the place's own. */
  readonly cwd?: string | null;
  cd?(path: string): void;
  /** The shell's own state across lines: `$?` and the host's files (terminal/host-files.ts). */
  shell?: ShellState;
}

export interface ShellState {
  status: number;
  /** The container whose PID 1 is the shell the session is in (`docker run -it ubuntu`); null: none. */
  mainShell?: string | null;
  hostFiles: Record<string, string>;
  /** The texts of files the terminal wrote, by place and absolute path (TerminalEffect 'file-text'). */
  fileTexts?: Record<string, Record<string, string>>;
  /** Each place's shell variables (a shell in a container has its own). */
  vars: Record<string, ShellVars>;
}

/** What a terminal query carries of the shell's state for a line run at `where`. */
export function shellArgs(shell: ShellState | undefined, where: string): { status: number; hostFiles: Record<string, string>; vars: ShellVars; fileTexts: Record<string, Record<string, string>> } {
  return { status: shell?.status ?? 0, hostFiles: shell?.hostFiles ?? {}, vars: shell?.vars[where] ?? {}, fileTexts: shell?.fileTexts ?? {} };
}

/** How long a foreground wait (`vagrant up`, `time docker run`) may take in simulated time. */
const WAIT_LIMIT_MS = 60 * 60 * 1000;

function addSpec(store: WorkspaceStore, spec: InstanceSpec, start = true): void {
  const s = store.getState();
  const now = s.view?.nowMs ?? 0;
  // The palette's path: the spec plus a start at the time on the clock (document-slice addFromPalette);
  // `docker create` adds it without the start.
  s.edit((draft) => (start ? addInstance(draft, spec, now) : void draft.instances.push(spec)));
  s.select(spec.name);
}

/**
 * Waits, in the engine, until `name` is ready: one request to the worker. Returns its readyMs
 * (time from its start to ready), or why it did not become ready.
 */
export async function waitUntilReady(store: WorkspaceStore, name: string): Promise<{ readyMs: number } | { why: string }> {
  const s = store.getState();
  const limit = (s.view?.nowMs ?? 0) + WAIT_LIMIT_MS;
  const result = await s.runUntil({ kind: 'ready', name }, limit);
  if (!result) return { why: 'nothing is loaded' };
  if (!result.met) return { why: result.why };
  const inst = store.getState().view?.instances.find((i) => i.name === name);
  return inst?.readyMs != null ? { readyMs: inst.readyMs } : { why: `${name} is not ready` };
}

/** A change the document's rules refused (src/document/validate.ts): said where the command was typed. */
function printRefusal(store: WorkspaceStore, io: EffectIo): void {
  const why = store.getState().lastRejection;
  if (why) io.print(`utsuwa: not changed: ${why}`);
}

/** Plays on, in the engine, until `name` has stopped (at most the wait limit). */
async function waitUntilStopped(store: WorkspaceStore, name: string): Promise<void> {
  const s = store.getState();
  const inst = s.view?.instances.find((i) => i.name === name);
  if (!inst || (inst.state !== 'running' && inst.state !== 'booting')) return;
  await s.runUntil({ kind: 'log', type: 'instance/stopped', subject: name }, (s.view?.nowMs ?? 0) + WAIT_LIMIT_MS);
}

/** Plays on, in the engine, until a container's process has been started (a VM is left to its own wait). */
async function waitUntilStarted(store: WorkspaceStore, name: string): Promise<ComposeRefusal | null> {
  const s = store.getState();
  if (s.view?.instances.find((i) => i.name === name)?.kind !== 'container') return null;
  const r = await s.runUntil({ kind: 'started', name }, (s.view?.nowMs ?? 0) + WAIT_LIMIT_MS);
  // Compose refused the held start (engine/depends.ts): its words end `docker compose up`.
  return r && !r.met && r.dependency !== undefined ? { name, dependency: r.dependency, why: r.why } : null;
}

/**
 * `docker wait`: the exit code once `name` is not running (at once when it already is not),
 * or, when it still runs, whether nothing left in the simulation would stop it.
 */
async function waitUntilExited(store: WorkspaceStore, name: string): Promise<{ code: number } | { forever: boolean }> {
  const s = store.getState();
  const inst = s.view?.instances.find((i) => i.name === name);
  if (!inst) return { forever: true };
  if (inst.state !== 'running' && inst.state !== 'booting') return { code: inst.exitCode ?? 0 };
  const r = await s.runUntil({ kind: 'log', type: ['instance/stopped', 'instance/killed'], subject: name }, (s.view?.nowMs ?? 0) + WAIT_LIMIT_MS);
  const code = r?.met ? (r.entry?.data as { exitCode?: unknown } | undefined)?.exitCode : undefined;
  if (typeof code === 'number') return { code };
  return { forever: r !== null && !r.met && r.why.startsWith('nothing is left to happen') };
}

async function waitForLog(store: WorkspaceStore, type: 'instance/suspended', name: string): Promise<void> {
  const s = store.getState();
  await s.runUntil({ kind: 'log', type, subject: name }, (s.view?.nowMs ?? 0) + WAIT_LIMIT_MS);
}

/** A Compose file read as the Import button reads one (its reader loads with the first use): the project it makes. */
async function loadComposeProject(source: ComposeSource): Promise<{ project: Record<string, unknown> } | { errors: string[] }> {
  const { importFile, COMPOSE_KEY } = await import('@utsuwa/sim-core/import');
  await loadCatalogue();
  const r = importFile(source.text, source.file, catalogue(), { expect: 'compose', projectName: source.projectName, ...(source.dotenv !== null ? { dotenv: source.dotenv } : {}) });
  if (!r.ok) return { errors: r.errors };
  const project = r.scenario.extensions[COMPOSE_KEY] as Record<string, unknown> | undefined;
  return project ? { project: { ...project, configFile: source.path } } : { errors: [`${source.file}: no services`] };
}

/**
 * Applies the effects in order. Returns the line's exit status when an effect decided it (the
 * rest of a list, an attached container's exit, a change the document refused), else null.
 */
/** Appends a container's output to the file docker's output was redirected to; a failed write says why, as bash would. */
async function appendToFile(store: WorkspaceStore, to: { where: string; path: string }, output: string, io: EffectIo): Promise<void> {
  const r = await store.getState().query('terminal', { line: appendOutputLine(to.path, output), where: to.where, cwd: io.cwd ?? null, ...shellArgs(io.shell, to.where) });
  if (!r) return;
  if (r.output) io.print(r.output);
  await applyEffects(store, r.effects, io);
}

export async function applyEffects(store: WorkspaceStore, effects: readonly TerminalEffect[], io: EffectIo): Promise<number | null> {
  let status: number | null = null;
  const refused = (): void => {
    if (store.getState().lastRejection) status = 1;
  };
  for (const e of effects) {
    const s = store.getState();
    switch (e.kind) {
      case 'add-container':
      case 'add-vm':
        addSpec(store, e.spec, !(e.kind === 'add-container' && e.start === false));
        await s.settled();
        printRefusal(store, io);
        refused();
        break;
      case 'live':
        await s.applyLive(e.action);
        // `docker stop` (and restart, kill, an exiting command) returns once the container has
        // stopped: the engine plays on to the stop's end (a grace period may pass), in one request.
        if (e.action.type === 'instance/stop') await waitUntilStopped(store, e.action.name);
        // `docker start` returns once the runtime has started the container's process.
        if (e.action.type === 'instance/start') await waitUntilStarted(store, e.action.name);
        // `vagrant suspend` returns once the VM's state file is written.
        if (e.action.type === 'instance/suspend') await waitForLog(store, 'instance/suspended', e.action.name);
        break;
      case 'edit':
        s.editInstance(e.name, e.patch);
        await s.settled();
        printRefusal(store, io);
        refused();
        break;
      case 'remove':
        s.removeInstance(e.name);
        await s.settled();
        break;
      case 'wait-started': {
        const refused = await waitUntilStarted(store, e.name);
        if (refused) {
          io.print(refused.why);
          status = 1;
        }
        break;
      }
      case 'compose-wait': {
        const refusals: ComposeRefusal[] = [];
        for (const name of e.names) {
          const refused = await waitUntilStarted(store, name);
          if (refused) refusals.push(refused);
        }
        const text = formatProgress(settleProgress(e.progress, refusals));
        if (text) io.print(text);
        // Compose stops at its first error and says it.
        if (refusals.length > 0) {
          io.print(refusals[0]!.why);
          status = 1;
        }
        break;
      }
      case 'wait-exit': {
        const code = await waitUntilExited(store, e.name);
        if (io.aborted) {
          io.print('^C');
          status = 130;
          break;
        }
        if (e.silent) {
          if ('code' in code) status = code.code;
          break;
        }
        io.print('code' in code ? String(code.code) : code.forever
          ? `(utsuwa: ${e.name} still runs and nothing in the simulation will stop it; docker wait would wait until it stops: stop it with docker stop ${e.name})`
          : `(utsuwa: ${e.name} still runs after an hour of simulated time; docker wait would go on waiting until it stops)`);
        if (e.after) {
          io.print(e.after);
          status = 1;
        }
        break;
      }
      case 'wait-ready': {
        const waited = await waitUntilReady(store, e.name);
        if (io.aborted) {
          io.print('^C');
          break;
        }
        if ('why' in waited) {
          io.print(io.notReady ? io.notReady(e.name, waited.why) : `(${e.name} did not become ready: ${waited.why})`);
          break;
        }
        if (e.after) io.print(e.after);
        if (e.time) io.print(formatTimeLines(waited.readyMs, e.time.userMs, e.time.sysMs).slice(1));
        break;
      }
      case 'time-lines': {
        const elapsed = Math.max(0, (s.view?.nowMs ?? e.sinceMs) - e.sinceMs);
        io.print(formatTimeLines(elapsed + e.realMs, e.userMs, e.sysMs).slice(1));
        break;
      }
      case 'advance': {
        const at = (s.view?.nowMs ?? 0) + e.ms;
        await s.runUntil({ kind: 'time', atMs: at }, at);
        if (io.aborted) io.print('^C');
        else if (e.after) io.print(e.after);
        break;
      }
      case 'vagrantfile':
        s.edit((draft) => {
          draft.extensions.vagrantfile = { machines: e.machines };
        });
        await s.settled();
        break;
      case 'vagrant-boxes':
        s.edit((draft) => {
          draft.extensions.vagrantBoxes = e.boxes;
        });
        await s.settled();
        break;
      case 'docker-objects':
        s.edit((draft) => {
          draft.extensions.dockerObjects = e.objects;
        });
        await s.settled();
        break;
      case 'compose-load': {
        const loaded = await loadComposeProject(e.source);
        if ('errors' in loaded) {
          io.print(loaded.errors.join('\n'));
          status = 1;
          break;
        }
        s.edit((draft) => {
          draft.extensions.composeProject = loaded.project;
        });
        await s.settled();
        status = await applyEffects(store, [{ kind: 'run', line: e.line, where: e.where }], io);
        break;
      }
      case 'compose-members':
        s.edit((draft) => {
          const project = draft.extensions.composeProject as Record<string, unknown> | undefined;
          if (project) draft.extensions.composeProject = { ...project, services: e.services, specs: e.specs };
        });
        await s.settled();
        break;
      case 'spec-edit':
        s.edit((draft) => {
          const spec = draft.instances.find((i) => i.name === e.name);
          if (spec?.kind === 'container') Object.assign(spec, e.patch);
        });
        await s.settled();
        break;
      case 'run': {
        // The rest of a line (`a && b`) or a follow-up (`docker logs` after an attached run): its effects apply too.
        const r = await s.query('terminal', { line: e.line, where: e.where, cwd: io.cwd ?? null, ...shellArgs(io.shell, e.where), ...(e.status !== undefined ? { status: e.status } : {}), ...(e.tty !== undefined ? { tty: e.tty } : {}) });
        // quiet: a detached container's line, whose output goes to its log, not to the terminal,
        // and whose status is the container's, not the command's.
        // `docker run ... > out.txt`: what the container printed goes to the file, appended by the session it was
        // typed in; what a failing line printed is its standard error (as run-command.ts reads it): on the screen.
        if (r?.output && !e.quiet && e.to && r.exitCode === 0) await appendToFile(store, e.to, r.output, io);
        else if (r?.output && !e.quiet) io.print(r.output);
        const inner = r ? await applyEffects(store, r.effects, e.quiet ? { ...io, print: () => {} } : io) : null;
        if (r && !e.quiet) status = inner ?? r.exitCode;
        // The line was the container's main process: it exits with the line's status (docker run's own).
        if (e.exits) await store.getState().applyLive({ type: 'instance/exit', name: e.exits, exitCode: Math.min(255, Math.max(0, r?.exitCode ?? 0)) });
        break;
      }
      case 'cd':
        io.cd?.(e.path);
        break;
      case 'file-text':
        if (io.shell) {
          const texts = { ...(io.shell.fileTexts?.[e.where] ?? {}) };
          if (e.text === null) delete texts[e.path];
          else texts[e.path] = e.text;
          io.shell.fileTexts = { ...io.shell.fileTexts, [e.where]: texts };
        }
        break;
      case 'host-files':
        if (io.shell) io.shell.hostFiles = e.files;
        break;
      case 'shell-vars':
        if (io.shell && e.where !== undefined) io.shell.vars[e.where] = e.vars;
        break;
      case 'enter': {
        // Leaving a shell that was the container's PID 1 (`docker run -it ubuntu`, then `exit`):
        // the container's main process has ended, so the container exits with the shell's status.
        const main = io.shell?.mainShell ?? null;
        if (main !== null && e.where !== main) {
          io.shell!.mainShell = null;
          if (store.getState().view?.instances.some((i) => i.name === main && (i.state === 'running' || i.state === 'booting'))) {
            await s.applyLive({ type: 'instance/exit', name: main, exitCode: e.exitCode ?? 0 });
          }
        }
        if (e.mainProcess && io.shell) io.shell.mainShell = e.where;
        io.enter(e.where);
        break;
      }
      case 'clear':
        io.clear();
        break;
    }
  }
  return status;
}
