/**
 * One command line typed in the terminal, run against the simulation without changing it:
 * the output as the real tool prints it, and the effects the page applies through the store.
 * Lists (`&&`, `||`, `;`) and pipelines into text filters are read here; a list item after one
 * with effects runs once the page has applied them (a `run` effect with the rest of the line).
 */
import type { Simulation } from '../engine/state';
import type { CommandResult, RunInside, ShellVars, TerminalEffect, Where } from './types';
import { fail, ok } from './types';
import { DEV_NULL, tokenize, type Redirect } from './tokenize';
import { docker } from './docker';
import { vagrant } from './vagrant';
import { isPlace, placeOf, type Place } from './place';
import { commandNotFound, echoWrites, shellCommand, HELP } from './shell';
import { absolute, writeRedirect } from './files';
import { hostCat, hostLs, hostRm, hostTouch, hostWrite, readHostFile, type HostFiles } from './host-files';
import type { DockerClient } from './docker-run';
import { formatTimeLines } from './format';
import { DOCKER_CLI_CPU } from './docker-run';
import { expandVariables, splitList, type ListItem, type Substitute } from './command-list';
import { filterFor } from './filters';
import { environment } from './environment';
import { changeDirectory } from './cd';
import { imageProgram } from './image-programs';
import { assign, commandOnly, exportedLines, exportVars, leadingAssignments, unsetVars } from './shell-vars';
import { forkBombName, runForkBomb, type ShellName } from './fork-bomb';
import { unwrapSudo } from './sudo';
import { parseHereDoc } from './heredoc';
import { nsenter } from './nsenter';
import { printfText } from './printf';
import { carryRedirect, outputCarrier } from './output-to-file';
import { quoteWord } from './docker-run';

/** A command that returns at once: the CLI's own round trip (an estimate, not simulated). */
const INSTANT = { realMs: 38, userMs: DOCKER_CLI_CPU.userMs, sysMs: DOCKER_CLI_CPU.sysMs };

/** A small program's own start and exit (`sleep`): about a millisecond (an estimate, not simulated). */
const SMALL_PROGRAM = { realMs: 2, userMs: 1, sysMs: 0 };

/** The shell's session state the page keeps between lines: the working directory (null: the place's own). */
export interface Session {
  cwd?: string | null;
  /** The shell reading the line when it is not the place's own (`sh -c` runs dash on Debian images). */
  shell?: ShellName;
  /** Inside `$(...)`: where what goes to stderr is collected (it is not part of the substitution). */
  stderr?: string[];
  /** `$?` when the line starts: the last line's exit status. */
  status?: number;
  /** The host shell's files (terminal/host-files.ts), kept by the page's session. */
  hostFiles?: HostFiles;
  /** This place's shell variables (terminal/shell-vars.ts), kept by the page's session. */
  vars?: ShellVars;
  /** Set when the line is exec'd directly (`docker exec NAME CMD`): true with -t, false without; absent: typed into a shell. */
  tty?: boolean;
  /** The texts of files the terminal wrote, by place then path (Place.fileTexts), kept by the page's session. */
  fileTexts?: Record<Where, Record<string, string>>;
  /** A here-document's text: the standard input of the line's first command (heredoc.ts). */
  stdin?: string;
}

