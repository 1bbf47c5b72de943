/**
 * ls, cat, rm and writes over a container's merged filesystem (overlayfs: the writable layer
 * over the image's layers). Writes and deletes are engine actions, so they copy up and leave
 * whiteouts through the engine, as a write by the app would.
 */
import type { Simulation } from '../engine/state';
import { layerIndex } from '../engine/catalogue-index';
import { listDir, normalizePath, resolvePath, type DirEntry } from '../unionfs/index';
import { mountAt, readOnlyError, writeTarget } from './container-mounts';
import type { CommandResult, TerminalEffect } from './types';
import { fail, ok } from './types';
import type { Place } from './place';
import { meminfo, procMounts } from './system-info';
import { fileText } from '../catalogue/file-texts';
import { isRootDir, rootDirs } from './root-skeleton';
import { cgroupDirListing, cgroupFileText } from './cgroup-files';
import { procLoadavg } from './uptime';

export function absolute(place: Place, path: string): string {
  const home = place.identity.home;
  if (path === '~' || path.startsWith('~/')) return normalizePath(home + path.slice(1));
  return normalizePath(path.startsWith('/') ? path : `${place.cwd}/${path}`);
}

/** Files the kernel makes up (procfs, sysfs, the bind-mounted /etc files): their text, or null. */
export function specialFile(place: Place, path: string, sim?: Simulation): string | null {
  const v = place.view;
  const cgroupText = sim ? cgroupFileText(sim, place, path) : null;
  if (cgroupText !== null) return cgroupText.replace(/\n$/, '');
  const cgroupFile = /^\/sys\/fs\/cgroup\/([\w.]+)$/.exec(path)?.[1];
  if (cgroupFile && v.cgroupFiles[cgroupFile] !== undefined) return v.cgroupFiles[cgroupFile]!.replace(/\n$/, '');
  switch (path) {
    case '/proc/meminfo': return place.memory ? meminfo(place.memory) : null;
    case '/proc/loadavg': return sim ? procLoadavg(sim, place) : null;
    case '/proc/mounts':
    case '/proc/self/mounts': return procMounts(v);
    case '/proc/self/uid_map': return v.uidMap.replace(/\n$/, '');
    case '/proc/self/gid_map': return v.gidMap.replace(/\n$/, '');
    case '/proc/self/cgroup':
    case '/proc/1/cgroup': return v.cgroup.replace(/\n$/, '');
    case '/etc/hostname':
    case '/proc/sys/kernel/hostname': return v.hostname;
    case '/proc/sys/kernel/osrelease': return v.unameR;
    case '/proc/self/status': return `Name:\tcat\nUid:\t${place.user.uid}\t${place.user.uid}\t${place.user.uid}\t${place.user.uid}`;
    case '/etc/resolv.conf':
      if (place.kind !== 'container') return null;
      return place.resolvConf ?? '(utsuwa: this container\'s resolv.conf is a copy of its kernel\'s own, which the model does not hold)';
    case '/etc/hosts':
      if (place.kind !== 'container') return null;
      return place.sharesHostNetwork ? '(utsuwa: with the host\'s network Docker copies the host\'s /etc/hosts here; the model does not hold the host\'s files)' : containerHosts(place);
  }
  return null;
}

/**
 * The /etc/hosts Docker writes into a container with a network namespace of its own (moby's
 * daemon/libnetwork/etchosts: IPv4 and IPv6 defaults, the loopback having IPv6, then the
 * extra hosts of --add-host, then the container's addresses under its hostname). With `--network host` it is a copy of the
 * host's, which the model does not know.
 */
function containerHosts(place: Place): string {
  const own = place.view.interfaces.filter((nic) => nic.name !== 'lo' && nic.address).map((nic) => `${nic.address!.split('/')[0]}\t${place.view.hostname}`);
  const extra = (place.extraHosts ?? []).map((h) => `${h.ip}\t${h.name}`);
  return [...DOCKER_HOSTS_DEFAULTS, ...extra, ...own].join('\n');
}

const DOCKER_HOSTS_DEFAULTS = ['127.0.0.1\tlocalhost', '::1\tlocalhost ip6-localhost ip6-loopback', 'fe00::\tip6-localnet', 'ff00::\tip6-mcastprefix', 'ff02::1\tip6-allnodes', 'ff02::2\tip6-allrouters'];

function needsOverlay(place: Place, tool: string): CommandResult | null {
  if (place.overlay) return null;
  return fail(`${tool}: (utsuwa models the filesystem of containers only; on a ${place.kind === 'vm' ? 'VM' : 'host'} only /proc and /sys files are shown)`, 2);
}

function isExecutable(path: string): boolean {
  return /\/s?bin\//.test(path) || path.endsWith('.sh') || path.endsWith('.so') || /\.so\.\d/.test(path);
}

