/**
 * Tab completion as bash-completion does it for docker and vagrant: the word under the cursor
 * completed from the commands this terminal has, docker's subcommands and flags (the CLI's own
 * tables), and the names on the board. Pure: the page and the headless shell give it the names.
 */
import { DOCKER_TOP_LEVEL, commandDef, findCommand } from '../docker/commands';
import { CONTAINER_COMMANDS } from '../docker/cli-table-container';
import { OTHER_COMMANDS } from '../docker/cli-table-other';
import { COMPOSE_COMMANDS } from '../docker/cli-table-compose';
import { tokenize } from './tokenize';

export interface CompletionContext {
  /** Instances on the board (containers and VMs). */
  names: readonly string[];
  /** Image references the catalogue has (`nginx:1.27`), for run/create/pull. */
  images?: readonly string[];
}

export interface Completion {
  /** What the word may become, sorted. */
  candidates: string[];
  /** The partial word completed (the text after the last blank). */
  word: string;
}

/** Programs the terminal runs somewhere (shell.ts, run-command.ts). */
const PROGRAMS = ['cat', 'cd', 'clear', 'docker', 'echo', 'exit', 'false', 'free', 'grep', 'head', 'help', 'hostname', 'id', 'ip', 'ls', 'mount', 'ps', 'pwd', 'rm', 'sleep', 'tail', 'time', 'true', 'uname', 'unshare', 'vagrant', 'wc', 'whoami'];
const VAGRANT = ['box', 'destroy', 'global-status', 'halt', 'init', 'provision', 'reload', 'resume', 'ssh', 'status', 'suspend', 'up'];

const PATHS = [...Object.keys(CONTAINER_COMMANDS), ...Object.keys(OTHER_COMMANDS), ...Object.keys(COMPOSE_COMMANDS)];

/** Second words of management commands: `docker network c` → connect, create. */
function subcommands(group: string): string[] {
  return PATHS.filter((p) => p.startsWith(`${group} `)).map((p) => p.slice(group.length + 1));
}

/** Commands whose operands are images rather than containers. */
const TAKES_IMAGE = new Set(['container run', 'container create', 'image pull', 'image rm', 'image history', 'image inspect']);

function flagsOf(path: string): string[] {
  return commandDef(path).flags.flatMap((f) => [`--${f.name}`, ...(f.short ? [`-${f.short}`] : [])]);
}

function dockerCandidates(words: string[], partial: string, ctx: CompletionContext): string[] {
  if (words.length === 0) return [...DOCKER_TOP_LEVEL];
  const groupWords = subcommands(words[0]!);
  if (words.length === 1 && groupWords.length > 0 && !partial.startsWith('-')) return groupWords;
  const found = findCommand([...words, 'x']);
  if (!found) return [];
  if (partial.startsWith('-')) return flagsOf(found.def.path);
  return TAKES_IMAGE.has(found.def.path) ? [...(ctx.images ?? [])] : [...ctx.names];
}

export function completeLine(line: string, ctx: CompletionContext): Completion {
  const cut = Math.max(line.lastIndexOf(' '), line.lastIndexOf('\t'));
  const word = line.slice(cut + 1);
  const before = tokenize(line.slice(0, cut + 1)).argv;
  const words = before[0] === 'time' || before[0] === 'sudo' ? before.slice(1) : before;
  let all: string[];
  if (words.length === 0) all = PROGRAMS;
  else if (words[0] === 'docker') all = dockerCandidates(words.slice(1), word, ctx);
  else if (words[0] === 'vagrant') all = words.length === 1 ? VAGRANT : [...ctx.names];
  else all = [];
  const candidates = [...new Set(all.filter((c) => c.startsWith(word)))].sort();
  return { candidates, word };
}

/** The longest text every candidate starts with (what one Tab inserts when several match). */
export function commonPrefix(candidates: readonly string[]): string {
  if (candidates.length === 0) return '';
  let prefix = candidates[0]!;
  for (const c of candidates) while (!c.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix;
}
