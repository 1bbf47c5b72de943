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
  /** Every `repository:tag` Docker Hub gives this image (catalogue/types.ts ImageDef.tags). */
  tags?: readonly string[];
}

export type ImageResolution =
  | { ok: true; key: string; ref: ImageReference }
  /** The reference breaks the grammar: docker's own error (`invalid reference format`). */
  | { ok: false; kind: 'invalid'; error: string }
  /** An official image, or one in a namespace or registry: real or possibly real, not simulated. */
  | { ok: false; kind: 'not-in-catalogue'; ref: ImageReference; shown: string }
  /** A single name that is no official image: Docker Hub answers "pull access denied". */
  | { ok: false; kind: 'no-such-repository'; ref: ImageReference; shown: string; repository: string };

/** Every name (familiar `repo:tag`) an entry answers to: its key, its ref, its tags. */
function namesOf(key: string, image: ImageNames): string[] {
  return [key, image.ref, ...(image.tags ?? [])];
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
