/** `docker images` and `docker pull`, from the catalogue and the layers on the host's disk. */
import type { Simulation } from '../engine/state';
import type { ImageDef } from '../catalogue/types';
import { deterministicHex } from '../namespaces/ids';
import type { CommandResult } from './types';
import { fail, ok } from './types';
import { humanSize, table } from './format';
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

/** Images on disk: with a warm cache every image of the host's OS; else those whose layers are all present. */
export function dockerImages(sim: Simulation, args: readonly string[] = [], typed = 'docker images'): CommandResult {
  const parsed = dockerFlags('image ls', typed, args, []);
  if (!parsed.ok) return parsed.result;
  return withNote(imagesTable(sim), parsed.note);
}

function imagesTable(sim: Simulation): CommandResult {
  const os = sim.scenario.host.os;
  const rows = [['REPOSITORY', 'TAG', 'IMAGE ID', 'CREATED', 'SIZE']];
  const images = Object.values(sim.catalogue.images)
    .filter((i) => (sim.scenario.host.imageCache === 'warm' ? i.os === os || os === 'windows' : imagePresent(sim, i)))
    .sort((a, b) => a.ref.localeCompare(b.ref));
  for (const image of images) {
    const { repository, tag } = splitRef(image.ref);
    // The catalogue does not record build dates: docker prints N/A for an image without one.
    rows.push([repository, tag, shortId(`image:${image.ref}`), 'N/A', humanSize(imageBytes(image))]);
  }
  return ok(table(rows));
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
