/**
 * Flags of the docker subcommands other than run/create, read with the real CLI's flag
 * table (sim-core/docker/cli-table-*.ts): every real flag is accepted; the ones a command
 * here does not act on are named in one line of the terminal's own.
 */
import { commandDef, checkArgs, flagError, useLine } from '../docker/commands';
import { dockerSetCheck } from '../docker/flag-checks';
import { parseBool } from '../docker/go-parse';
import { notSimulatedLine } from '../docker/run-coverage';
import { parseFlags } from './flags';
import type { CommandResult } from './types';
import { fail, ok } from './types';

export type DockerFlags =
  | { ok: true; values: Record<string, string[]>; rest: string[]; note: string | null }
  | { ok: false; result: CommandResult };

/** True when a bool flag's last value reads true (`-a`, `--all=true`; not `--all=false`). */
export function isSet(values: Record<string, string[]>, name: string): boolean {
  const v = values[name]?.at(-1);
  if (v === undefined) return false;
  const r = parseBool(v);
  return r.ok && r.value;
}

/**
 * Parses `args` for the command at `path` (`container ls`) typed as `typed` (`docker ps`);
 * `honoured` lists the flags this simulation acts on.
 */
export function dockerFlags(path: string, typed: string, args: readonly string[], honoured: readonly string[]): DockerFlags {
  const def = commandDef(path);
  const found = { def, typed };
  const parsed = parseFlags(args, def.flags, { interspersed: def.interspersed ?? true, check: dockerSetCheck });
  if (!parsed.ok) return { ok: false, result: fail(flagError(found, parsed.error), 125) };
  if (isSet(parsed.values, 'help')) return { ok: false, result: ok(`Usage:  ${useLine(found)}\n\n${def.short}`) };
  const problem = checkArgs(found, parsed.rest.length);
  if (problem) return { ok: false, result: fail(problem, 1) };
  const ignored: string[] = [];
  for (const g of parsed.given) if (!honoured.includes(g.name) && !ignored.includes(g.as)) ignored.push(g.as);
  return { ok: true, values: parsed.values, rest: parsed.rest, note: notSimulatedLine(ignored) };
}

/** A command's output with the not-simulated line after it. */
export function withNote(result: CommandResult, note: string | null): CommandResult {
  if (!note) return result;
  return { ...result, output: result.output ? `${result.output}\n${note}` : note };
}
