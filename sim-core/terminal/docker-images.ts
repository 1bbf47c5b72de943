/** `docker images` and `docker pull`, from the catalogue and the layers on the host's disk. */
import type { Simulation } from '../engine/state';
import type { ImageDef } from '../catalogue/types';
import { deterministicHex } from '../namespaces/ids';
import type { CommandResult } from './types';
import { fail, ok } from './types';
import { humanSize } from './format';
import { formatItems } from './docker-format';
import { imagePresent, splitRef } from './facts';
import { canonicalString, familiarString, parseImageReference, type ImageReference } from '../docker/reference';
import { resolveImage, sameRepository } from '../docker/image-resolve';
import { dockerFlags, isSet, withNote } from './docker-flags';

/** Hex digits stable per key, each 8-digit chunk hashed with its own index (ids and digests). */
export function hexId(key: string, length: number): string {
  let out = '';
  for (let i = 0; out.length < length; i++) out += deterministicHex(`${key}#${i}`, 8);
  return out.slice(0, length);
}

/** The 12-hex short id docker prints for a layer or an image (stable per id). */
export function shortId(key: string): string {
  return hexId(key, 12);
}

/**
 * The lines a pull prints: a layer already on disk (shared with another image) `Already
 * exists`. `as` is the reference as typed (`nginx` pulls `latest`), the catalogue's by default.
 */
export function pullLines(sim: Simulation, image: ImageDef, upToDate: boolean, as?: ImageReference): string[] {
  const ref = as ?? (parseImageReference(image.ref) as { ref: ImageReference }).ref;
  const lines = [`${ref.digest && !ref.tagGiven ? ref.digest : ref.tag}: Pulling from ${ref.path}`];
  if (!upToDate) {
    for (const layer of image.layers) {
      const present = sim.scenario.host.imageCache === 'warm' || sim.state.layers[layer.id]?.state === 'present';
      lines.push(`${shortId(layer.id)}: ${present ? 'Already exists' : 'Pull complete'}`);
    }
  }
  lines.push(`Digest: ${ref.digest ?? `sha256:${hexId(`digest:${image.ref}`, 64)}`}`);
  const shown = familiarString(ref);
  lines.push(upToDate ? `Status: Image is up to date for ${shown}` : `Status: Downloaded newer image for ${shown}`);
  lines.push(canonicalString(ref));
  return lines;
}

function imageBytes(image: ImageDef): number {
  return image.layers.reduce((sum, l) => sum + l.sizeBytes.value, 0);
}

const IMAGES_FORMAT = {
  defaultTable: 'table {{.Repository}}\t{{.Tag}}\t{{.ID}}\t{{.CreatedSince}}\t{{.Size}}',
  headers: {
    Repository: 'REPOSITORY', Tag: 'TAG', ID: 'IMAGE ID', Digest: 'DIGEST', CreatedSince: 'CREATED', CreatedAt: 'CREATED AT',
    Size: 'SIZE', Containers: 'CONTAINERS', SharedSize: 'SHARED SIZE', UniqueSize: 'UNIQUE SIZE', VirtualSize: 'VIRTUAL SIZE',
  },
  typeName: '*formatter.imageContext',
};

/** Images on disk: with a warm cache every image of the host's OS; else those whose layers are all present. */
export function localImages(sim: Simulation): ImageDef[] {
  const os = sim.scenario.host.os;
  return Object.values(sim.catalogue.images)
    .filter((i) => (sim.scenario.host.imageCache === 'warm' ? i.os === os || os === 'windows' : imagePresent(sim, i)))
    .sort((a, b) => a.ref.localeCompare(b.ref));
}

/**
 * `docker images [REPOSITORY[:TAG]]` (`docker image ls`): `-q`, `--no-trunc`, `--digests`,
 * `--filter reference=`/`dangling=` and `--format` as docker's image formatter has them. The
 * catalogue keeps no build dates, so CREATED is N/A as docker prints for such an image.
 */
