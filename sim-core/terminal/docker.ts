/** The `docker` command: subcommands dispatched as the CLI does, with its usage and error wording. */
import type { Simulation } from '../engine/state';
import type { CommandResult, Where } from './types';
import { fail, ok } from './types';
import { dockerRun } from './docker-run';
import { dockerPs, dockerStats } from './docker-list';
import { dockerImages, dockerPull } from './docker-images';
import { dockerExec, dockerRm, dockerStart, dockerStop, dockerUpdate } from './docker-manage';

const USAGE = `Usage:  docker [OPTIONS] COMMAND

A self-sufficient runtime for containers

Common Commands:
  run         Create and run a new container from an image
  exec        Execute a command in a running container
  ps          List containers
  pull        Download an image from a registry
  images      List images

Management Commands:
  start       Start one or more stopped containers
  stop        Stop one or more running containers
  rm          Remove one or more containers
  stats       Display a live stream of container(s) resource usage statistics
  update      Update configuration of one or more containers

Run 'docker COMMAND --help' for more information on a command.`;

export const DOCKER_VERSION = 'Docker version 27.3.1, build ce12230';

export function docker(sim: Simulation, args: readonly string[], where: Where, runInside: (line: string, where: Where) => CommandResult, timed = false): CommandResult {
  const [sub, ...rest] = args;
  switch (sub) {
    case 'run': return dockerRun(sim, rest, where, { timed });
    case 'ps': return dockerPs(sim, rest, where);
    case 'container': return rest[0] === 'ls' ? dockerPs(sim, rest.slice(1), where) : fail(`docker: 'container ${rest[0] ?? ''}' is not simulated.\nSee 'docker --help'`);
    case 'stats': return dockerStats(sim, rest, where);
    case 'images': return dockerImages(sim);
    case 'image': return rest[0] === 'ls' ? dockerImages(sim) : fail(`docker: 'image ${rest[0] ?? ''}' is not simulated.\nSee 'docker --help'`);
    case 'pull': return dockerPull(sim, rest);
    case 'stop': return dockerStop(sim, rest, where);
    case 'start': return dockerStart(sim, rest, where);
    case 'rm': return dockerRm(sim, rest, where);
    case 'update': return dockerUpdate(sim, rest, where);
    case 'exec': return dockerExec(sim, rest, where, runInside);
    case '--version':
    case '-v': return ok(DOCKER_VERSION);
    case undefined:
    case '--help':
    case 'help': return ok(USAGE);
    default:
      if (sub.startsWith('-')) return fail(`unknown flag: ${sub}\nSee 'docker --help'.`, 125);
      return fail(`docker: '${sub}' is not a docker command.\nSee 'docker --help'`, 1);
  }
}
