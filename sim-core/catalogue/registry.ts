/**
 * Image layers as the registry publishes them. docker-library/repo-info records, for each
 * tag and platform, every layer's digest and compressed size (what `docker pull` downloads):
 * those are measured byte counts. It does not list a layer's size once extracted; repo-info's
 * `local/` pages give only an image's on-disk total. So a layer's on-disk size is an estimate:
 * its download times a gunzip ratio calibrated on an image whose both totals are published.
 */
import type { ImageOrigin, LayerDef, LayerFile } from './types';
import { estimate, measured } from './cite';

/** One published build: which repo-info page lists it and what it is. */
export interface Build extends ImageOrigin {
  /** Source id (sources-images.ts) of the repo-info page. */
  source: string;
  /** The tag the page describes. */
  tag: string;
}

/** How many bytes on disk per byte downloaded, with its range and where that comes from. */
export interface GunzipRatio {
  value: number;
  range: [number, number];
  reasoning: string;
}

/**
 * nginx:1.27.0 (image dde0cca083bc): 70,984,738 B to download (repo-info remote) and
 * ~187.67 Mb on disk (repo-info local; `docker images` prints 188MB for the same image id, so
 * repo-info's "Mb" is 10^6 bytes). Binaries and libraries gunzip 2-4x; text compresses more.
 */
export const APP_RATIO: GunzipRatio = {
  value: 2.64,
  range: [2.0, 4.0],
  reasoning: 'On-disk size = download x 2.64, the ratio of nginx:1.27.0 (70,984,738 B compressed in repo-info remote/1.27.md; ~187.67 MB on disk in local/1.27.md, which `docker images` shows as 188MB). repo-info lists no per-layer on-disk size; layers of binaries and libraries gunzip 2-4x.',
};

/** Tiny layers (a COPYed script, an empty directory): tar headers dominate. */
export const TINY_RATIO: GunzipRatio = {
  value: 2.5,
  range: [1.0, 10.0],
  reasoning: 'A layer of a few kB is mostly tar headers and one small file; its on-disk size is a few times its gzip size. repo-info lists only the compressed size.',
};

function sizeText(bytes: number): string {
  if (bytes < 1000) return `${bytes}.0 B`;
  const [unit, div] = bytes < 1e6 ? ['KB', 1e3] : bytes < 1e9 ? ['MB', 1e6] : ['GB', 1e9];
  return `${(bytes / div).toFixed(1)} ${unit} (${bytes} bytes)`;
}

/** The conditions every layer of a build shares. */
export function buildConditions(b: Build): string {
  return `${b.tag}, ${b.platform}, ${b.version}, built ${b.built}${b.digest ? `, manifest sha256:${b.digest}` : ''}; size is the gzip blob a pull downloads`;
}

/** A layer as repo-info lists it; the on-disk size follows `ratio` unless given. */
export function layer(b: Build, id: string, createdBy: string, digest: string, compressed: number,
  files: LayerFile[] = [], ratio: GunzipRatio = compressed < 64_000 ? TINY_RATIO : APP_RATIO): LayerDef {
  const onDisk = Math.round(compressed * ratio.value);
  return {
    id,
    createdBy,
    compressedBytes: measured(compressed, b.source, {
      quote: `\`sha256:${digest}…\` Size: ${sizeText(compressed)}`,
      conditions: buildConditions(b),
    }),
    sizeBytes: estimate(onDisk, [Math.round(compressed * ratio.range[0]), Math.round(compressed * ratio.range[1])], ratio.reasoning),
    files,
  };
}

/** The build's origin as the image entry records it. */
export function originOf(b: Build): ImageOrigin {
  const { platform, version, built, digest } = b;
  return digest ? { platform, version, built, digest } : { platform, version, built };
}
