/**
 * The terminal's command layer: pure functions of the simulation (no DOM). `runCommand`
 * answers one typed line with output like the real tool's and the effects the page applies.
 */
export type { CommandResult, ShellVars, TerminalEffect, Where } from './types';
export { tokenize, type Tokens } from './tokenize';
export { runCommand } from './run-command';
export { formatTimeLines, bashDuration, humanDuration, bytesSize, humanSize, ramInBytes, table, humanFree } from './format';
export { HELP } from './shell';
export { vagrantVmSpec } from './vagrant';
export { continuesOnNextLine, joinContinuation, commandLines } from './continuation';
export { parseHereDoc } from './heredoc';
export { appendOutputLine } from './output-to-file';
export type { ComposeSource } from './compose-file';
export { completeLine, commonPrefix, type Completion, type CompletionContext } from './complete';
export { formatProgress, settleProgress, type ProgressLine, type ComposeRefusal } from './compose-progress';
