/**
 * Mounts as `docker run` reads them: `-v [source:]target[:mode]` (the CLI's
 * loader.ParseVolume, then the daemon's linuxParser.ParseMountRaw), `--mount
 * type=...,source=...,target=...` (opts.MountOpt) and `--tmpfs target[:options]`, with their
 * error texts (docker/cli and moby v27.3.1). A mount mode the model does not use (`z`,
 * `nocopy`, `rshared`, `cached`) is accepted and reported as not simulated.
 */
import type { MountSpec } from '../scenario/types';
import { parseBool, ramInBytes, type Parsed } from './go-parse';

export interface ParsedMount {
  mount: MountSpec;
  /** Options accepted but not simulated, as written (`z`, `bind-propagation=rshared`). */
  ignored: string[];
}

const RW = new Set(['ro', 'rw']);
const LABEL = new Set(['z', 'Z']);
const PROPAGATION = new Set(['private', 'rprivate', 'shared', 'rshared', 'slave', 'rslave']);
const COPY = new Set(['nocopy']);
const CONSISTENCY = new Set(['consistent', 'cached', 'delegated']);

/** linuxValidMountMode: each kind of option at most once. */
function validMode(mode: string): boolean {
  if (mode === '') return true;
  const counts = [0, 0, 0, 0, 0];
  for (const o of mode.split(',')) {
    const kind = [RW, LABEL, PROPAGATION, COPY, CONSISTENCY].findIndex((set) => set.has(o));
    if (kind < 0) return false;
    counts[kind]!++;
  }
  return counts.every((c) => c <= 1);
}

const isAbsolute = (p: string): boolean => p.startsWith('/');
/** The client's isFilePath: what makes `-v X:/y` a bind mount rather than a named volume. */
const isFilePath = (source: string): boolean => ['.', '/', '~'].includes(source[0]!);

/** daemon/names: the characters a local volume's name may have. */
const VOLUME_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;

export function volumeNameProblem(name: string): string | null {
  if (VOLUME_NAME.test(name)) return null;
  if (name.length < 2 && /^[a-zA-Z0-9]*$/.test(name)) return `create ${name}: volume name is too short, names should be at least two alphanumeric characters`;
  return `create ${name}: "${name}" includes invalid characters for a local volume name, only "[a-zA-Z0-9][a-zA-Z0-9_.-]" are allowed. If you intended to pass a host directory, use absolute path`;
}

/**
 * One `-v` value. Client-side errors come back as `{ ok: false }` with the CLI's text; the
 * daemon's (`invalid volume specification`, `invalid mode`) are prefixed "Error response
 * from daemon: " by the caller, so they come back with `daemon: true`.
 */
export function parseVolumeFlag(spec: string): Parsed<ParsedMount> & { daemon?: boolean } {
  if (spec === '') return { ok: false, error: 'invalid empty volume spec' };
  // loader.ParseVolume: fields between colons (a Windows drive letter `C:` is not a separator).
  const fields = spec.length <= 2 ? [spec] : spec.split(':');
  if (spec.length > 2) {
    if (fields.some((f) => f === '')) return { ok: false, error: `invalid spec: ${spec}: empty section between colons` };
    if (fields.length > 3) return { ok: false, error: `invalid spec: ${spec}: too many colons` };
  }
  const daemonError = (error: string) => ({ ok: false as const, error, daemon: true });
  if (fields.length === 1) {
    // An anonymous volume at that path.
    if (!isAbsolute(spec)) return daemonError(`invalid volume specification: '${spec}': invalid mount config for type "volume": invalid mount path: '${spec}' mount path must be absolute`);
    return { ok: true, value: { mount: { type: 'volume', source: '', target: spec, readOnly: false }, ignored: [] } };
  }
  const [source, target, mode = ''] = fields as [string, string, string?];
  if (fields.length === 2 && validMode(target)) return daemonError(`invalid volume specification: '${spec}'`);
  if (!validMode(mode)) return daemonError(`invalid mode: ${mode}`);
  const type = isFilePath(source) ? 'bind' : 'volume';
  if (!isAbsolute(target)) return daemonError(`invalid volume specification: '${spec}': invalid mount config for type "${type}": invalid mount path: '${target}' mount path must be absolute`);
  if (target.replace(/\/+$/, '') === '') return daemonError(`invalid volume specification: '${spec}': invalid mount config for type "${type}": invalid specification: destination can't be '/'`);
  if (type === 'volume') {
    const problem = volumeNameProblem(source);
    if (problem) return daemonError(problem);
  }
  const options = mode === '' ? [] : mode.split(',');
  return {
    ok: true,
    value: { mount: { type, source, target, readOnly: options.includes('ro') }, ignored: options.filter((o) => !RW.has(o)) },
  };
}

