/** `docker run`: flags to a ContainerSpec, the effects that add and start it, docker's output and errors. */
import type { ContainerSpec, RuntimeId, ShareableNamespace } from '../scenario/types';
import type { Simulation } from '../engine/state';
import { containerIdOf } from '../engine/inspect';
import type { CommandResult, Where } from './types';
import { fail, ok } from './types';
import { parseFlags, last, type FlagDef } from './flags';
import { ramInBytes } from './format';
import { imageBaseName, imagePresent, lookupImage, uniqueName } from './facts';
import { pullLines } from './docker-images';

const RUN_FLAGS: FlagDef[] = [
  { name: 'detach', short: 'd', takesValue: false },
  { name: 'interactive', short: 'i', takesValue: false },
  { name: 'tty', short: 't', takesValue: false },
  { name: 'name', takesValue: true },
  { name: 'memory', short: 'm', takesValue: true },
  { name: 'memory-swap', takesValue: true },
  { name: 'cpus', takesValue: true },
  { name: 'cpu-shares', short: 'c', takesValue: true },
  { name: 'pids-limit', takesValue: true },
  { name: 'network', takesValue: true },
  { name: 'net', takesValue: true },
  { name: 'pid', takesValue: true },
  { name: 'ipc', takesValue: true },
  { name: 'uts', takesValue: true },
  { name: 'userns', takesValue: true },
  { name: 'runtime', takesValue: true },
];

const RUNTIMES: Record<string, RuntimeId> = { runc: 'runc', runsc: 'gvisor', gvisor: 'gvisor', 'kata-runtime': 'kata', kata: 'kata', 'io.containerd.kata.v2': 'kata' };

/** Docker's own check on names (daemon/names.go). */
const VALID_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;

function runError(message: string): CommandResult {
  return fail(`docker: ${message}\nSee 'docker run --help'.`, 125);
}

export interface RunOptions {
  /** `time docker run`: wait for the container to be ready, then print real/user/sys. */
  timed: boolean;
}

