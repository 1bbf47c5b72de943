/** The shell's own commands in one place (host, VM or container), by its userland, and `help`. */
import type { Simulation } from '../engine/state';
import type { CommandResult } from './types';
import { fail, ok } from './types';
import type { Place } from './place';
import { free, idLine, ipAddr, ipBrief, mountList, psAux, psEf, psThreads, psThreadsOf, unameAll, type FreeUnit } from './system-info';
import { busyboxFree, busyboxPs, busyboxPsThreads, busyboxUnameAll } from './busybox';
import { sessionProcesses } from './ps-session';
import { processUsage } from './top-figures';
import { ulimit } from './ulimit';
import { cmdNotFound, powershellNotFound, windowsCommand } from './windows-shell';
import { cat, ls, rm } from './files';
import { sleep } from './sleep';
import { lsns } from './lsns';
import { df } from './df';
import { printf } from './printf';
import { dmesg } from './dmesg';
import { touch } from './touch';
import { curl, hasHttpTool, wget } from './http-client';
import { withContainerMounts } from './container-mounts';
import { getent, ping } from './name-lookup';
import { mountAttempt, unshare } from './kernel-calls';
import { nproc } from './nproc';
import { uptime } from './uptime';
import { lscpu } from './lscpu';
import { top } from './top';
import { commOf } from '../namespaces/pids';

export const HELP = `Commands that work here (output shaped like the real tools):
  on the host   docker run|create [every real flag] IMAGE [CMD]   (-d, -it, --rm, -p, -e, -v, --read-only, ...)
                docker ps [-a] [--filter ..] [--format ..] | stats [--no-stream] [--format ..]
                docker logs|inspect|top|port|diff|stop|start|restart|kill|wait|rm [-f]|exec [-it] NAME
                docker update [-m ..] [--cpus ..] [--cpu-shares ..] NAME
                docker images [-q] [--format ..] [REPO]|pull|history|rmi IMAGE   docker version|info|system df
                docker container|image|network|volume|system prune -f
                docker network create|ls|inspect|connect|disconnect|rm   docker volume create|ls|inspect|rm
                docker compose up|down|ps|logs|start|stop|restart   (on an imported compose.yaml, or the one in this directory)
                vagrant init [BOX]|up|halt|suspend|resume|reload|provision|status|destroy|ssh [-c CMD] [NAME]
                vagrant box add|list|remove BOX   vagrant global-status
                time CMD    sleep SECONDS (plays the simulation)    sudo CMD
  anywhere      ps [-ef|aux|-eLf|-T -p PID]  hostname  uname [-r|-a]  nproc  lscpu  uptime [-p|-s]  top -b -n 1  ulimit [-H] -n|-u  ip addr  mount  env
                free [-m|-h]  df [-h] [PATH]  dmesg  printf FORMAT [ARGS]  cat FILE  ls [-l] [DIR]  echo TEXT [> FILE]  touch FILE  rm FILE  cd DIR  pwd
                ping NAME  getent hosts NAME  curl URL  wget -qO- URL  id  whoami  clear  exit  help
                unshare [-r] [-m|-n|-p|-u|-i]  mount -t TYPE SRC DIR   (seccomp and capabilities decide)
                lsns [-t TYPE] [-p PID]   nsenter -t PID [-a|-m -u -i -n -p] [CMD]   cat /sys/fs/cgroup/FILE (in a container) or
                /sys/fs/cgroup/system.slice/docker-ID.scope/FILE (on its host): memory.max, memory.current, cpu.max, ...
  shell         a && b, a || b, a ; b, a | grep|head|tail|wc|sort|uniq, $VAR, NAME=value, export, $(command), \`command\`, $(( )),
                cat > FILE <<'EOF' ... EOF (here-documents), a trailing \\ continues the line, Tab completes
Inside a container ls/cat/rm/echo > work on its merged (overlay) filesystem; writes copy up.
On the host they work on this terminal session's own files (docker run --env-file reads them).
Alpine and busybox places answer with BusyBox's tools; Windows places with PowerShell or
cmd.exe (hostname, whoami, ipconfig, Get-Process). Every Linux image here has ps and ip
(real slim images often lack them).`;

type ShellCommand = (sim: Simulation, place: Place, args: string[]) => CommandResult;

/** The model keeps no per-process start times: a container's processes started with it, the rest at boot. */
function startOf(sim: Simulation, place: Place): number {
  return place.kind === 'container' ? sim.state.instances[place.where]?.startedAtMs ?? 0 : 0;
}