/** GNU ls's columns for a terminal 80 wide: filled down the columns, two spaces apart. */
function columns(names: string[], width = 80): string {
  if (names.length === 0) return '';
  for (let cols = Math.min(names.length, 40); cols >= 1; cols--) {
    const rows = Math.ceil(names.length / cols);
    const widths: number[] = [];
    for (let c = 0; c < cols; c++) widths.push(Math.max(0, ...names.slice(c * rows, (c + 1) * rows).map((n) => n.length)));
    if (cols > 1 && widths.reduce((a, b) => a + b + 2, -2) > width) continue;
    const lines: string[] = [];
    for (let r = 0; r < rows; r++) {
      const cells: string[] = [];
      for (let c = 0; c < cols; c++) {
        const n = names[c * rows + r];
        if (n !== undefined) cells.push(n.padEnd(widths[c]!));
      }
      lines.push(cells.join('  ').trimEnd());
    }
    return lines.join('\n');
  }
  return names.join('\n');
}

/** `ls -l` without dates: the model keeps no modification times. */
function longLine(e: DirEntry, dir: string): string {
  const path = `${dir === '/' ? '' : dir}/${e.name}`;
  const mode = e.type === 'dir' ? 'drwxr-xr-x' : isExecutable(path) ? '-rwxr-xr-x' : '-rw-r--r--';
  const size = e.type === 'dir' ? 4096 : e.sizeBytes ?? 0;
  return `${mode} ${e.type === 'dir' ? 2 : 1} root root ${String(size).padStart(8)} ${e.name}`;
}

