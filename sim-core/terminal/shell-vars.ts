/**
 * Shell variables as bash keeps them: `NAME=value` on its own sets one (`CID=$(docker ps -q)`),
 * `export NAME[=value]` puts it in the environment of what the shell runs (so `docker run -e
 * NAME` and `env` see it), `unset NAME` removes it; `NAME=value cmd` gives it to that command
 * only. The session keeps them between lines (an effect), one set per place.
 */
import type { CommandResult, ShellVars, TerminalEffect } from './types';
import { fail, ok } from './types';

const ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s;
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** How many words at the start of a simple command are assignments. */
export function leadingAssignments(argv: readonly string[]): number {
  let n = 0;
  while (n < argv.length && ASSIGNMENT.test(argv[n]!)) n++;
  return n;
}

function effect(vars: ShellVars): TerminalEffect {
  return { kind: 'shell-vars', vars };
}

/** `A=1 B=2` alone: the variables are set (keeping whether each was exported). */
export function assign(vars: ShellVars, words: readonly string[]): CommandResult {
  const next = { ...vars };
  for (const w of words) {
    const [, name, value] = ASSIGNMENT.exec(w)!;
    next[name!] = { value: value!, exported: next[name!]?.exported ?? false };
  }
  return ok('', [effect(next)]);
}

/** `A=1 cmd`: the variables as `cmd` sees them, the assignments exported for it alone. */
export function commandOnly(vars: ShellVars, words: readonly string[]): ShellVars {
  const next = { ...vars };
  for (const w of words) {
    const [, name, value] = ASSIGNMENT.exec(w)!;
    next[name!] = { value: value!, exported: true };
  }
  return next;
}

/** `export [NAME[=value]...]`; alone it lists the exported ones as bash does (`declare -x`). */
export function exportVars(vars: ShellVars, args: readonly string[]): CommandResult {
  const words = args.filter((a) => a !== '-n' && a !== '-p');
  if (words.length === 0) {
    return ok(Object.keys(vars).filter((k) => vars[k]!.exported).sort().map((k) => `declare -x ${k}="${vars[k]!.value.replace(/["\\$`]/g, (c) => `\\${c}`)}"`).join('\n'));
  }
  const next = { ...vars };
  const errors: string[] = [];
  for (const w of words) {
    const m = ASSIGNMENT.exec(w);
    if (m) next[m[1]!] = { value: m[2]!, exported: true };
    else if (NAME.test(w)) next[w] = { value: next[w]?.value ?? '', exported: true };
    else errors.push(`bash: export: \`${w}': not a valid identifier`);
  }
  return { output: errors.join('\n'), exitCode: errors.length > 0 ? 1 : 0, effects: [effect(next)] };
}

export function unsetVars(vars: ShellVars, args: readonly string[]): CommandResult {
  const bad = args.find((a) => !a.startsWith('-') && !NAME.test(a));
  if (bad) return fail(`bash: unset: \`${bad}': not a valid identifier`, 1);
  const next = { ...vars };
  for (const a of args) if (!a.startsWith('-')) delete next[a];
  return ok('', [effect(next)]);
}

/** The exported variables as `NAME=value` lines, for `env` and the docker client's `-e NAME`. */
export function exportedLines(vars: ShellVars | undefined): string[] {
  return Object.entries(vars ?? {}).filter(([, v]) => v.exported).map(([k, v]) => `${k}=${v.value}`);
}
