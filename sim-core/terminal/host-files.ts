/**
 * The host shell's files: what `echo KEY=value > app.env` writes on the host, kept with the
 * terminal session (not the scenario), so `cat`, `ls`, `rm` and `docker run --env-file` find
 * it. Contents are kept whole (a host file here is a small text a learner typed). Containers'
 * files stay in the engine's overlay model (files.ts).
 */
import { normalizePath } from '../unionfs/index';
import type { CommandResult } from './types';
import { fail, ok } from './types';
import type { Place } from './place';
import { absolute, specialFile } from './files';
import type { Simulation } from '../engine/state';
import { cgroupDirListing } from './cgroup-files';
import { KNOWN_DIRS } from './known-dirs';

/** Absolute path → contents. */
export type HostFiles = Readonly<Record<string, string>>;

/** What the session may hold in all: a terminal is not a disk (a runaway `>>` loop stops here). */
const MAX_BYTES = 1024 * 1024;
const MAX_FILES = 1000;

function dirOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i <= 0 ? '/' : path.slice(0, i);
}

/** The directories that hold the session's files (and their parents): `ls` and `cd` find them. */
function dirsOf(files: HostFiles): Set<string> {
  const dirs = new Set<string>();
  for (const p of Object.keys(files)) for (let d = dirOf(p); ; d = dirOf(d)) {
    dirs.add(d);
    if (d === '/') break;
  }
  return dirs;
}

/**
 * Whether `abs` is a directory on the host as the session sees it: the root, the standard ones,
 * the home directory and its parents, the working directory, and those holding the session's
 * files. (The host has no mkdir here: a file's directories come with it.)
 */
export function hostDirExists(files: HostFiles, place: Place, abs: string): boolean {
  if (abs === '/' || abs === place.cwd || KNOWN_DIRS.has(abs) || dirsOf(files).has(abs)) return true;
  const home = place.identity.home;
  return abs === home || home.startsWith(`${abs}/`);
}

function has(files: HostFiles, path: string): boolean {
  return Object.hasOwn(files, path);
}

/** `> file` / `>> file` on the host: the session's file gets the text. */
export function hostWrite(files: HostFiles, place: Place, path: string, text: string, append: boolean): CommandResult {
  const abs = absolute(place, path);
  if (abs.startsWith('/proc/') || abs.startsWith('/sys/')) return fail(`bash: ${path}: Permission denied`, 1);
  if (!has(files, abs) && hostDirExists(files, place, abs)) return fail(`bash: ${path}: Is a directory`, 1);
  // bash opens the file: its directory must exist (there is no mkdir on this host).
  if (!hostDirExists(files, place, dirOf(abs))) return fail(`bash: ${path}: No such file or directory`, 1);
  const next: Record<string, string> = { ...files, [abs]: (append && has(files, abs) ? files[abs]! : '') + text };
  const total = Object.values(next).reduce((t, c) => t + c.length, 0);
  if (total > MAX_BYTES || Object.keys(next).length > MAX_FILES) return fail(`bash: ${path}: No space left on device\nutsuwa: a terminal session keeps at most ${MAX_FILES} host files and 1 MiB in all`, 1);
  return ok('', [{ kind: 'host-files', files: next }]);
}

/** The host file's contents, or null: what `docker run --env-file` and `cat` read. */
export function readHostFile(files: HostFiles, place: Place, path: string): string | null {
  const abs = absolute(place, path);
  return has(files, abs) ? files[abs]! : null;
}

export function hostCat(files: HostFiles, place: Place, args: readonly string[], sim?: Simulation): CommandResult {
  const paths = args.filter((a) => !a.startsWith('-'));
  if (paths.length === 0) return fail('cat: reading standard input is not simulated', 1);
  let text = '';
  const errors: string[] = [];
  for (const p of paths) {
    const abs = absolute(place, p);
    const special = specialFile(place, abs, sim);
    if (has(files, abs)) text += files[abs]!;
    else if (special !== null) text += `${special}\n`;
    else errors.push(`cat: ${p}: ${dirsOf(files).has(abs) ? 'Is a directory' : 'No such file or directory'}`);
  }
  // The terminal prints lines: a file's last newline ends its last line.
  const parts = text === '' ? [] : [text.replace(/\n$/, '')];
  return { output: [...parts, ...errors].join('\n'), exitCode: errors.length ? 1 : 0, effects: [] };
}