export function runCommand(sim: Simulation, line: string, where: Where, session: Session = {}): CommandResult {
  const doc = line.includes('\n') ? parseHereDoc(line) : null;
  if (doc) {
    // An unquoted delimiter: the text has its variables and substitutions expanded first, as bash does.
    const stderr: string[] = [];
    const body = doc.expand ? expandVariables(doc.body, variables(sim, where, session, session.status ?? 0), substitution(sim, where, session, stderr), (m) => stderr.push(m)) : doc.body;
    if (body === null) return fail(stderr.join('\n'), 1);
    const r = runCommand(sim, doc.command, where, { ...session, stdin: body });
    const warning = doc.closed ? null : `bash: warning: here-document delimited by end-of-file`;
    return withStderr([...stderr, ...(warning ? [warning] : [])].join('\n'), r);
  }
  const bomb = forkBombName(line);
  if (bomb !== null && !windowsPlace(sim, where)) return runForkBomb(sim, where, bomb, session.shell ?? placeShell(sim, where));
  const list = splitList(line);
  if ('error' in list) return fail(list.error, 2);
  const outputs: string[] = [];
  const effects: TerminalEffect[] = [];
  let status = session.status ?? 0;
  let vars = session.vars ?? {};
  const items = list.items;
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if ((item.when === 'and' && status !== 0) || (item.when === 'or' && status === 0)) continue;
    const r = runPipeline(sim, item.stages, where, i === 0 ? { ...session, vars } : { ...session, vars, stdin: undefined }, status);
    if (r.output) outputs.push(r.output);
    effects.push(...r.effects.map((e) => (e.kind === 'shell-vars' ? { ...e, where } : e)));
    status = r.exitCode;
    // What an assignment set, the rest of the line sees (`CID=$(docker ps -q); docker stop $CID`).
    for (const e of r.effects) if (e.kind === 'shell-vars') vars = e.vars;
    if (session.shell && /^\s*exit(\s|$)/.test(item.stages[0] ?? '')) break;
    const rest = items.slice(i + 1);
    if (r.effects.some((e) => e.kind !== 'shell-vars') && rest.length > 0) {
      // What follows must see what this did: the page runs the rest once the effects are applied.
      const next = deferred(rest, status);
      if (next) effects.push({ kind: 'run', line: next, where, status });
      break;
    }
  }
  return { output: outputs.join('\n'), exitCode: status, effects };
}

/** The rest of a list as a line of its own, starting at the first item that runs after `status`. */
function deferred(rest: readonly ListItem[], status: number): string | null {
  const s = status;
  let start = -1;
  for (let i = 0; i < rest.length; i++) {
    const it = rest[i]!;
    if ((it.when === 'and' && s !== 0) || (it.when === 'or' && s === 0)) continue;
    start = i;
    break;
  }
  if (start < 0) return null;
  const op = { always: ' ; ', and: ' && ', or: ' || ' } as const;
  return rest.slice(start).map((it, i) => (i === 0 ? '' : op[it.when]) + it.stages.join(' | ')).join('');
}

function variables(sim: Simulation, where: Where, session: Session, status: number): (name: string) => string | undefined {
  let env: Map<string, string> | null = null;
  return (name) => {
    if (name === '?') return String(status);
    const own = session.vars?.[name];
    if (own) return own.value;
    if (!env) {
      const place = placeOf(sim, where);
      env = new Map(isPlace(place) ? environment(sim, withCwd(place, session)).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)] as [string, string]) : []);
    }
    return env.get(name);
  };
}

function withCwd(place: Place, session: Session): Place {
  const cwd = session.cwd ? { ...place, cwd: session.cwd } : place;
  const own = session.fileTexts?.[place.where];
  const texts = own ? { ...cwd, fileTexts: own } : cwd;
  return session.tty === undefined ? texts : { ...texts, tty: session.tty };
}

/**
 * `$(command)`: the command runs in the same place and its output is substituted. What it
 * prints on failure goes to the terminal, as stderr does in bash. A command that would change
 * the simulation (start, stop, write...) cannot run inside another line here: said, not done.
 */
function substitution(sim: Simulation, where: Where, session: Session, stderr: string[]): Substitute {
  return (command) => {
    const r = runCommand(sim, command, where, { ...session, stderr });
    if (r.effects.some((e) => e.kind !== 'clear')) {
      stderr.push(`utsuwa: $(${command.trim()}) changes the simulation, which a substitution cannot do here; run it on a line of its own`);
      return null;
    }
    if (r.exitCode === 0) return r.output;
    if (r.output) stderr.push(r.output);
    return '';
  };
}

