/**
 * `docker run alpine echo hi > out.txt`: what the container writes comes later (a `run` effect
 * the page applies once it has started), so bash's redirection of docker's standard output
 * travels with that effect. The file is opened (created or truncated) at once, as bash opens
 * it before docker runs; what the container writes is appended when it arrives, by a line the
 * page runs in the session the command was typed in.
 */
import type { CommandResult, TerminalEffect, Where } from './types';
import { quoteWord } from './docker-run';

/** The effect carrying a container's output to the terminal: the first `run` that is not quiet; -1: none. */
export function outputCarrier(effects: readonly TerminalEffect[]): number {
  return effects.findIndex((e) => e.kind === 'run' && !e.quiet);
}

/**
 * The line that appends `output` (as the terminal would have printed it) to `path`: printf
 * with one argument a line, so nothing in the text is read as a format or an escape.
 */
export function appendOutputLine(path: string, output: string): string {
  return `printf '%s\\n' ${output.split('\n').map(quoteWord).join(' ')} >> ${quoteWord(path)}`;
}

/**
 * The result with its carrier's output sent to `path`: `open` creates or truncates the file
 * first, as bash opens it before the command runs (its failure stops the command there). What
 * docker prints itself (a pull's progress) is its stderr, still shown.
 */
export function carryRedirect(result: CommandResult, carrier: number, where: Where, path: string, open: () => CommandResult): CommandResult {
  const opened = open();
  if (opened.exitCode !== 0) return opened;
  const effects = result.effects.map((e, i) => (i === carrier && e.kind === 'run' ? { ...e, to: { where, path } } : e));
  return { output: result.output, exitCode: result.exitCode, effects: [...opened.effects, ...effects] };
}