/**
 * Bare `ps` (procps): the processes of the same effective user on the same terminal as ps.
 * Typed in a shell: the shell and ps, numbered after everything else. Exec'd with -t: ps alone
 * on its new terminal. Exec'd without one: the container's own processes of that user (they
 * have no terminal either), by name (comm), then ps.
 */
function psOwnTerminal(place: Place): string {
  const row = (pid: number, tty: string, cmd: string) => `${String(pid).padStart(7)} ${tty.padEnd(8)} 00:00:00 ${cmd}`;
  // Its own processes by name (comm): the shell and `ps`, not the line typed.
  const own = sessionProcesses(place, ['ps']).map((p) => row(p.pid, p.tty, p.command));
  const rows = place.tty === false
    ? [...place.view.processes.filter((p) => p.uid === place.user.uid && !p.command.startsWith('[')).map((p) => row(p.pid, '?', commOf(p.command))), ...own]
    : own;
  return ['    PID TTY          TIME CMD', ...rows].join('\n');
}

function ps(sim: Simulation, place: Place, args: string[]): CommandResult {
  const start = startOf(sim, place);
  const dashed = args.filter((a) => a.startsWith('-')).join('').replace(/-/g, '');
  const p = args.indexOf('-p');
  if (dashed.includes('T') && p >= 0) {
    const pid = Number(args[p + 1]);
    const out = Number.isInteger(pid) ? psThreadsOf(place.view, pid) : null;
    return out === null ? fail('    PID    SPID TTY          TIME CMD', 1) : ok(out);
  }
  if (dashed.includes('L')) return ok(psThreads(place.view, start));
  const own = sessionProcesses(place, ['ps', ...args]);
  if (args.some((a) => !a.startsWith('-') && /a/.test(a) && /x/.test(a))) {
    const usage = { byPid: processUsage(sim, place, place.view.processes), totalBytes: place.memory?.totalBytes ?? 0 };
    return ok(psAux(place.view, start, own, sim.state.nowMs, usage));
  }
  if (/[eA]/.test(dashed)) return ok(psEf(place.view, start, own, sim.state.nowMs));
  return ok(psOwnTerminal(place));
}

/** BusyBox ps: -o is the only option that changes the columns; -T lists threads; other letters outside -aAdeflT are refused. */
function busyboxPsCmd(_sim: Simulation, place: Place, args: string[]): CommandResult {
  const letters = args.filter((a) => a.startsWith('-')).join('').replace(/-/g, '');
  const bad = [...letters].find((c) => !'aAdeflTwZ'.includes(c));
  if (bad) return fail(`ps: unrecognized option: ${bad}\nBusyBox v1.36.1 multi-call binary.\n\nUsage: ps [-o COL1,COL2=HEADER] [-T]`, 1);
  return ok(letters.includes('T') ? busyboxPsThreads(place.view) : busyboxPs(place.view, sessionProcesses(place, ['ps', ...args])));
}

function uname(_sim: Simulation, place: Place, args: string[]): CommandResult {
  const busybox = place.identity.userland === 'busybox';
  if (args.includes('-a') || args.includes('--all')) return ok(busybox ? busyboxUnameAll(place.view) : unameAll(place.view));
  if (args.includes('-r')) return ok(place.view.unameR);
  if (args.includes('-v')) return ok(place.view.unameV);
  if (args.includes('-n')) return ok(place.view.hostname);
  if (args.includes('-m')) return ok('x86_64');
  return ok('Linux');
}

function ip(_sim: Simulation, place: Place, args: string[]): CommandResult {
  const brief = args.includes('-br') || args.includes('-brief');
  const object = args.find((a) => !a.startsWith('-'));
  if (object === undefined) return fail('Usage: ip [ OPTIONS ] OBJECT { COMMAND | help }\nwhere  OBJECT := { address | link | route | ... }', 255);
  if (!'address'.startsWith(object) && object !== 'a') return fail(`ip ${object}: (utsuwa simulates only "ip addr")`, 1);
  if (brief) return ok(ipBrief(place.view));
  return ok(ipAddr(place.view, place.identity.userland === 'busybox' ? 'busybox' : 'iproute2'));
}

function freeUnit(args: string[]): FreeUnit {
  return args.includes('-h') ? 'h' : args.includes('-m') ? 'm' : args.includes('-g') ? 'g' : args.includes('-b') ? 'b' : 'k';
}

function freeCmd(_sim: Simulation, place: Place, args: string[]): CommandResult {
  if (!place.memory) return fail('free: /proc/meminfo: No such file or directory', 1);
  const unit = freeUnit(args);
  return ok(place.identity.userland === 'busybox' ? busyboxFree(place.memory, unit) : free(place.memory, unit));
}