/** A stage with its variables and substitutions expanded, or the failure that stopped it. */
function expandStage(sim: Simulation, stage: string, where: Where, session: Session, lookup: (name: string) => string | undefined): { text: string; stderr: string } | CommandResult {
  // Nested in a substitution, stderr goes to the outermost line's; there, before its output.
  const stderr: string[] = session.stderr ?? [];
  const text = expandVariables(stage, lookup, substitution(sim, where, session, stderr), (m) => stderr.push(m));
  if (text === null) return session.stderr ? fail('', 1) : fail(stderr.join('\n'), 1);
  return { text, stderr: session.stderr ? '' : stderr.join('\n') };
}

function withStderr(stderr: string, result: CommandResult): CommandResult {
  return stderr ? { ...result, output: result.output ? `${stderr}\n${result.output}` : stderr } : result;
}

function runPipeline(sim: Simulation, stages: readonly string[], where: Where, session: Session, status: number): CommandResult {
  const lookup = variables(sim, where, session, status);
  const first = expandStage(sim, stages[0]!, where, session, lookup);
  if (!('text' in first)) return first;
  let result = withStderr(first.stderr, runSimple(sim, first.text, where, session, stages.length > 1));
  // `docker run alpine cat /etc/os-release | grep PRETTY`, `docker run hello-world | head -3`:
  // what the container writes comes later, from a line the page runs once it has started; the
  // filters go with that line. What docker printed itself (a pull's progress) is its stderr, not piped.
  const carrier = stages.length > 1 ? outputCarrier(result.effects) : -1;
  if (carrier >= 0 && stages.slice(1).every((s) => filterFor(tokenize(s).argv[0] ?? '') !== null)) {
    // `| grep ID > ids.txt`: the filters run with the container's line; the file is the host session's.
    const last = tokenize(stages[stages.length - 1]!);
    const filters = last.redirect ? [...stages.slice(1, -1), last.argv.map(quoteWord).join(' ')] : stages.slice(1);
    const effects = result.effects.map((e, i) => (i === carrier && e.kind === 'run' ? { ...e, line: [e.line, ...filters].join(' | ') } : e));
    return last.redirect ? redirectCarried(sim, where, session, last.redirect, { ...result, effects }, carrier) : { ...result, effects };
  }
  for (const stage of stages.slice(1)) {
    const expanded = expandStage(sim, stage, where, session, lookup);
    if (!('text' in expanded)) return expanded;
    const tokens = tokenize(expanded.text);
    if (tokens.error) return fail(tokens.error, 2);
    const [name, ...args] = tokens.argv;
    if (name === undefined) return fail("bash: syntax error near unexpected token `|'", 2);
    const filter = filterFor(name);
    const input = result.output ? `${result.output}\n` : '';
    const filtered = filter ? filter(input, args) : runSimple(sim, expanded.text, where, { ...session, stdin: undefined }, false);
    result = withStderr(expanded.stderr, { output: filtered.output, exitCode: filtered.exitCode, effects: [...result.effects, ...filtered.effects] });
    if (tokens.redirect && result.exitCode === 0) result = redirectTo(sim, where, session, tokens.redirect, result, result.output ? `${result.output}\n` : '');
  }
  return result;
}

/** `docker run ... > FILE`: the file opened now (output-to-file.ts), the container's output appended when it comes. */
function redirectCarried(sim: Simulation, where: Where, session: Session, redirect: Redirect, result: CommandResult, carrier: number): CommandResult {
  return carryRedirect(result, carrier, where, redirect.path, () => redirectTo(sim, where, session, redirect, { ...result, effects: [] }, ''));
}

