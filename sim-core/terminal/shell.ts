/** The shell's own commands in one place (host, VM or container), and `help`. */
import type { Simulation } from '../engine/state';
import type { CommandResult } from './types';
import { fail, ok } from './types';
import type { Place } from './place';
import { free, idLine, ipAddr, ipBrief, mountList, psAux, psEf, unameAll } from './system-info';
import { cat, ls, rm } from './files';

export const HELP = `Commands that work here (output shaped like the real tools):
  on the host   docker run [-d] [--name N] [-m 256m] [--cpus 0.5] [--network host]
                           [--runtime runsc|kata-runtime] IMAGE
                docker ps [-a] | stats [--no-stream] | images | pull IMAGE
                docker stop|start|rm [-f]|update [-m ..] [--cpus ..] NAME
                docker exec [-it] NAME CMD
                vagrant up|halt|status|destroy|ssh [NAME]
                time CMD
  anywhere      ps [-ef|aux]  hostname  uname [-r|-a]  ip addr  mount  free [-m|-h]
                cat FILE  ls [-l] [DIR]  echo TEXT [> FILE]  rm FILE  id  whoami
                clear  exit  help
Inside a container ls/cat/rm/echo > work on its merged (overlay) filesystem; writes copy up.
Every image here has ps and ip (real slim images often lack them).`;

type ShellCommand = (sim: Simulation, place: Place, args: string[]) => CommandResult;

function ps(sim: Simulation, place: Place, args: string[]): CommandResult {
  const bsd = args.some((a) => /^[a-z]*a[a-z]*u|^aux$/.test(a) && !a.startsWith('-'));
  // The model keeps no per-process start times: a container's processes started with it, the rest at boot.
  const startMs = place.kind === 'container' ? sim.state.instances[place.where]?.startedAtMs ?? 0 : 0;
  return ok(bsd ? psAux(place.view, startMs) : psEf(place.view, startMs));
}

function uname(_sim: Simulation, place: Place, args: string[]): CommandResult {
  if (args.includes('-a') || args.includes('--all')) return ok(unameAll(place.view));
  if (args.includes('-r')) return ok(place.view.unameR);
  if (args.includes('-n')) return ok(place.view.hostname);
  if (args.includes('-m')) return ok('x86_64');
  return ok('Linux');
}

function ip(_sim: Simulation, place: Place, args: string[]): CommandResult {
  const brief = args.includes('-br') || args.includes('-brief');
  const object = args.find((a) => !a.startsWith('-'));
  if (object === undefined) return fail('Usage: ip [ OPTIONS ] OBJECT { COMMAND | help }\nwhere  OBJECT := { address | link | route | ... }', 255);
  if (!'address'.startsWith(object) && object !== 'a') return fail(`ip ${object}: (utsuwa simulates only "ip addr")`, 1);
  return ok(brief ? ipBrief(place.view) : ipAddr(place.view));
}

function freeCmd(_sim: Simulation, place: Place, args: string[]): CommandResult {
  const unit = args.includes('-h') ? 'h' : args.includes('-m') ? 'm' : args.includes('-g') ? 'g' : args.includes('-b') ? 'b' : 'k';
  return ok(free(place.memory, unit));
}

const COMMANDS: Record<string, ShellCommand> = {
  ps,
  uname,
  ip,
  free: freeCmd,
  hostname: (_s, p) => ok(p.view.hostname),
  mount: (_s, p) => ok(mountList(p.view)),
  id: (_s, p) => ok(idLine(p.user)),
  whoami: (_s, p) => ok(p.user.name),
  pwd: (_s, p) => ok(p.cwd),
  ls,
  cat,
  rm,
  echo: (_s, _p, args) => (args[0] === '-n' ? ok(args.slice(1).join(' ')) : ok(args.join(' '))),
  help: () => ok(HELP),
  true: () => ok(''),
  false: () => fail('', 1),
};

export function shellCommand(name: string): ShellCommand | undefined {
  return Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
}

/** `echo` without the trailing newline flag adds one: what a redirect writes. */
export function echoWrites(args: readonly string[]): string {
  return args[0] === '-n' ? args.slice(1).join(' ') : args.join(' ') + '\n';
}