const COMMANDS: Record<string, ShellCommand> = {
  ps,
  uname,
  ip,
  free: freeCmd,
  hostname: (_s, p) => ok(p.view.hostname),
  nproc,
  uptime,
  lscpu,
  top,
  mount: (s, p, args) => mountAttempt(s, p, args) ?? ok(mountList({ ...p.view, mounts: withContainerMounts(s, p, p.view.mounts) })),
  unshare,
  lsns,
  df,
  dmesg: (s, p) => dmesg(s, p),
  id: (_s, p) => ok(idLine(p.user)),
  whoami: (_s, p) => (p.user.named === false ? fail(`whoami: cannot find name for user ID ${p.user.uid}`, 1) : ok(p.user.name)),
  pwd: (_s, p) => ok(p.cwd),
  ls,
  cat,
  rm,
  touch,
  echo: (_s, _p, args) => (args[0] === '-n' ? ok(args.slice(1).join(' ')) : ok(args.join(' '))),
  printf: (_s, _p, args) => printf(args),
  help: () => ok(HELP),
  sleep: (_s, _p, args) => sleep(args),
  ping,
  getent,
  ulimit,
  true: () => ok(''),
  false: () => fail('', 1),
  curl: (s, p, args) => (hasHttpTool(s, p, 'curl') ? curl(s, p, args) : commandNotFound('curl', p)),
  wget: (s, p, args) => (hasHttpTool(s, p, 'wget') ? wget(s, p, args) : commandNotFound('wget', p)),
};

const { getent: _glibcOnly, ...BUSYBOX_BASE } = COMMANDS;
const BUSYBOX_COMMANDS: Record<string, ShellCommand> = { ...BUSYBOX_BASE, ps: busyboxPsCmd };

/** A program path in a bin directory names the command (`/bin/echo` is echo). */
export function commandBase(name: string): string {
  return /^\/(usr\/)?(local\/)?s?bin\/[^/]+$/.test(name) ? name.slice(name.lastIndexOf('/') + 1) : name;
}

/** The shell's own commands (what Tab completes in first position, with docker, vagrant and the filters). */
export const SHELL_COMMAND_NAMES: readonly string[] = [...Object.keys(COMMANDS), 'env', 'printenv', 'cd', 'clear', 'exit', 'time'];

/** True when this terminal simulates the command in a Linux place (what `docker run IMAGE CMD` can run). */
export function simulatesCommand(name: string): boolean {
  const base = commandBase(name);
  return Object.hasOwn(COMMANDS, base) || base === 'env' || base === 'printenv';
}

/** The command as this place's userland has it (null: not there). */
export function shellCommand(name: string, place: Place): ShellCommand | null {
  if (place.identity.userland === 'windows') return (_s, p, args) => windowsCommand(p, name, args);
  const table = place.identity.userland === 'busybox' ? BUSYBOX_COMMANDS : COMMANDS;
  const base = commandBase(name);
  return Object.hasOwn(table, base) ? table[base]! : null;
}

/**
 * What the place's shell answers for a name it cannot find. `script`: the shell reading a
 * `sh -c`/`bash -c` string, which names the line: dash (Debian's and Ubuntu's /bin/sh) says
 * `sh: 1: foo: not found`, BusyBox ash `sh: foo: not found`, bash `bash: line 1: foo: command not found`.
 */
export function commandNotFound(name: string, place: Pick<Place, 'identity' | 'kind'> | null, script?: 'bash' | 'dash' | 'ash'): CommandResult {
  const hint = "\n(type 'help' for the commands this terminal simulates)";
  if (script === 'dash') return fail(`sh: 1: ${name}: not found${hint}`, 127);
  if (script === 'ash') return fail(`sh: ${name}: not found${hint}`, 127);
  if (script === 'bash') return fail(`bash: line 1: ${name}: command not found${hint}`, 127);
  switch (place?.identity.shell) {
    case 'powershell': return powershellNotFound(name);
    case 'cmd': return cmdNotFound(name);
    // BusyBox ash: a login shell (SSH into an Alpine VM) is -ash, `docker exec ... sh` is sh.
    case 'ash': return fail(`${place.kind === 'vm' ? '-ash' : 'sh'}: ${name}: not found${hint}`, 127);
    default: return fail(`bash: ${name}: command not found${hint}`, 127);
  }
}

/** `echo` without the trailing newline flag adds one: what a redirect writes. */
export function echoWrites(args: readonly string[]): string {
  return args[0] === '-n' ? args.slice(1).join(' ') : args.join(' ') + '\n';
}
