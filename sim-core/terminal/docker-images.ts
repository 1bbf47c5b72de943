/** `docker images` and `docker pull`, from the catalogue and the layers on the host's disk. */
import type { Simulation } from '../engine/state';
import type { ImageDef } from '../catalogue/types';
import { deterministicHex } from '../namespaces/ids';
import type { CommandResult } from './types';
import { fail, ok } from './types';
import { humanSize, table } from './format';
import { imagePresent, lookupImage, splitRef } from './facts';

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

/** `library/nginx` for an official image; a registry host's image keeps its path (`windows/nanoserver`). */
function remotePath(image: ImageDef): string {
  const parts = splitRef(image.ref).repository.split('/');
  if (parts.length === 1) return `library/${parts[0]}`;
  return parts[0]!.includes('.') ? parts.slice(1).join('/') : parts.join('/');
}

/** The fully qualified reference docker prints last: `docker.io/library/nginx:1.27`. */
function canonical(image: ImageDef): string {
  const { repository } = splitRef(image.ref);
  return repository.split('/')[0]!.includes('.') ? image.ref : `docker.io/${remotePath(image)}:${splitRef(image.ref).tag}`;
}

/** The lines a pull prints: a layer already on disk (shared with another image) `Already exists`. */
export function pullLines(sim: Simulation, image: ImageDef, upToDate: boolean): string[] {
  const { tag } = splitRef(image.ref);
  const lines = [`${tag}: Pulling from ${remotePath(image)}`];
  if (!upToDate) {
    for (const layer of image.layers) {
      const present = sim.scenario.host.imageCache === 'warm' || sim.state.layers[layer.id]?.state === 'present';
      lines.push(`${shortId(layer.id)}: ${present ? 'Already exists' : 'Pull complete'}`);
    }
  }
  lines.push(`Digest: sha256:${hexId(`digest:${image.ref}`, 64)}`);
  lines.push(upToDate ? `Status: Image is up to date for ${image.ref}` : `Status: Downloaded newer image for ${image.ref}`);
  lines.push(canonical(image));
  return lines;
}

function imageBytes(image: ImageDef): number {
  return image.layers.reduce((sum, l) => sum + l.sizeBytes.value, 0);
}

/** Images on disk: with a warm cache every image of the host's OS; else those whose layers are all present. */
export function dockerImages(sim: Simulation): CommandResult {
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
export function dockerPull(sim: Simulation, args: readonly string[]): CommandResult {
  const typed = args.find((a) => !a.startsWith('-'));
  if (!typed) return fail(`"docker pull" requires exactly 1 argument.\nSee 'docker pull --help'.\n\nUsage:  docker pull [OPTIONS] NAME[:TAG|@DIGEST]\n\nDownload an image from a registry`, 1);
  const found = lookupImage(sim, typed);
  if (!found.ok) {
    return found.kind === 'no-repository'
      ? fail(`Error response from daemon: pull access denied for ${found.repository}, repository does not exist or may require 'docker login': denied: requested access to the resource is denied`)
      : fail(`Error response from daemon: manifest for ${found.shown} not found: manifest unknown: manifest unknown`);
  }
  return ok([...pullLines(sim, found.image, imagePresent(sim, found.image))].join('\n'));
}
