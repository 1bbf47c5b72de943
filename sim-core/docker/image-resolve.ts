/**
 * A typed image reference resolved against the catalogue: `nginx`, `nginx:1.27`,
 * `docker.io/library/nginx:1.27` and `debian:bookworm` name catalogue entries; a real image
 * the catalogue lacks is told apart from a name Docker Hub would refuse.
 */
import { familiarName, familiarString, parseImageReference, type ImageReference } from './reference';
import { OFFICIAL_IMAGES } from './official-images';

/** What the resolver needs of a catalogue entry (catalogue ImageDef satisfies it). */
export interface ImageNames {
  ref: string;
  /** Other tags of the same image, when the catalogue lists them. */
  tags?: readonly string[];
  aliases?: readonly string[];
}

/**
 * INTERIM, to be replaced by the catalogue entries' own tag lists (issue 11, catalogue part):
 * tags that Docker Hub gives the very same image as an entry the catalogue has, at the time
 * of the entry's source (its shared-tags line on the image's Hub page). `latest` is listed
 * only where the entry's version was `latest` then; `ubuntu`, `node` and `python` alone are
 * not, since their `latest` is another version (24.04, 22+, 3.12 full).
 */
const INTERIM_TAGS: Record<string, readonly string[]> = {
  'nginx:1.27': ['nginx:1.27-bookworm', 'nginx:mainline', 'nginx:1', 'nginx:latest'],
  'debian:12': ['debian:bookworm', 'debian:latest'],
  'debian:12-slim': ['debian:bookworm-slim'],
  'python:3.12-slim': ['python:3.12-slim-bookworm'],
  'redis:7': ['redis:7-bookworm'],
  'postgres:16': ['postgres:16-bookworm'],
  'node:20': ['node:20-bookworm', 'node:iron'],
  'httpd:2.4': ['httpd:2', 'httpd:2.4-bookworm', 'httpd:latest'],
  'alpine:3.20': ['alpine:3'],
  'ubuntu:22.04': ['ubuntu:jammy'],
  'busybox:1.37': ['busybox:1.37-glibc', 'busybox:latest'],
};

export type ImageResolution =
  | { ok: true; key: string; ref: ImageReference }
  /** The reference breaks the grammar: docker's own error (`invalid reference format`). */
  | { ok: false; kind: 'invalid'; error: string }
  /** An official image, or one in a namespace or registry: real or possibly real, not simulated. */
  | { ok: false; kind: 'not-in-catalogue'; ref: ImageReference; shown: string }
  /** A single name that is no official image: Docker Hub answers "pull access denied". */
  | { ok: false; kind: 'no-such-repository'; ref: ImageReference; shown: string; repository: string };

/** Every name (familiar `repo:tag`) an entry answers to. */
function namesOf(key: string, image: ImageNames): string[] {
  return [key, image.ref, ...(image.tags ?? []), ...(image.aliases ?? []), ...(INTERIM_TAGS[key] ?? [])];
}

export function resolveImage(typed: string, images: Readonly<Record<string, ImageNames>>): ImageResolution {
  const parsed = parseImageReference(typed);
  if (!parsed.ok) return { ok: false, kind: 'invalid', error: parsed.error };
  const ref = parsed.ref;
  const name = familiarName(ref);
  const wanted = `${name}:${ref.tag}`;
  if (!ref.digest || ref.tagGiven) {
    for (const [key, image] of Object.entries(images)) {
      if (namesOf(key, image).includes(wanted)) return { ok: true, key, ref };
    }
  }
  const shown = familiarString(ref);
  const single = ref.domain === 'docker.io' && ref.path.startsWith('library/') && !ref.path.slice(8).includes('/');
  if (single && !OFFICIAL_IMAGES.has(name)) return { ok: false, kind: 'no-such-repository', ref, shown, repository: name };
  return { ok: false, kind: 'not-in-catalogue', ref, shown };
}

/** The catalogue's images of one repository (`nginx` → nginx:1.27), to suggest instead. */
export function sameRepository(ref: ImageReference, images: Readonly<Record<string, ImageNames>>): string[] {
  const name = familiarName(ref);
  return Object.keys(images).filter((key) => {
    const other = parseImageReference(key);
    return other.ok && familiarName(other.ref) === name;
  });
}
