/**
 * `docker run` and `docker create`: the real CLI's grammar (sim-core/docker/run-options.ts)
 * to a ContainerSpec, the image resolved against the catalogue, the effects that add (and,
 * for run, start) it, docker's output and errors.
 */
import type { ContainerSpec } from '../scenario/types';
import type { Simulation } from '../engine/state';
import { containerIdOf } from '../engine/inspect';
import type { CommandResult, TerminalEffect, Where } from './types';
import { fail, ok } from './types';
import { imageBaseName, imageHasEntrypoint, imagePresent, uniqueName } from './facts';
import { pullLines } from './docker-images';
import { commandDef } from '../docker/commands';
import { parseRunArgs, type RunContext } from '../docker/run-options';
import { resolveImage, sameRepository } from '../docker/image-resolve';
import { familiarString } from '../docker/reference';
import { notSimulatedLine } from '../docker/run-coverage';
import { cpusAvailable } from '../rules/index';
import { dockerObjects } from './docker-objects';
import { platformLines } from './docker-platform';
import { portsTaken } from './docker-ports';
import { imageHasProgram, imageLacksProgram, runsImageServer } from './image-programs';
import { simulatesCommand } from './shell';
import { mainProcessLifetime } from '../engine/main-process';

/** Docker's own check on names (daemon/names.go): at least two characters. */
const VALID_NAME = /^\/?[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;

export interface RunOptions {
  /** `time docker run`: wait for the container to be ready, then print real/user/sys. */
  timed: boolean;
  /** How the command was typed (`docker run`, `docker container create`), for its messages. */
  typed?: string;
  /** The client's side: the host shell's files and environment (`--env-file`). */
  client?: DockerClient;
}

/** What the docker client reads on the machine it runs on. */
export interface DockerClient {
  readFile(path: string): string | null;
  lookupEnv(name: string): string | undefined;
  /** filepath.Abs in the client's working directory. */
  absolute(path: string): string;
  /** Writes a host file (`--cidfile`): the effect that keeps it, or the shell's error. */
  writeFile?(path: string, text: string): CommandResult;
}

const SHELLS = new Set(['bash', 'sh', '/bin/bash', '/bin/sh', 'ash', '/bin/ash']);

/** Apps whose default command reads its commands from stdin: a shell, Python's and Node's REPLs. */
const PROMPT_APPS = new Set(['shell', 'python', 'node']);

/** User-defined networks the containers on this board already join. */
function knownNetworks(sim: Simulation): string[] {
  const out = new Set<string>();
  for (const inst of sim.scenario.instances) if (inst.kind === 'container') for (const n of inst.networks ?? []) out.add(n);
  for (const n of dockerObjects(sim).networks) out.add(n);
  return [...out];
}

/** The CPUs of the kernel the daemon at `where` runs on: the host's cores, or its VM's vCPUs (the rules'). */
export function daemonCpus(sim: Simulation, where: Where): number {
  const vm = where === 'host' ? undefined : sim.scenario.instances.find((i) => i.name === where);
  return cpusAvailable(sim.scenario.host.cpus, vm?.kind === 'vm' ? vm : null);
}

export function dockerRun(sim: Simulation, args: readonly string[], where: Where, opts: RunOptions = { timed: false }, create = false): CommandResult {
  const def = commandDef(create ? 'container create' : 'container run');
  const found = { def, typed: opts.typed ?? (create ? 'docker create' : 'docker run') };
  const ctx: RunContext = { hostCpus: daemonCpus(sim, where), networks: knownNetworks(sim) };
  if (opts.client) {
    ctx.readFile = (p) => opts.client!.readFile(p);
    ctx.lookupEnv = (n) => opts.client!.lookupEnv(n);
  }
  const parsed = parseRunArgs(found, args, ctx);
  if (!parsed.ok) return { output: parsed.output, exitCode: parsed.exitCode, effects: [] };
  const plan = parsed.plan;
  // The client makes a relative bind source (`-v ./dir:/data`) absolute in its working directory (container/opts.go).
  if (opts.client && plan.spec.mounts) {
    plan.spec.mounts = plan.spec.mounts.map((m) => (m.type === 'bind' && m.source.startsWith('.') ? { ...m, source: opts.client!.absolute(m.source) } : m));
  }
  const runError = (message: string): CommandResult => fail(`docker: ${message.replace(/\.$/, '')}.\nSee '${found.typed} --help'.`, 125);
  // container/create.go newCIDFile: before anything is created, the file must not exist.
  if (plan.cidfile !== null && opts.client?.readFile(plan.cidfile) != null) {
    return runError(`container ID file found, make sure the other container isn't running or delete ${plan.cidfile}`);
  }

  const resolved = resolveImage(plan.imageTyped, sim.catalogue.images);
  if (!resolved.ok) {
    if (resolved.kind === 'invalid') return runError(resolved.error);
    const head = plan.quiet ? '' : `Unable to find image '${resolved.shown}' locally\n`;
    if (plan.pull === 'never') return runError(`Error response from daemon: No such image: ${resolved.shown}`);
    if (resolved.kind === 'no-such-repository') {
      return fail(`${head}docker: Error response from daemon: pull access denied for ${resolved.repository}, repository does not exist or may require 'docker login': denied: requested access to the resource is denied.\nSee '${found.typed} --help'.`, 125);
    }
    const same = sameRepository(resolved.ref, sim.catalogue.images);
    const hint = same.length > 0 ? `; it has ${same.join(', ')}` : `; it has ${Object.keys(sim.catalogue.images).join(', ')}`;
    return fail(`${head}utsuwa: ${resolved.shown} is not in the simulator's catalogue, so it cannot be pulled here${hint}`, 125);
  }
  const image = sim.catalogue.images[resolved.key]!;
  const kernelOs = where === 'host' ? sim.scenario.host.os : 'linux';
  if (image.os !== kernelOs) return runError(`no matching manifest for ${kernelOs}/amd64 in the manifest list entries`);
  const shown = familiarString(resolved.ref);
  const platform = platformLines(image, plan.spec.platform);
  if ('error' in platform) return runError(platform.error);
  if (plan.pull === 'never' && !imagePresent(sim, image)) return runError(`Error response from daemon: No such image: ${shown}`);

  const given = plan.name;
  if (given !== null && !VALID_NAME.test(given)) return runError(`Error response from daemon: Invalid container name (${given}), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed`);
  const name = given?.replace(/^\//, '') ?? uniqueName(imageBaseName(image.ref), sim);
  if (sim.state.instances[name] || sim.scenario.instances.some((i) => i.name === name)) {
    return runError(`Error response from daemon: Conflict. The container name "/${name}" is already in use by container "${containerIdOf(name)}". You have to remove (or rename) that container to be able to reuse that name`);
  }

  const spec: ContainerSpec = {
    ...plan.spec, name, image: resolved.key, in: where === 'host' ? null : where,
    ...(plan.imageTyped !== resolved.key ? { imageRef: plan.imageTyped } : {}),
  };
  const lines: string[] = [...plan.warnings, ...platform.warnings];
  const pulling = plan.pull === 'always' || !imagePresent(sim, image);
  if (pulling) {
    if (!imagePresent(sim, image) && !plan.quiet) lines.push(`Unable to find image '${shown}' locally`);
    if (!plan.quiet) lines.push(...pullLines(sim, image, imagePresent(sim, image), resolved.ref));
  }
  const note = notSimulatedLine(plan.notSimulated);
  // Created, then its start fails: another running container holds a host port it publishes.
  const portError = create ? null : portsTaken(sim, spec);
  if (portError !== null) {
    const refused = runError(portError);
    return { ...refused, output: [...lines, refused.output].join('\n'), effects: [{ kind: 'add-container', spec, start: false }] };
  }
  const effects: TerminalEffect[] = [{ kind: 'add-container', spec, ...(create ? { start: false as const } : {}) }];
  // A named volume the daemon does not have yet is created with the container and outlives it
  // (`docker run --rm -v data:/data ...`, then `docker volume ls` still lists data).
  const objects = dockerObjects(sim);
  const newVolumes = [...new Set((spec.mounts ?? []).filter((m) => m.type === 'volume' && m.source && !objects.volumes.includes(m.source)).map((m) => m.source!))];
  if (where === 'host' && newVolumes.length > 0) effects.push({ kind: 'docker-objects', objects: { ...objects, volumes: [...objects.volumes, ...newVolumes] } });
  // The ID, without a newline, once the container is created.
  if (plan.cidfile !== null && opts.client?.writeFile) effects.push(...opts.client.writeFile(plan.cidfile, containerIdOf(name)).effects);
  if (create) {
    lines.push(containerIdOf(name));
    if (note) lines.push(note);
    lines.push(...platform.notes);
    return ok(lines.join('\n'), effects);
  }
  const isShellImage = image.app === 'shell';
  const shell = spec.command?.length === 1 ? SHELLS.has(spec.command[0]!) : spec.command === undefined && isShellImage;
  // PID 1 waits at a prompt on stdin: without -i or -t it reads end-of-file and exits.
  const prompt = shell || (spec.command === undefined && !spec.entrypoint?.length && PROMPT_APPS.has(image.app));
  // What the command line makes PID 1 run: --entrypoint with the command, or the command alone;
  // the image's server spelled out (`nginx -g "daemon off;"`) serves as the default command does.
  const typedCommand = spec.entrypoint?.length ? [...spec.entrypoint, ...(spec.command ?? [])] : spec.command;
  const own = typedCommand && runsImageServer(image, typedCommand) ? undefined : typedCommand;
  // The runtime cannot start PID 1: a program the image does not have (`docker run -it alpine
  // bash`), or an option typed after an image without an ENTRYPOINT, which Docker takes as the
  // command (`docker run -d python:3.12 -p 8080:80`). The container stays Created (removed with
  // --rm); exit status 127.
  const first = typedCommand?.[0];
  const unstartable = first !== undefined && ((first.startsWith('-') && (spec.entrypoint?.length || !imageHasEntrypoint(image))) || imageLacksProgram(sim, resolved.key, first));
  if (unstartable) {
    const refused = fail(`docker: Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: "${first}": executable file not found in $PATH: unknown.\nSee '${found.typed} --help'.`, 127);
    return { ...refused, output: [...lines, refused.output].join('\n'), effects: spec.autoRemove ? [] : [{ kind: 'add-container', spec, start: false }] };
  }
  // A line the terminal can run in the container: it ends, and the container exits with its status.
  const oneShot = own !== undefined && !shell && (isShellImage || imageHasProgram(image, own[0]!) || simulatesCommand(own[0]!));
  const wait: TerminalEffect = { kind: 'wait-ready', name, after: '', time: opts.timed ? DOCKER_CLI_CPU : null };
  // A main process whose end the engine models (a sleep, hello-world): the engine ends it, at each start.
  const lifetime = mainProcessLifetime(sim.catalogue, spec);
  // The container's main process ends by itself (exit 0 for a program that is done), and --rm removes it.
  const removed: TerminalEffect[] = spec.autoRemove ? [{ kind: 'remove', name }] : [];
  const exit: TerminalEffect[] = [{ kind: 'live', action: { type: 'instance/exit', name, exitCode: 0 } }, ...removed];
  /**
   * Detached, a main process that ends by itself still ends: a prompt (a shell, a REPL) given
   * neither -i nor -t reads end-of-file at once and exits 0 (the learner's "why does my
   * container exit at once?"); hello-world prints and exits; a line the terminal runs (`true`, `sh -c "exit 3"`)
   * exits with its status, its output not shown (it goes to the container's log). A main process
   * the engine ends itself (`sleep 5`, hello-world) is left to it; another line that sleeps is
   * left running.
   */
  const detachedEnd = (): TerminalEffect[] => {
    if (lifetime) return [];
    if (prompt) return plan.interactive || plan.tty ? [] : exit;
    if (own === undefined) return [];
    if (!oneShot || own.some((w) => /\bsleep\b/.test(w))) return [];
    return [{ kind: 'run', line: own.map(quoteWord).join(' '), where: name, exits: name, quiet: true }, ...removed];
  };
  if (plan.detach) {
    // docker run -d prints the ID once the container has started (its process runs), not before the pull.
    lines.push(containerIdOf(name));
    effects.push({ kind: 'wait-started', name }, ...detachedEnd());
  } else if (lifetime) {
    // `docker run hello-world`, `docker run busybox sleep 5`: attached, docker returns when the
    // container's process ends, with its exit code, having printed what it wrote.
    effects.push({ kind: 'wait-exit', name, silent: true }, { kind: 'run', line: `docker logs ${name}`, where }, ...removed);
  } else if (prompt && !plan.interactive && !plan.tty) {
    // `docker run ubuntu`, `docker run python:3.12`: the prompt reads end-of-file at once and
    // the container exits 0 without a word.
    effects.push(wait, ...exit);
  } else if (plan.interactive && plan.tty && shell) {
    // `docker run -it ubuntu bash`: the terminal opens a shell in it once it runs.
    effects.push(wait, { kind: 'enter', where: name, mainProcess: true });
  } else if (oneShot) {
    // `docker run busybox echo hello`, `docker run --rm node:22 node --version`, `docker run
    // postgres id`, `--entrypoint /bin/echo`: the command runs in the container, which exits after it.
    effects.push(wait, { kind: 'run', line: own!.map(quoteWord).join(' '), where: name, exits: name, tty: plan.tty }, ...removed);
  } else {
    // Attached: docker prints what the container writes. The terminal waits until it serves and
    // prints its output so far; a server is left running, as a Ctrl+P Ctrl+Q would leave it.
    effects.push(wait, { kind: 'run', line: `docker logs ${name}`, where });
  }
  if (own && !shell && !oneShot) lines.push(`(utsuwa: the image's default command runs; "${own.join(' ')}" is not simulated)`);
  if (note) lines.push(note);
  lines.push(...platform.notes);
  // (A main process the engine ends is timed by the shell's `time` to its end: run-command.ts.)
  if (opts.timed && !lifetime && !effects.some((e) => e.kind === 'wait-ready')) effects.push({ kind: 'wait-ready', name, after: '', time: DOCKER_CLI_CPU });
  return ok(lines.join('\n'), effects);
}

/** Quotes a word back for re-parsing when it holds blanks or shell characters. */
export function quoteWord(w: string): string {
  return /^[\w@%+=:,./-]+$/.test(w) ? w : `'${w.replace(/'/g, `'\\''`)}'`;
}

/**
 * The docker client's own CPU time for one command (it waits on the daemon): tens of
 * milliseconds, an estimate of a Go CLI's startup, not simulated.
 */
export const DOCKER_CLI_CPU = { userMs: 21, sysMs: 13 };