/** One `--mount` value (opts.MountOpt.Set): CSV of key=value; type defaults to volume. */
export function parseMountFlag(value: string): Parsed<ParsedMount> {
  const m: MountSpec = { type: 'volume', source: '', target: '', readOnly: false };
  let typeText = 'volume';
  const ignored: string[] = [];
  for (const field of value.split(',')) {
    const eq = field.indexOf('=');
    const key = (eq < 0 ? field : field.slice(0, eq)).toLowerCase();
    const val = eq < 0 ? '' : field.slice(eq + 1);
    if (eq < 0) {
      if (key === 'readonly' || key === 'ro') m.readOnly = true;
      else if (key === 'volume-nocopy' || key === 'bind-nonrecursive') ignored.push(field);
      else return { ok: false, error: `invalid field '${field}' must be a key=value pair` };
      continue;
    }
    switch (key) {
      case 'type': typeText = val.toLowerCase(); break;
      case 'source': case 'src': m.source = val; break;
      case 'target': case 'dst': case 'destination': m.target = val; break;
      case 'readonly': case 'ro': {
        const b = parseBool(val);
        if (!b.ok) return { ok: false, error: `invalid value for ${key}: ${val}` };
        m.readOnly = b.value;
        break;
      }
      case 'tmpfs-size': {
        const size = ramInBytes(val);
        if (!size.ok) return { ok: false, error: `invalid value for ${key}: ${val}` };
        m.sizeBytes = size.value;
        break;
      }
      case 'consistency': case 'bind-propagation': case 'bind-nonrecursive': case 'bind-recursive': case 'volume-subpath':
      case 'volume-nocopy': case 'volume-label': case 'volume-driver': case 'volume-opt': case 'tmpfs-mode':
        ignored.push(field);
        break;
      default:
        return { ok: false, error: `unexpected key '${key}' in '${field}'` };
    }
  }
  if (typeText === '') return { ok: false, error: 'type is required' };
  if (m.target === '') return { ok: false, error: 'target is required' };
  if (typeText !== 'bind' && typeText !== 'volume' && typeText !== 'tmpfs') {
    // npipe, cluster, image: real types the model has no place for.
    ignored.push(`type=${typeText}`);
  } else {
    m.type = typeText;
  }
  const options = ignored.map((f) => f.split('=')[0]!);
  for (const [prefix, type] of [['volume-', 'volume'], ['bind-', 'bind'], ['tmpfs-', 'tmpfs']] as const) {
    if (options.some((o) => o.startsWith(prefix)) && typeText !== type) return { ok: false, error: `cannot mix '${prefix}*' options with mount type '${typeText}'` };
  }
  if (m.sizeBytes !== undefined && typeText !== 'tmpfs') return { ok: false, error: `cannot mix 'tmpfs-*' options with mount type '${typeText}'` };
  return { ok: true, value: { mount: m, ignored } };
}

/** One `--tmpfs target[:options]` (`/run:rw,noexec,size=64m`). */
export function parseTmpfsFlag(value: string): Parsed<ParsedMount> & { daemon?: boolean } {
  const colon = value.indexOf(':');
  const target = colon < 0 ? value : value.slice(0, colon);
  const options = colon < 0 ? [] : value.slice(colon + 1).split(',').filter(Boolean);
  if (!isAbsolute(target)) return { ok: false, error: `invalid mount config for type "tmpfs": invalid mount path: '${target}' mount path must be absolute`, daemon: true };
  const m: MountSpec = { type: 'tmpfs', source: '', target, readOnly: false };
  const ignored: string[] = [];
  for (const o of options) {
    if (o === 'ro') m.readOnly = true;
    else if (o === 'rw') m.readOnly = false;
    else if (o.startsWith('size=')) {
      // The kernel's tmpfs size: k, m, g suffixes are binary; a bare number is bytes.
      const size = ramInBytes(o.slice(5));
      if (!size.ok) return { ok: false, error: `invalid tmpfs option ["size" "${o.slice(5)}"]`, daemon: true };
      m.sizeBytes = size.value;
    } else ignored.push(o);
  }
  return { ok: true, value: { mount: m, ignored } };
}

/** A mount back as `docker run` flags: `-v src:/dst[:ro]`, `--tmpfs /dst[:size=64m]`. */
export function mountFlags(m: MountSpec): string[] {
  if (m.type === 'tmpfs') {
    const opts = [...(m.readOnly ? ['ro'] : []), ...(m.sizeBytes !== undefined ? [`size=${m.sizeBytes}`] : [])];
    return ['--tmpfs', opts.length > 0 ? `${m.target}:${opts.join(',')}` : m.target];
  }
  if (m.type === 'volume' && m.source === '') return ['-v', m.target];
  // A bind source that -v would read as a volume name (no leading / . ~) needs --mount.
  if (m.type === 'bind' && !isFilePath(m.source)) return ['--mount', `type=bind,source=${m.source},target=${m.target}${m.readOnly ? ',readonly' : ''}`];
  if (m.type === 'volume' && isFilePath(m.source)) return ['--mount', `type=volume,source=${m.source},target=${m.target}${m.readOnly ? ',readonly' : ''}`];
  return ['-v', `${m.source}:${m.target}${m.readOnly ? ':ro' : ''}`];
}
