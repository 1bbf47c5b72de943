/**
 * The docker CLI's command tree as data: which words name which command (`docker ps` is
 * `docker container ls`), each command's flags, argument rule and usage, and cobra's error
 * texts built from them ("\"docker run\" requires at least 1 argument.").
 */
import type { FlagDef } from '../terminal/flags';
import { CONTAINER_COMMANDS } from './cli-table-container';
import { OTHER_COMMANDS } from './cli-table-other';
import { COMPOSE_COMMANDS } from './cli-table-compose';

/** cobra's positional-argument rules as the docker CLI uses them (cli/required.go). */
export type ArgsRule = ['none'] | ['any'] | ['exact', number] | ['min', number] | ['max', number] | ['range', number, number];

export interface CommandEntry {
  /** The usage after the command's name, e.g. `[OPTIONS] IMAGE [COMMAND] [ARG...]`. */
  use: string;
  short: string;
  args: ArgsRule;
  /** Other spellings, e.g. `docker ps` for `container ls`. */
  aliases?: string[];
  /** false: flags end at the first operand (run, create, exec, top, commit, tag). */
  interspersed?: boolean;
  /** `long:short:type` words. */
  flags: string;
}

export type CommandTable = Record<string, CommandEntry>;

export interface CommandDef extends Omit<CommandEntry, 'flags'> {
  /** The canonical path without `docker`, e.g. `container ls`. */
  path: string;
  flags: FlagDef[];
}

const ALL: CommandTable = /* @__PURE__ */ Object.assign({}, CONTAINER_COMMANDS, OTHER_COMMANDS, COMPOSE_COMMANDS);

function flagDefs(words: string): FlagDef[] {
  return words.split(/\s+/).filter(Boolean).map((w) => {
    const [name, short, type] = w.split(':') as [string, string, string];
    return short ? { name, short, type } : { name, type };
  });
}

const defs = new Map<string, CommandDef>();
/** `ps` → `container ls`, `container list` → `container ls`, ... (built on first use). */
let byWordsMap: Map<string, string> | null = null;

function byWords(): Map<string, string> {
  if (!byWordsMap) {
    byWordsMap = new Map();
    for (const [path, entry] of Object.entries(ALL)) {
      byWordsMap.set(path, path);
      for (const alias of entry.aliases ?? []) byWordsMap.set(alias.replace(/^docker /, ''), path);
    }
  }
  return byWordsMap;
}

/** The command's definition by canonical path (`container run`), flags parsed once. */
export function commandDef(path: string): CommandDef {
  let def = defs.get(path);
  if (!def) {
    const entry = ALL[path];
    if (!entry) throw new Error(`no docker command ${path}`);
    let flags = flagDefs(entry.flags);
    // Compose's global flags (-f, -p, ...) are persistent: every compose command takes them.
    // A command's own shorthand wins: `compose rm -f` is --force, not the global --file.
    if (path.startsWith('compose ')) {
      const own = flags;
      const inherited = flagDefs(ALL.compose!.flags).filter((f) => !own.some((g) => g.name === f.name));
      flags = [...own, ...inherited.map((f) => (f.short && own.some((g) => g.short === f.short) ? { ...f, short: '' } : f))];
    }
    def = { ...entry, path, flags };
    defs.set(path, def);
  }
  return def;
}

export interface FoundCommand {
  def: CommandDef;
  /** What the user typed to name it, e.g. `docker ps` or `docker container list` (cobra's CommandPath). */
  typed: string;
  /** The words after the command's name. */
  args: string[];
}

/**
 * Finds the command `argv` (the words after `docker`) names: one word (`ps`, `run`) or two
 * (`container ls`, `image rm`, `compose up`). Null when the words name no command in the
 * table (the caller says whether docker has it at all: see DOCKER_TOP_LEVEL).
 */
export function findCommand(argv: readonly string[]): FoundCommand | null {
  const [first, second] = argv;
  if (first === undefined) return null;
  if (second !== undefined && !second.startsWith('-')) {
    const path = byWords().get(`${first} ${second}`);
    if (path) return { def: commandDef(path), typed: `docker ${first} ${second}`, args: argv.slice(2) };
  }
  if (first === 'compose') {
    // Compose's own flags may come before its command: `docker compose -f a.yml up -d`.
    return null;
  }
  const path = byWords().get(first);
  return path ? { def: commandDef(path), typed: `docker ${first}`, args: argv.slice(1) } : null;
}

/** Every top-level word `docker --help` lists in Docker 27.3 (with the buildx and compose plugins). */
export const DOCKER_TOP_LEVEL = [
  'attach', 'build', 'builder', 'buildx', 'checkpoint', 'commit', 'compose', 'config', 'container', 'context', 'cp',
  'create', 'diff', 'events', 'exec', 'export', 'history', 'image', 'images', 'import', 'info', 'init', 'inspect',
  'kill', 'load', 'login', 'logout', 'logs', 'manifest', 'network', 'node', 'pause', 'plugin', 'port', 'ps', 'pull',
  'push', 'rename', 'restart', 'rm', 'rmi', 'run', 'save', 'scout', 'search', 'secret', 'service', 'stack', 'start',
  'stats', 'stop', 'swarm', 'system', 'tag', 'top', 'trust', 'unpause', 'update', 'version', 'volume', 'wait',
] as const;

/** cobra's UseLine: the typed path and the usage. */
export function useLine(found: Pick<FoundCommand, 'def' | 'typed'>): string {
  return `${found.typed} ${found.def.use}`.trim();
}

/**
 * cobra's positional-argument check (cli/required.go), or null when the count is right:
 * `"docker run" requires at least 1 argument.\nSee 'docker run --help'.\n\nUsage:  ...\n\n<short>`.
 */
export function checkArgs(found: Pick<FoundCommand, 'def' | 'typed'>, count: number): string | null {
  const rule = found.def.args;
  const plural = (n: number): string => (n === 1 ? 'argument' : 'arguments');
  let need: string | null = null;
  switch (rule[0]) {
    case 'none': if (count > 0) need = 'accepts no arguments'; break;
    case 'any': break;
    case 'exact': if (count !== rule[1]) need = `requires exactly ${rule[1]} ${plural(rule[1])}`; break;
    case 'min': if (count < rule[1]) need = `requires at least ${rule[1]} ${plural(rule[1])}`; break;
    case 'max': if (count > rule[1]) need = `requires at most ${rule[1]} ${plural(rule[1])}`; break;
    case 'range': if (count < rule[1] || count > rule[2]) need = `requires at least ${rule[1]} and at most ${rule[2]} ${plural(rule[2])}`; break;
  }
  if (need === null) return null;
  return `"${found.typed}" ${need}.\nSee '${found.typed} --help'.\n\nUsage:  ${useLine(found)}\n\n${found.def.short}`;
}

/** cobra's FlagErrorFunc: the parser's error, then where to find help. */
export function flagError(found: Pick<FoundCommand, 'typed'>, error: string): string {
  return `${error}\nSee '${found.typed} --help'.`;
}