function redirectTo(sim: Simulation, where: Where, session: Session, redirect: Redirect, result: CommandResult, text: string): CommandResult {
  if (redirect.path === DEV_NULL) return { output: '', exitCode: result.exitCode, effects: result.effects };
  const place = placeOf(sim, where);
  if (!isPlace(place)) return place;
  const here = withCwd(place, session);
  const write = here.kind === 'host' ? hostWrite(session.hostFiles ?? {}, here, redirect.path, text, redirect.append) : writeRedirect(sim, here, redirect.path, text, redirect.append);
  return { output: write.output, exitCode: write.exitCode, effects: [...result.effects, ...write.effects] };
}

/** One simple command (`time` prefix, words, one redirection). `piped`: its output goes to the next stage, not a redirect. */
function runSimple(sim: Simulation, line: string, where: Where, session: Session, piped: boolean): CommandResult {
  const tokens = tokenize(line);
  if (tokens.error) return fail(tokens.error, 2);
  const { redirect } = tokens;
  let argv = tokens.argv;
  if (argv.length === 0) return ok('');
  // `NAME=value` alone sets a shell variable; before a command it is in that command's environment only.
  const assignments = leadingAssignments(argv);
  if (assignments === argv.length) return assign(session.vars ?? {}, argv);
  if (assignments > 0) session = { ...session, vars: commandOnly(session.vars ?? {}, argv.slice(0, assignments)) };
  argv = argv.slice(assignments);
  if (argv[0] === 'sudo') {
    const place = placeOf(sim, where);
    const unwrapped = unwrapSudo(isPlace(place) ? place : null, argv);
    if ('notInstalled' in unwrapped) return notFound(sim, 'sudo', where, session.shell);
    if ('rootShell' in unwrapped) return ok('(utsuwa: this shell already runs as root; it stays as it is)');
    argv = unwrapped.argv;
  }
  const timed = argv[0] === 'time';
  const words = timed ? argv.slice(1) : argv;
  if (timed && words.length === 0) return ok(formatTimeLines(0, 0, 0).slice(1));
  // A here-document feeds a command that reads its input (cat, grep, ...); others ignore it, as they would.
  const reader = session.stdin !== undefined ? filterFor(words[0]!) : null;
  // ls writes one name a line when its output is not a terminal: a pipe, or a process exec'd without -t.
  const result = reader ? reader(session.stdin!, words.slice(1)) : dispatch(sim, (piped || session.tty === false) && words[0] === 'ls' ? [...words, '-1'] : words, where, timed, session);
  const withTime = timed ? addTime(result, sim.state.nowMs, words[0]!) : result;
  if (withTime.exitCode !== 0) {
    // What a failing command printed is its standard error: to a file (`2> f`, `&> f`), gone (`2>/dev/null`), else on.
    const to = tokens.stderr;
    if (to === null || to === 'stdout') return withTime;
    return { ...redirectTo(sim, where, session, to, withTime, withTime.output ? `${withTime.output}\n` : ''), exitCode: withTime.exitCode };
  }
  if (!redirect || piped) return withTime;
  const carrier = words[0] === 'docker' ? outputCarrier(withTime.effects) : -1;
  if (carrier >= 0) return redirectCarried(sim, where, session, redirect, withTime, carrier);
  const text = words[0] === 'echo' ? echoWrites(words.slice(1)) : words[0] === 'printf' ? printfText(words.slice(1)).text : withTime.output ? withTime.output + '\n' : '';
  return redirectTo(sim, where, session, redirect, withTime, text);
}

/**
 * `time`: the wait-ready effect prints the real time once the instance is up; a command whose
 * effects play the simulation (`time docker stop`, `time sleep 5`) has bash's lines printed
 * after them, its real time the simulated time they took plus the CLI's own; otherwise the CLI's own.
 */
