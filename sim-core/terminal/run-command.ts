/**
 * One command line typed in the terminal, run against the simulation without changing it:
 * the output as the real tool prints it, and the effects the page applies through the store.
 */
import type { Simulation } from '../engine/state';
import type { CommandResult, TerminalEffect, Where } from './types';
import { fail, ok } from './types';
import { tokenize } from './tokenize';
import { docker } from './docker';
import { vagrant } from './vagrant';
import { isPlace, placeOf } from './place';
import { commandNotFound, echoWrites, shellCommand, HELP } from './shell';
import { writeRedirect } from './files';
import { formatTimeLines } from './format';
import { DOCKER_CLI_CPU } from './docker-run';

/** A command that returns at once: the CLI's own round trip (an estimate, not simulated). */
const INSTANT = { realMs: 38, userMs: DOCKER_CLI_CPU.userMs, sysMs: DOCKER_CLI_CPU.sysMs };

export function runCommand(sim: Simulation, line: string, where: Where): CommandResult {
  const tokens = tokenize(line);
  if (tokens.error) return fail(tokens.error, 2);
  const { argv, redirect } = tokens;
  if (argv.length === 0) return ok('');
  const timed = argv[0] === 'time';
  const words = timed ? argv.slice(1) : argv;
  if (timed && words.length === 0) return ok(formatTimeLines(0, 0, 0).slice(1));
  const result = dispatch(sim, words, where, timed);
  const withTime = timed ? addTime(result) : result;
  if (!redirect || withTime.exitCode !== 0) return withTime;
  const place = placeOf(sim, where);
  if (!isPlace(place)) return place;
  const text = words[0] === 'echo' ? echoWrites(words.slice(1)) : withTime.output ? withTime.output + '\n' : '';
  const write = writeRedirect(sim, place, redirect.path, text, redirect.append);
  return { output: write.output, exitCode: write.exitCode, effects: [...withTime.effects, ...write.effects] };
}

/** `time`: the wait-ready effect prints the real time once the instance is up; otherwise the CLI's own. */
function addTime(result: CommandResult): CommandResult {
  if (result.effects.some((e) => e.kind === 'wait-ready')) return result;
  const lines = formatTimeLines(INSTANT.realMs, INSTANT.userMs, INSTANT.sysMs);
  return { ...result, output: result.output ? result.output + lines : lines.slice(1) };
}

function dispatch(sim: Simulation, argv: readonly string[], where: Where, timed: boolean): CommandResult {
  const [name, ...args] = argv as [string, ...string[]];
  const inContainer = where !== 'host' && sim.state.instances[where]?.spec.kind === 'container';
  switch (name) {
    case 'docker':
      if (inContainer) return notFound(sim, name, where);
      return docker(sim, args, where, (l, w) => runCommand(sim, l, w), timed);
    case 'vagrant':
      return vagrant(sim, args, where, timed);
    case 'clear':
      return ok('', [{ kind: 'clear' }]);
    case 'exit':
    case 'logout':
      return where === 'host' ? ok('logout') : ok(inContainer ? 'exit' : `logout\nConnection to ${where} closed.`, [{ kind: 'enter', where: 'host' } satisfies TerminalEffect]);
    case 'cd':
      return fail('bash: cd: (utsuwa: the shell stays in its home directory; use absolute paths)', 1);
    case 'help':
      return ok(HELP);
    case 'sh':
    case 'bash':
    case 'ash':
    case '/bin/sh':
    case '/bin/bash':
      // `sh -c 'LINE'`: the shell runs LINE in the same place (docker exec NAME sh -c '...').
      if (args[0] === '-c' && args[1] !== undefined && !shellMissing(sim, name, where)) return runCommand(sim, args[1], where);
      break;
  }
  const place = placeOf(sim, where);
  if (!isPlace(place)) return place;
  const command = shellCommand(name, place);
  if (!command) return commandNotFound(name, place);
  return command(sim, place, args);
}

/** bash is not in BusyBox images (Alpine, busybox); ash is not in Debian-based ones. */
function shellMissing(sim: Simulation, name: string, where: Where): boolean {
  const place = placeOf(sim, where);
  if (!isPlace(place)) return false;
  const base = name.slice(name.lastIndexOf('/') + 1);
  return place.identity.userland === 'busybox' ? base === 'bash' : base === 'ash';
}

/** The shell's answer there (bash, ash, PowerShell or cmd) for a program it does not have. */
function notFound(sim: Simulation, name: string, where: Where): CommandResult {
  const place = placeOf(sim, where);
  return commandNotFound(name, isPlace(place) ? place : null);
}