export function dockerRun(sim: Simulation, args: readonly string[], where: Where, opts: RunOptions = { timed: false }): CommandResult {
  const parsed = parseFlags(args, RUN_FLAGS);
  if (!parsed.ok) return fail(`${parsed.error}\nSee 'docker run --help'.`, 125);
  const { values, rest } = parsed;
  const typed = rest[0];
  if (!typed) return fail(`"docker run" requires at least 1 argument.\nSee 'docker run --help'.\n\nUsage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nCreate and run a new container from an image`, 125);

  const share: ShareableNamespace[] = [];
  const network = last(values, 'network') ?? last(values, 'net');
  if (network !== undefined && network !== 'bridge' && network !== 'default') {
    if (network !== 'host') return runError(`Error response from daemon: network ${network} not found.`);
    share.push('net');
  }
  for (const ns of ['pid', 'ipc', 'uts', 'userns'] as const) {
    const v = last(values, ns);
    if (v === undefined) continue;
    if (v !== 'host') return runError(`Error response from daemon: invalid --${ns}: ${v} (only "host" is simulated)`);
    share.push(ns === 'userns' ? 'user' : ns);
  }

  const memoryText = last(values, 'memory');
  const memoryBytes = memoryText === undefined ? null : ramInBytes(memoryText);
  if (memoryText !== undefined && memoryBytes === null) return fail(`invalid argument "${memoryText}" for "-m, --memory" flag: invalid size: '${memoryText}'\nSee 'docker run --help'.`, 125);
  if (memoryBytes !== null && memoryBytes < 6 * 1024 * 1024) return runError('Error response from daemon: Minimum memory limit allowed is 6MB.');
  const swapText = last(values, 'memory-swap');
  const memorySwapBytes = swapText === undefined ? null : swapText === '-1' ? -1 : ramInBytes(swapText);
  if (swapText !== undefined && memorySwapBytes === null) return fail(`invalid argument "${swapText}" for "--memory-swap" flag: invalid size: '${swapText}'\nSee 'docker run --help'.`, 125);
  const cpusText = last(values, 'cpus');
  const cpus = cpusText === undefined ? null : Number(cpusText);
  if (cpus !== null && !(cpus > 0)) return fail(`invalid argument "${cpusText}" for "--cpus" flag: failed to parse ${cpusText} as a rational number\nSee 'docker run --help'.`, 125);
  if (cpus !== null && cpus > sim.scenario.host.cpus) return runError(`Error response from daemon: range of CPUs is from 0.01 to ${sim.scenario.host.cpus}.00, as there are only ${sim.scenario.host.cpus} CPUs available`);
  const sharesText = last(values, 'cpu-shares');
  const cpuShares = sharesText === undefined ? 1024 : Number(sharesText);
  if (!Number.isInteger(cpuShares) || cpuShares < 0) return fail(`invalid argument "${sharesText}" for "-c, --cpu-shares" flag: strconv.ParseInt: parsing "${sharesText}": invalid syntax\nSee 'docker run --help'.`, 125);
  const pidsText = last(values, 'pids-limit');
  const pidsLimit = pidsText === undefined || Number(pidsText) <= 0 ? null : Math.floor(Number(pidsText));
  const runtimeText = last(values, 'runtime') ?? 'runc';
  const runtime = RUNTIMES[runtimeText];
  if (!runtime) return runError(`Error response from daemon: unknown or invalid runtime name: ${runtimeText}`);

  const found = lookupImage(sim, typed);
  if (!found.ok) {
    const head = `Unable to find image '${found.shown}' locally\n`;
    return found.kind === 'no-repository'
      ? fail(`${head}docker: Error response from daemon: pull access denied for ${found.repository}, repository does not exist or may require 'docker login': denied: requested access to the resource is denied.\nSee 'docker run --help'.`, 125)
      : fail(`${head}docker: Error response from daemon: manifest for ${found.shown} not found: manifest unknown: manifest unknown.\nSee 'docker run --help'.`, 125);
  }
  const image = found.image;
  const kernelOs = where === 'host' ? sim.scenario.host.os : 'linux';
  if (image.os !== kernelOs) {
    return runError(`no matching manifest for ${kernelOs}/amd64 in the manifest list entries.`);
  }

  const given = last(values, 'name');
  if (given !== undefined && !VALID_NAME.test(given)) return runError(`Error response from daemon: Invalid container name (${given}), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed.`);
  const name = given ?? uniqueName(imageBaseName(image.ref), sim);
  if (sim.state.instances[name] || sim.scenario.instances.some((i) => i.name === name)) {
    return runError(`Error response from daemon: Conflict. The container name "/${name}" is already in use by container "${containerIdOf(name)}". You have to remove (or rename) that container to be able to reuse that name.`);
  }

  const spec: ContainerSpec = {
    kind: 'container', name, runtime, image: image.ref, memoryBytes, memorySwapBytes, cpus, cpuShares, pidsLimit,
    in: where === 'host' ? null : where, share,
  };
  const lines: string[] = [];
  if (!imagePresent(sim, image)) lines.push(`Unable to find image '${image.ref}' locally`, ...pullLines(sim, image, false));
  const detached = values.detach !== undefined;
  if (detached) lines.push(containerIdOf(name));
  else lines.push(`(utsuwa: attached output is not simulated; ${name} runs in the background, as with -d)`);
  if (rest.length > 1) lines.push(`(utsuwa: the image's default command runs; "${rest.slice(1).join(' ')}" is not simulated)`);
  return ok(lines.join('\n'), [
    { kind: 'add-container', spec },
    ...(opts.timed ? [{ kind: 'wait-ready' as const, name, after: '', time: DOCKER_CLI_CPU }] : []),
  ]);
}

/**
 * The docker client's own CPU time for one command (it waits on the daemon): tens of
 * milliseconds, an estimate of a Go CLI's startup, not simulated.
 */
export const DOCKER_CLI_CPU = { userMs: 21, sysMs: 13 };