function addTime(result: CommandResult, nowMs: number, program: string): CommandResult {
  if (result.effects.some((e) => e.kind === 'wait-ready')) return result;
  if (result.effects.length > 0 && result.exitCode === 0) {
    const own = program === 'docker' || program === 'vagrant' ? INSTANT : SMALL_PROGRAM;
    return { ...result, effects: [...result.effects, { kind: 'time-lines', sinceMs: nowMs, ...own }] };
  }
  const lines = formatTimeLines(INSTANT.realMs, INSTANT.userMs, INSTANT.sysMs);
  return { ...result, output: result.output ? result.output + lines : lines.slice(1) };
}

/** `exit [N]`: N modulo 256, the last status without it; bash says `numeric argument required` and ends with 2 for a word. */
function exitStatus(arg: string | undefined, last: number): number {
  if (arg === undefined) return last & 255;
  return /^-?\d+$/.test(arg) ? Number(arg) & 255 : 2;
}

/** How `docker exec`, `nsenter` and the like run a line in another place: with -t or not, the session's file texts kept. */
function runInsideOf(sim: Simulation, session: Session): RunInside {
  return (line, where, options) => runCommand(sim, line, where, { ...(options ? { tty: options.tty } : {}), ...(session.fileTexts ? { fileTexts: session.fileTexts } : {}) });
}

function dispatch(sim: Simulation, argv: readonly string[], where: Where, timed: boolean, session: Session): CommandResult {
  const [name, ...args] = argv as [string, ...string[]];
  const inContainer = where !== 'host' && sim.state.instances[where]?.spec.kind === 'container';
  switch (name) {
    case 'docker':
      if (inContainer) return notFound(sim, name, where, session.shell);
      return docker(sim, args, where, runInsideOf(sim, session), timed, where === 'host' ? hostClient(sim, session) : undefined);
    case 'nsenter':
      return nsenter(sim, args, where, runInsideOf(sim, session));
    case 'vagrant':
      return vagrant(sim, args, where, timed, where === 'host' ? hostClient(sim, session) : undefined);
    case 'clear':
      return ok('', [{ kind: 'clear' }]);
    case 'exit':
    case 'logout':
      // `sh -c '... exit N'`: a non-interactive shell ends with N, printing nothing.
      if (session.shell && name === 'exit') return { output: '', exitCode: Number.isInteger(Number(args[0] ?? 0)) ? Number(args[0] ?? 0) & 255 : 2, effects: [] };
      if (where === 'host') return ok('logout');
      // bash's `exit` without N ends with the last command's status; the page ends the container when this shell was its PID 1.
      return ok(inContainer ? 'exit' : `logout\nConnection to ${where} closed.`, [{ kind: 'enter', where: 'host', exitCode: exitStatus(args[0], session.status ?? 0) } satisfies TerminalEffect]);
    case 'help':
      return ok(HELP);
    case 'sh':
    case 'bash':
    case 'ash':
    case '/bin/sh':
    case '/bin/bash':
      // `sh -c 'LINE'`: the shell runs LINE in the same place (docker exec NAME sh -c '...').
      if (args[0] === '-c' && args[1] !== undefined && !shellMissing(sim, name, where)) return runCommand(sim, args[1], where, { ...session, shell: shellNamed(sim, name, where) });
      break;
  }
  const place = placeOf(sim, where);
  if (!isPlace(place)) return place;
  const here = withCwd(place, session);
  if (name === 'cd') return changeDirectory(sim, here, args, here.kind === 'host' ? session.hostFiles ?? {} : undefined);
  if (name === 'export' && here.identity.userland !== 'windows') return exportVars(session.vars ?? {}, args);
  if (name === 'unset' && here.identity.userland !== 'windows') return unsetVars(session.vars ?? {}, args);
  if ((name === 'env' || name === 'printenv') && here.identity.userland !== 'windows') {
    const env = withExported(environment(sim, here), session.vars);
    if (name === 'printenv' && args.length > 0) {
      const found = args.map((a) => env.find((l) => l.startsWith(`${a}=`))?.slice(a.length + 1));
      return found.every((f) => f !== undefined) ? ok(found.join('\n')) : { output: found.filter((f) => f !== undefined).join('\n'), exitCode: 1, effects: [] };
    }
    return ok(env.join('\n'));
  }
  if (here.kind === 'host' && here.identity.userland !== 'windows') {
    const files = session.hostFiles ?? {};
    if (name === 'ls') return hostLs(files, here, args, sim);
    if (name === 'cat') return hostCat(files, here, args, sim);
    if (name === 'rm') return hostRm(files, here, args);
    if (name === 'touch') return hostTouch(files, here, args);
  }
  const command = shellCommand(name, here);
  if (!command) return imageProgram(sim, here, name, args) ?? commandNotFound(name, here, here.identity.userland === 'windows' ? undefined : session.shell);
  return command(sim, here, args);
}

