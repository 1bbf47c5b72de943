/** The `docker` command: subcommands dispatched as the CLI does, with its usage and error wording. */
import type { Simulation } from '../engine/state';
import type { CommandResult, Where } from './types';
import type { RunInside } from './types';
import { fail, ok } from './types';
import { dockerRun, type DockerClient } from './docker-run';
import { dockerStats } from './docker-list';
import { dockerPs } from './docker-ps';
import { dockerImages, dockerPull } from './docker-images';
import { dockerPrune, type PruneKind } from './docker-prune';
import { dockerExec, dockerRm, dockerStart, dockerStop, dockerUpdate } from './docker-manage';
import { DOCKER_TOP_LEVEL, findCommand } from '../docker/commands';
import { parseFlags, type FlagDef } from './flags';
import { dockerSetCheck } from '../docker/flag-checks';
import { isSet, withNote } from './docker-flags';
import { notSimulatedLine } from '../docker/run-coverage';
import { dockerLogs } from './docker-logs';
import { dockerWait } from './docker-wait';
import { dockerCompose } from './docker-compose';
import { dockerInspect } from './docker-inspect';
import { dockerNetwork, dockerVolume } from './docker-network';
import { dockerKill, dockerPause, dockerUnpause } from './docker-signals';
import { dockerDiff, dockerHistory, dockerInfo, dockerPort, dockerRestart, dockerRmi, dockerSystemDf, dockerTop, dockerVersion } from './docker-more';

/** docker's global options (docs/reference/commandline/docker.md, v27.3.1), before the command. */
const GLOBAL_FLAGS: FlagDef[] = [
  { name: 'config', type: 'string' }, { name: 'context', short: 'c', type: 'string' }, { name: 'debug', short: 'D', type: 'bool' },
  { name: 'host', short: 'H', type: 'list' }, { name: 'log-level', short: 'l', type: 'string' }, { name: 'tls', type: 'bool' },
  { name: 'tlscacert', type: 'string' }, { name: 'tlscert', type: 'string' }, { name: 'tlskey', type: 'string' },
  { name: 'tlsverify', type: 'bool' }, { name: 'version', short: 'v', type: 'bool' }, { name: 'help', short: 'h', type: 'bool' },
];

const USAGE = `Usage:  docker [OPTIONS] COMMAND

A self-sufficient runtime for containers

Common Commands:
  run         Create and run a new container from an image
  exec        Execute a command in a running container
  ps          List containers
  pull        Download an image from a registry
  images      List images

Management Commands:
  create      Create a new container
  start       Start one or more stopped containers
  stop        Stop one or more running containers
  rm          Remove one or more containers
  stats       Display a live stream of container(s) resource usage statistics
  update      Update configuration of one or more containers

Run 'docker COMMAND --help' for more information on a command.`;

/** Commands whose next word is a subcommand (`docker network create`). */
const MANAGEMENT = ['builder', 'buildx', 'checkpoint', 'compose', 'config', 'container', 'context', 'image', 'manifest', 'network', 'node', 'plugin', 'scout', 'secret', 'service', 'stack', 'swarm', 'system', 'trust', 'volume'];

export const DOCKER_VERSION = 'Docker version 27.3.1, build ce12230';

export function docker(sim: Simulation, argv: readonly string[], where: Where, runInside: RunInside, timed = false, client?: DockerClient): CommandResult {
  const global = parseFlags(argv, GLOBAL_FLAGS, { interspersed: false, check: dockerSetCheck });
  if (!global.ok) return fail(`${global.error}\nSee 'docker --help'.`, 125);
  if (isSet(global.values, 'version')) return ok(DOCKER_VERSION);
  const args = global.rest;
  const [sub] = args;
  if (sub === undefined || sub === 'help' || isSet(global.values, 'help')) return ok(USAGE);
  const ignored = global.given.filter((g) => g.name !== 'help' && g.name !== 'version').map((g) => g.as);
  return withNote(dispatch(sim, args, where, runInside, timed, client), notSimulatedLine([...new Set(ignored)]));
}