/** The root's listing with the base image's and the runtime's directories (root-skeleton.ts), sorted as ls sorts. */
function withRootDirs(entries: DirEntry[], dirs: readonly string[]): DirEntry[] {
  const names = new Set(entries.map((e) => e.name));
  const added = dirs.filter((d) => !names.has(d)).map((name): DirEntry => ({ name, type: 'dir', sizeBytes: null, source: null }));
  return [...entries, ...added].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

export function ls(sim: Simulation, place: Place, args: readonly string[]): CommandResult {
  const no = needsOverlay(place, 'ls');
  if (no) return no;
  const long = args.some((a) => /^-\w*l/.test(a));
  // -1, or output into a pipe (ls checks isatty): one name a line.
  const single = args.some((a) => /^-\w*1/.test(a));
  const paths = args.filter((a) => !a.startsWith('-'));
  const layers = layerIndex(sim.catalogue);
  const blocks: string[] = [];
  let exitCode = 0;
  for (const p of paths.length ? paths : ['.']) {
    const abs = absolute(place, p);
    const cgroupNames = cgroupDirListing(sim, place, abs);
    if (cgroupNames !== null) {
      blocks.push((paths.length > 1 ? `${p}:\n` : '') + (single ? cgroupNames.join('\n') : columns(cgroupNames)));
      continue;
    }
    const file = resolvePath(place.overlay!, layers, abs);
    if (file.found) {
      blocks.push(long ? longLine({ name: p, type: 'file', sizeBytes: file.sizeBytes, source: null }, '/') : p);
      continue;
    }
    // A mount point is a directory whatever the image had there: a bind or tmpfs hides the
    // image's files; a new named volume starts as a copy of them (Docker copies the image's
    // content into an empty volume). What is written into a mount is not kept by the model.
    const mount = mountAt(sim, place, abs);
    const mountPoint = mount !== null && mount.target.replace(/\/$/, '') === abs;
    const listed = mountPoint && mount.type !== 'volume' ? [] : listDir(place.overlay!, layers, abs);
    const entries = abs === '/' ? withRootDirs(listed, rootDirs(place.overlay!)) : listed;
    if (entries.length === 0 && abs !== '/' && !mountPoint && !isRootDir(place.overlay!, abs)) {
      // BusyBox's ls (Alpine, busybox) says it as perror does, and fails with 1 where GNU's says 2.
      const busybox = place.identity.userland === 'busybox';
      blocks.push(busybox ? `ls: ${p}: No such file or directory` : `ls: cannot access '${p}': No such file or directory`);
      exitCode = busybox ? 1 : 2;
      continue;
    }
    const head = paths.length > 1 ? `${p}:\n` : '';
    if (long) {
      const total = entries.reduce((s, e) => s + (e.type === 'dir' ? 4 : Math.ceil((e.sizeBytes ?? 0) / 4096) * 4), 0);
      blocks.push(head + [`total ${total}`, ...entries.map((e) => longLine(e, abs))].join('\n'));
    } else {
      blocks.push(head + (single ? entries.map((e) => e.name).join('\n') : columns(entries.map((e) => e.name))));
    }
  }
  return { output: blocks.join('\n'), exitCode, effects: [] };
}

export function cat(sim: Simulation, place: Place, args: readonly string[]): CommandResult {
  const paths = args.filter((a) => !a.startsWith('-'));
  if (paths.length === 0) return fail('cat: reading standard input is not simulated', 1);
  const out: string[] = [];
  let exitCode = 0;
  for (const p of paths) {
    const abs = absolute(place, p);
    const special = specialFile(place, abs, sim);
    if (special !== null) {
      out.push(special);
      continue;
    }
    if (!place.overlay) {
      out.push(`cat: ${p}: No such file or directory (utsuwa models the filesystem of containers only)`);
      exitCode = 1;
      continue;
    }
    const layers = layerIndex(sim.catalogue);
    const r = resolvePath(place.overlay, layers, abs);
    if (!r.found) {
      out.push(`cat: ${p}: ${listDir(place.overlay, layers, abs).length ? 'Is a directory' : 'No such file or directory'}`);
      exitCode = 1;
      continue;
    }
    // A file the catalogue knows the text of (os-release, a server's default page), unchanged since the image.
    const text = r.source !== 'upper' ? fileText(r.source.layerId, abs) : null;
    if (text !== null) {
      out.push(text.replace(/\n$/, ''));
      continue;
    }
    const written = knownText(sim, place, abs);
    if (written) {
      // cat writes the bytes as they are; the terminal's lines end where the text's do.
      out.push(written.replace(/\n$/, ''));
      continue;
    }
    const from = r.source === 'upper' ? 'the container\'s writable layer' : `image layer ${r.source.layerId}`;
    out.push(`(utsuwa: ${r.sizeBytes} bytes from ${from}; the model keeps sizes, not contents)`);
  }
  return { output: out.join('\n'), exitCode, effects: [] };
}

export function rm(sim: Simulation, place: Place, args: readonly string[]): CommandResult {
  const no = needsOverlay(place, 'rm');
  if (no) return no;
  const force = args.some((a) => /^-\w*f/.test(a));
  if (args.some((a) => /^-\w*[rR]/.test(a))) return fail('rm: -r is not simulated: remove files one by one', 1);
  const paths = args.filter((a) => !a.startsWith('-'));
  if (paths.length === 0) return fail("rm: missing operand\nTry 'rm --help' for more information.", 1);
  const layers = layerIndex(sim.catalogue);
  const out: string[] = [];
  const result: CommandResult = { output: '', exitCode: 0, effects: [] };
  for (const p of paths) {
    const abs = absolute(place, p);
    const r = resolvePath(place.overlay!, layers, abs);
    if (!r.found) {
      const isDir = listDir(place.overlay!, layers, abs).length > 0;
      if (force && !isDir) continue;
      out.push(`rm: cannot remove '${p}': ${isDir ? 'Is a directory' : 'No such file or directory'}`);
      result.exitCode = 1;
      continue;
    }
    if (writeTarget(sim, place, abs) === 'read-only') {
      out.push(`rm: cannot remove '${p}': Read-only file system`);
      result.exitCode = 1;
      continue;
    }
    result.effects.push({ kind: 'live', action: { type: 'instance/delete-file', name: place.where, path: abs } });
  }
  result.output = out.join('\n');
  return result;
}

/**
 * `> file` / `>> file`: the text's size lands in the file. In a container the write goes
 * through the overlay (a lower file is copied up first); in a VM its disk file grows.
 */
export function writeRedirect(sim: Simulation, place: Place, path: string, text: string, append: boolean): CommandResult {
  if (place.kind === 'host') return ok('');
  const abs = absolute(place, path);
  const target = writeTarget(sim, place, abs);
  if (target === 'read-only') return fail(readOnlyError(place, path), 1);
  // A volume, bind or tmpfs holds it: the writable layer does not grow (the model keeps no contents of mounts).
  if (target === 'mount') return ok('');
  let bytes = utf8Length(text);
  if (append && place.overlay) {
    const existing = resolvePath(place.overlay, layerIndex(sim.catalogue), abs);
    if (existing.found) bytes += existing.sizeBytes;
  }
  if (place.overlay && listDir(place.overlay, layerIndex(sim.catalogue), abs).length > 0) return fail(`bash: ${path}: Is a directory`, 1);
  const effects: TerminalEffect[] = [{ kind: 'live', action: { type: 'instance/write', name: place.where, path: abs, sizeBytes: bytes } }];
  // The words go to the session (the engine keeps sizes): known when the whole file is the terminal's.
  const before = append ? knownText(sim, place, abs) : '';
  if (place.overlay) effects.push({ kind: 'file-text', where: place.where, path: abs, text: before !== null && bytes <= MAX_KEPT_TEXT ? before + text : null });
  return ok('', effects);
}

/** The most text a session keeps for one file (a larger write is shown as its size). */
const MAX_KEPT_TEXT = 64 * 1024;

/**
 * The text of a file as the terminal wrote it, when the file in the container is still that
 * (same size), or as the image ships it when the catalogue knows it; '' for a file that is not
 * there; null when unknown.
 */
function knownText(sim: Simulation, place: Place, abs: string): string | null {
  if (!place.overlay) return null;
  const r = resolvePath(place.overlay, layerIndex(sim.catalogue), abs);
  if (!r.found) return '';
  if (r.source !== 'upper') return fileText(r.source.layerId, abs);
  const text = place.fileTexts?.[abs];
  return text !== undefined && utf8Length(text) === r.sizeBytes ? text : null;
}

/** Bytes of a string in UTF-8 (what the file would hold). */
function utf8Length(text: string): number {
  let n = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return n;
}