export function dockerImages(sim: Simulation, args: readonly string[] = [], typed = 'docker images'): CommandResult {
  const parsed = dockerFlags('image ls', typed, args, ['quiet', 'format', 'filter', 'no-trunc', 'all', 'digests']);
  if (!parsed.ok) return parsed.result;
  const v = parsed.values;
  const references = [...parsed.rest];
  let dangling: boolean | null = null;
  for (const f of v.filter ?? []) {
    const eq = f.indexOf('=');
    const key = f.slice(0, eq < 0 ? f.length : eq).trim().toLowerCase();
    const value = eq < 0 ? '' : f.slice(eq + 1);
    if (key === 'reference') references.push(value);
    else if (key === 'dangling') {
      if (value !== 'true' && value !== 'false') return fail(`Error response from daemon: Invalid filter 'dangling=${value}'`, 1);
      dangling = value === 'true';
    } else if (!['before', 'since', 'label', 'until'].includes(key)) return fail(`Error response from daemon: invalid filter '${key}'`, 1);
  }
  // The catalogue's images are all tagged: none is dangling.
  const shown = dangling === true ? [] : localImages(sim).filter((i) => references.length === 0 || references.some((r) => matchesReference(i, r)));
  const noTrunc = isSet(v, 'no-trunc');
  const idOf = (i: ImageDef) => (noTrunc ? `sha256:${hexId(`image:${i.ref}`, 64)}` : shortId(`image:${i.ref}`));
  if (isSet(v, 'quiet')) return withNote(ok([...new Set(shown.map(idOf))].join('\n')), parsed.note);
  const format = v.format?.at(-1) ?? (isSet(v, 'digests') ? 'table {{.Repository}}\t{{.Tag}}\t{{.Digest}}\t{{.ID}}\t{{.CreatedSince}}\t{{.Size}}' : undefined);
  const out = formatItems(format, shown.map((image) => {
    const { repository, tag } = splitRef(image.ref);
    const size = humanSize(imageBytes(image));
    return {
      Repository: repository, Tag: tag, ID: idOf(image), Digest: `sha256:${hexId(`digest:${image.ref}`, 64)}`,
      CreatedSince: 'N/A', CreatedAt: 'N/A', Size: size, VirtualSize: size, SharedSize: 'N/A', UniqueSize: 'N/A', Containers: 'N/A',
    };
  }), IMAGES_FORMAT);
  if (!out.ok) return fail(out.error, 1);
  return withNote(ok(out.text), parsed.note);
}

/** docker's reference filter: `nginx`, `nginx:1.27`, a glob such as `ngin*` or `*:alpine`; a bare name means any tag. */
function matchesReference(image: ImageDef, pattern: string): boolean {
  const glob = (p: string) => new RegExp(`^${p.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '.')}$`);
  const names = [image.ref, ...(image.tags ?? [])];
  return names.some((n) => {
    const { repository, tag } = splitRef(n);
    if (pattern.includes(':')) return glob(pattern).test(`${repository}:${tag}`) || glob(pattern).test(`library/${repository}:${tag}`);
    return glob(pattern).test(repository) || glob(pattern).test(`library/${repository}`);
  });
}

/**
 * `docker pull`: the output only. The engine downloads layers as part of a container's start
 * (its pull phase), so a pull on its own does not change the simulation (a simplification).
 */
export function dockerPull(sim: Simulation, args: readonly string[], typed = 'docker pull'): CommandResult {
  const parsed = dockerFlags('image pull', typed, args, ['quiet']);
  if (!parsed.ok) return parsed.result;
  const name = parsed.rest[0]!;
  const resolved = resolveImage(name, sim.catalogue.images);
  if (!resolved.ok) {
    if (resolved.kind === 'invalid') return fail(resolved.error);
    const head = resolved.ref.tagGiven || resolved.ref.digest ? '' : 'Using default tag: latest\n';
    if (resolved.kind === 'no-such-repository') {
      return fail(`${head}Error response from daemon: pull access denied for ${resolved.repository}, repository does not exist or may require 'docker login': denied: requested access to the resource is denied`);
    }
    const same = sameRepository(resolved.ref, sim.catalogue.images);
    return fail(`${head}utsuwa: ${resolved.shown} is not in the simulator's catalogue, so it cannot be pulled here; it has ${(same.length > 0 ? same : Object.keys(sim.catalogue.images)).join(', ')}`);
  }
  const image = sim.catalogue.images[resolved.key]!;
  const lines = pullLines(sim, image, imagePresent(sim, image), resolved.ref);
  if (!resolved.ref.tagGiven && !resolved.ref.digest) lines.unshift('Using default tag: latest');
  return withNote(ok((isSet(parsed.values, 'quiet') ? [lines.at(-1)!] : lines).join('\n')), parsed.note);
}
