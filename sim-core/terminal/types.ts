import type { ContainerOptions, ContainerSpec, UserAction, VmSpec } from '../index';
import type { ProgressLine } from './compose-progress';
import type { VagrantProvisioner } from '../import/vagrantfile';
import type { ComposeSource } from './compose-file';

/** A shell's variables: each value, and whether `export` put it in the environment of what it runs. */
export type ShellVars = Record<string, { value: string; exported: boolean }>;

/** Where a command runs: the host's shell, or a shell inside the named instance. */
export type Where = 'host' | string;

/**
 * What the page must do after a command, through the same store actions a drag or the
 * inspector uses, so that typing and dragging give the same simulation.
 */
export type TerminalEffect =
  /**
   * `docker run`: the spec joins the document with a start at the current time (the
   * palette's path); `docker create` (start: false) adds it without the start.
   */
  | { kind: 'add-container'; spec: ContainerSpec; start?: false }
  /** `vagrant up` of a machine not yet on the board. */
  | { kind: 'add-vm'; spec: VmSpec }
  /** A simulation action now: stop, start, remove of a running one, a write or delete in a container. */
  | { kind: 'live'; action: UserAction }
  /** `docker update`: the inspector's edit (live while it runs, else the document). */
  | { kind: 'edit'; name: string; patch: { memoryBytes?: number | null; cpus?: number | null } }
  /** Remove from the document (a stopped container, a destroyed VM). */
  | { kind: 'remove'; name: string }
  /**
   * Play the simulation until `name` is ready (or fails), then print `after`; with `time`,
   * also bash's real/user/sys lines (real: the model's readyMs; see formatTimeLines).
   */
  | { kind: 'wait-ready'; name: string; after: string; time: { userMs: number; sysMs: number } | null }
  /** `docker run -d`: play on until the runtime has started the container's process (pull, create, start), then return. */
  | { kind: 'wait-started'; name: string }
  /**
   * `docker compose up`: play on until each of `names` (starts held for their dependencies'
   * conditions) has started or been refused, then print Compose's progress settled by the
   * outcome (compose-progress.ts) and the first refusal.
   */
  | { kind: 'compose-wait'; names: string[]; progress: ProgressLine[] }
  /**
   * `docker wait`: play on until `name` is not running, then print its exit code; `after`:
   * the command's errors, printed last (they make it exit 1). `silent`: an attached `docker
   * run` waiting for its container's process to end: nothing printed, the exit code is the line's status.
   */
  | { kind: 'wait-exit'; name: string; after?: string; silent?: true }
  /**
   * `time CMD` whose effects play the simulation: bash's real/user/sys lines, printed after them;
   * real is the simulated time since `sinceMs` plus `realMs` (the CLI's own round trip).
   */
  | { kind: 'time-lines'; sinceMs: number; realMs: number; userMs: number; sysMs: number }
  /** `sleep`, a download: play the simulation forward by `ms` of simulated time (the page's clock moves with it), then print `after`. */
  | { kind: 'advance'; ms: number; after?: string }
  /** `vagrant up` from the directory's Vagrantfile: each machine's box and provisioners (the scenario's `vagrantfile` extension). */
  | { kind: 'vagrantfile'; machines: Record<string, { box: string; provisioners: VagrantProvisioner[] }> }
  /** `vagrant box add|remove`: the host's box store (the scenario's `vagrantBoxes`). */
  | { kind: 'vagrant-boxes'; boxes: { added: string[]; removed: string[] } }
  /**
   * Run another line once the effects before it are done (`docker run` attached prints the
   * container's output). `exits`: the line is that container's main process, which exits
   * with the line's exit code when it is done (`docker run busybox echo hi`). `status`: what `$?`
   * holds when it starts (the rest of `a && b` sees a's). `tty`: the line is exec'd as the
   * container's process, with a terminal (-t) or without one (its output a pipe: `ls` one name a line).
   * `to`: docker's output was redirected (`docker run alpine echo hi > out.txt`): what the line
   * prints is appended to that file in `where`'s session instead (output-to-file.ts).
   */
  | { kind: 'run'; line: string; where: Where; exits?: string; status?: number; quiet?: true; tty?: boolean; to?: { where: Where; path: string } }
  /**
   * The shell's variables after `NAME=value`, `export` or `unset` (the session keeps them, one
   * set per place: a shell in a container has its own).
   */
  | { kind: 'shell-vars'; vars: ShellVars; where?: Where }
  /**
   * The text of a file the terminal wrote in a container (`echo hi > /tmp/x`; null: no longer
   * known, after an append to a file it did not write). The session keeps it for `cat`.
   */
  | { kind: 'file-text'; where: Where; path: string; text: string | null }
  /** The host shell's files after a write or `rm` (the session keeps them: terminal/host-files.ts). */
  | { kind: 'host-files'; files: Record<string, string> }
  /** `docker network create|rm`, `docker volume create|rm`: the daemon's objects no container holds yet (the scenario's `dockerObjects`). */
  | { kind: 'docker-objects'; objects: { networks: string[]; volumes: string[] } }
  /**
   * `docker compose` on the directory's Compose file: the page reads it as Import does, records
   * the project (the scenario's `composeProject`) and runs `line` on it; or prints why not.
   */
  | { kind: 'compose-load'; source: ComposeSource; line: string; where: Where }
  /** `docker compose up --scale`: the project's containers and their services after the change (the scenario's `composeProject`). */
  | { kind: 'compose-members'; services: string[]; specs: ContainerSpec[] }
  /** A container's settings change in the document (`docker network connect`): the run is rebuilt with them. */
  | { kind: 'spec-edit'; name: string; patch: Partial<ContainerOptions> & { cpuShares?: number } }
  /** `cd`: the session's working directory (reset when the terminal enters another place). */
  | { kind: 'cd'; path: string }
  /** Switch the terminal to a shell in another place (`docker exec -it`, `vagrant ssh`, `exit`). */
  /**
   * `mainProcess`: the shell entered is the container's PID 1 (`docker run -it ubuntu`), so
   * leaving it ends the container; `exitCode`: the status of the shell being left (`exit 3`).
   */
  | { kind: 'enter'; where: Where; mainProcess?: true; exitCode?: number }
  /** `clear` (or Ctrl+L): wipe the screen. */
  | { kind: 'clear' };

export interface CommandResult {
  output: string;
  exitCode: number;
  effects: TerminalEffect[];
}

export function ok(output: string, effects: TerminalEffect[] = []): CommandResult {
  return { output, exitCode: 0, effects };
}

export function fail(output: string, exitCode = 1): CommandResult {
  return { output, exitCode, effects: [] };
}

/** Runs a line in another place (`docker exec`); `tty: false` when no terminal is attached (no -t). */
export type RunInside = (line: string, where: Where, options?: { tty: boolean }) => CommandResult;
