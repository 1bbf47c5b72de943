/**
 * Which catalogue entry an image reference names. Each entry lists its tags
 * (`nginx:latest`, `nginx:1.27`, ...); a reference is normalised to Docker's short form first:
 * `docker.io/library/` dropped, an untagged name read as `:latest`, a digest ignored. The full
 * grammar and Docker's error wording belong to the CLI's reference parser; this is the lookup
 * it ends in.
 */
import type { Catalogue, ImageDef } from './types';

/** `docker.io/library/nginx` -> `nginx:latest`; `nginx:1.27@sha256:...` -> `nginx:1.27`. */
export function shortReference(reference: string): string {
  let ref = reference.trim();
  const at = ref.indexOf('@');
  if (at >= 0) ref = ref.slice(0, at);
  for (const prefix of ['docker.io/library/', 'index.docker.io/library/', 'registry-1.docker.io/library/', 'docker.io/', 'library/']) {
    if (ref.startsWith(prefix)) { ref = ref.slice(prefix.length); break; }
  }
  const lastSlash = ref.lastIndexOf('/');
  const hasTag = ref.indexOf(':', lastSlash + 1) >= 0;
  return hasTag ? ref : `${ref}:latest`;
}

/** The tags an entry answers to (its `ref` at least). */
export function tagsOf(image: ImageDef): string[] {
  return image.tags && image.tags.length > 0 ? image.tags : [image.ref];
}

/** The entry a reference names, or undefined when the catalogue has no such image. */
export function findImage(c: Catalogue, reference: string): ImageDef | undefined {
  const exact = c.images[reference];
  if (exact) return exact;
  const short = shortReference(reference);
  return c.images[short] ?? Object.values(c.images).find((i) => tagsOf(i).includes(short));
}

/** Every `repository:tag` the catalogue resolves, sorted (for pickers and "did you mean"). */
export function allImageTags(c: Catalogue): string[] {
  return Object.values(c.images).flatMap(tagsOf).sort();
}