export function hostLs(files: HostFiles, place: Place, args: readonly string[], sim?: Simulation): CommandResult {
  const long = args.some((a) => /^-\w*l/.test(a));
  const paths = args.filter((a) => !a.startsWith('-'));
  const dirs = dirsOf(files);
  const blocks: string[] = [];
  let exitCode = 0;
  for (const p of paths.length ? paths : ['.']) {
    const abs = normalizePath(absolute(place, p));
    const cgroupNames = sim ? cgroupDirListing(sim, place, abs) : null;
    if (cgroupNames !== null) {
      blocks.push((paths.length > 1 ? `${p}:\n` : '') + cgroupNames.join(long || args.some((a) => /^-\w*1/.test(a)) ? '\n' : '  '));
      continue;
    }
    const row = (name: string, path: string) => (long ? `-rw-r--r-- 1 root root ${String(files[path]!.length).padStart(8)} ${name}` : name);
    if (has(files, abs)) {
      blocks.push(row(p, abs));
      continue;
    }
    if (!dirs.has(abs) && !hostDirExists(files, place, abs)) {
      blocks.push(`ls: cannot access '${p}': No such file or directory`);
      exitCode = 2;
      continue;
    }
    const prefix = abs === '/' ? '/' : `${abs}/`;
    const names = new Set<string>();
    for (const f of Object.keys(files)) if (f.startsWith(prefix)) names.add(f.slice(prefix.length).split('/')[0]!);
    const sorted = [...names].sort();
    const rows = sorted.map((n) => (has(files, prefix + n) ? row(n, prefix + n) : long ? `drwxr-xr-x 2 root root     4096 ${n}` : n));
    const head = paths.length > 1 ? `${p}:\n` : '';
    blocks.push(head + (long ? [`total ${sorted.length * 4}`, ...rows].join('\n') : rows.join(long || args.some((a) => /^-\w*1/.test(a)) ? '\n' : '  ')));
  }
  return { output: blocks.join('\n'), exitCode, effects: [] };
}

export function hostRm(files: HostFiles, place: Place, args: readonly string[]): CommandResult {
  const force = args.some((a) => /^-\w*f/.test(a));
  const paths = args.filter((a) => !a.startsWith('-'));
  if (paths.length === 0) return fail("rm: missing operand\nTry 'rm --help' for more information.", 1);
  const next: Record<string, string> = { ...files };
  const out: string[] = [];
  for (const p of paths) {
    const abs = absolute(place, p);
    if (has(next, abs)) delete next[abs];
    else if (dirsOf(files).has(abs)) out.push(`rm: cannot remove '${p}': Is a directory`);
    else if (!force) out.push(`rm: cannot remove '${p}': No such file or directory`);
  }
  const changed = Object.keys(next).length !== Object.keys(files).length;
  return { output: out.join('\n'), exitCode: out.length ? 1 : 0, effects: changed ? [{ kind: 'host-files', files: next }] : [] };
}

/** `touch` on the host: an empty file where there is none (an existing one only gets new times). */
export function hostTouch(files: HostFiles, place: Place, args: readonly string[]): CommandResult {
  const paths = args.filter((a) => !a.startsWith('-'));
  if (paths.length === 0) return fail("touch: missing file operand\nTry 'touch --help' for more information.", 1);
  let next: HostFiles = files;
  for (const p of paths) {
    if (has(next, absolute(place, p))) continue;
    const r = hostWrite(next, place, p, '', false);
    if (r.exitCode !== 0) return { ...r, output: r.output.replace(/^bash: /, 'touch: ') };
    next = (r.effects[0] as { files: HostFiles }).files;
  }
  return ok('', next === files ? [] : [{ kind: 'host-files', files: { ...next } }]);
}