/** The docker client on the host reads the session's files and the host shell's environment. */
function hostClient(sim: Simulation, session: Session): DockerClient {
  let env: string[] | null = null;
  const host = (): Place | null => {
    const place = placeOf(sim, 'host');
    return isPlace(place) ? withCwd(place, session) : null;
  };
  return {
    absolute: (path) => {
      const place = host();
      return place ? absolute(place, path) : path;
    },
    readFile: (path) => {
      const place = placeOf(sim, 'host');
      return isPlace(place) ? readHostFile(session.hostFiles ?? {}, withCwd(place, session), path) : null;
    },
    writeFile: (path, text) => {
      const place = host();
      return place ? hostWrite(session.hostFiles ?? {}, place, path, text, false) : fail(`open ${path}: no such file or directory`, 1);
    },
    lookupEnv: (name) => {
      if (env === null) {
        const place = placeOf(sim, 'host');
        env = isPlace(place) ? withExported(environment(sim, withCwd(place, session)), session.vars) : [];
      }
      const line = env.find((l) => l.startsWith(`${name}=`));
      return line === undefined ? undefined : line.slice(name.length + 1);
    },
  };
}

function windowsPlace(sim: Simulation, where: Where): boolean {
  const place = placeOf(sim, where);
  return isPlace(place) && place.identity.userland === 'windows';
}

/** The interactive shell of the place: BusyBox ash in Alpine and busybox images, else bash. */
function placeShell(sim: Simulation, where: Where): ShellName {
  const place = placeOf(sim, where);
  return isPlace(place) && place.identity.shell === 'ash' ? 'ash' : 'bash';
}

/** What `sh`/`bash` names there: sh is BusyBox ash in BusyBox images and dash in Debian and Ubuntu ones. */
function shellNamed(sim: Simulation, name: string, where: Where): ShellName {
  if (name.endsWith('bash')) return 'bash';
  return placeShell(sim, where) === 'ash' ? 'ash' : 'dash';
}

/** bash is not in BusyBox images (Alpine, busybox); ash is not in Debian-based ones. */
function shellMissing(sim: Simulation, name: string, where: Where): boolean {
  const place = placeOf(sim, where);
  if (!isPlace(place)) return false;
  const base = name.slice(name.lastIndexOf('/') + 1);
  return place.identity.userland === 'busybox' ? base === 'bash' : base === 'ash';
}

/** The shell's answer there (bash, ash, PowerShell or cmd) for a program it does not have. */
function notFound(sim: Simulation, name: string, where: Where, script?: ShellName): CommandResult {
  const place = placeOf(sim, where);
  return commandNotFound(name, isPlace(place) ? place : null, script);
}

/** The place's environment with what the shell exported (an exported name replaces the same one). */
function withExported(env: readonly string[], vars: ShellVars | undefined): string[] {
  const own = exportedLines(vars);
  if (own.length === 0) return [...env];
  const names = new Set(own.map((l) => l.slice(0, l.indexOf('='))));
  return [...env.filter((l) => !names.has(l.slice(0, l.indexOf('=')))), ...own];
}