function dispatch(sim: Simulation, args: readonly string[], where: Where, runInside: RunInside, timed: boolean, client?: DockerClient): CommandResult {
  const [sub] = args;
  if (sub === 'compose') return dockerCompose(sim, args.slice(1), where, runInside, client);
  const found = findCommand(args);
  if (found) {
    const { typed, args: rest } = found;
    switch (found.def.path) {
      case 'container run': return dockerRun(sim, rest, where, { timed, typed, ...(client ? { client } : {}) });
      case 'container create': return dockerRun(sim, rest, where, { timed, typed, ...(client ? { client } : {}) }, true);
      case 'container ls': return dockerPs(sim, rest, where, typed);
      case 'container stats': return dockerStats(sim, rest, where, typed);
      case 'container stop': return dockerStop(sim, rest, where, typed);
      case 'container start': return dockerStart(sim, rest, where, typed);
      case 'container rm': return dockerRm(sim, rest, where, typed);
      case 'container update': return dockerUpdate(sim, rest, where, typed);
      case 'container exec': return dockerExec(sim, rest, where, runInside, typed);
      case 'image ls': return dockerImages(sim, rest, typed);
      case 'image pull': return dockerPull(sim, rest, typed);
      case 'inspect': return dockerInspect(sim, rest, where, 'inspect', typed);
      case 'container inspect': return dockerInspect(sim, rest, where, 'container inspect', typed);
      case 'image inspect': return dockerInspect(sim, rest, where, 'image inspect', typed);
      case 'network create': case 'network ls': case 'network inspect': case 'network connect': case 'network disconnect': case 'network rm':
        return dockerNetwork(sim, found.def.path.split(' ')[1]!, rest, where, typed);
      case 'volume create': case 'volume ls': case 'volume inspect': case 'volume rm':
        return dockerVolume(sim, found.def.path.split(' ')[1]!, rest, where, typed);
      case 'container logs': return dockerLogs(sim, rest, where, typed);
      case 'container top': return dockerTop(sim, rest, where, typed);
      case 'container port': return dockerPort(sim, rest, where, typed);
      case 'container restart': return dockerRestart(sim, rest, where, typed);
      case 'container kill': return dockerKill(sim, rest, where, typed);
      case 'container wait': return dockerWait(sim, rest, where, typed);
      case 'container pause': return dockerPause(sim, rest, where, typed);
      case 'container unpause': return dockerUnpause(sim, rest, where, typed);
      case 'container diff': return dockerDiff(sim, rest, where, typed);
      case 'image history': return dockerHistory(sim, rest, typed);
      case 'image rm': return dockerRmi(sim, rest, where, typed);
      case 'version': return dockerVersion(sim, rest, typed);
      case 'system info': return dockerInfo(sim, rest, where, typed);
      case 'system df': return dockerSystemDf(sim, rest, where, typed);
      case 'container prune': case 'image prune': case 'network prune': case 'volume prune': case 'system prune':
        return dockerPrune(sim, found.def.path.split(' ')[0] as PruneKind, rest, where, typed);
    }
    return fail(`utsuwa: ${typed} is a real docker command that this terminal does not simulate yet.\n(type 'help' for the commands it simulates)`, 1);
  }
  if ((DOCKER_TOP_LEVEL as readonly string[]).includes(sub!)) {
    const second = args[1];
    const words = MANAGEMENT.includes(sub!) && second !== undefined && /^[a-z][a-z-]*$/.test(second) ? `${sub} ${second}` : sub;
    return fail(`utsuwa: docker ${words} is a real docker command that this terminal does not simulate yet.\n(type 'help' for the commands it simulates)`, 1);
  }
  return fail(`docker: '${sub}' is not a docker command.\nSee 'docker --help'`, 1);
}
