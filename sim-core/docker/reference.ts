/**
 * Image references per distribution/reference v0.6.0 (the grammar docker/cli v27.3.1 uses):
 * `[registry[:port]/]path[:tag][@digest]`, where a name without a registry is on docker.io,
 * an official image's path gains `library/`, and a name without tag or digest means
 * `:latest`. The errors are the library's (and go-digest's), as `docker run` prints them:
 * `invalid reference format: repository name (library/Nginx) must be lowercase`.
 */

export interface ImageReference {
  /** As typed. */
  typed: string;
  /** `docker.io`, `ghcr.io`, `localhost:5000`, ... */
  domain: string;
  /** `library/nginx`, `bitnami/redis`, `windows/nanoserver`. */
  path: string;
  /** The tag, `latest` when neither tag nor digest was given. */
  tag: string;
  /** Whether the tag was written (`nginx:latest`) or implied (`nginx`). */
  tagGiven: boolean;
  /** `sha256:...` or null. */
  digest: string | null;
}

export type ReferenceResult = { ok: true; ref: ImageReference } | { ok: false; error: string };

// The grammar's pieces (regexp.go).
const ALNUM = '[a-z0-9]+';
const SEPARATOR = '(?:[._]|__|[-]+)';
const PATH_COMPONENT = `${ALNUM}(?:${SEPARATOR}${ALNUM})*`;
const REMOTE_NAME = `${PATH_COMPONENT}(?:/${PATH_COMPONENT})*`;
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN_NAME = `${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*`;
const HOST = `(?:${DOMAIN_NAME}|\\[(?:[a-fA-F0-9:]+)\\])`;
const DOMAIN_AND_PORT = `${HOST}(?::[0-9]+)?`;
const NAME = `(?:${DOMAIN_AND_PORT}/)?${REMOTE_NAME}`;
const TAG = '[\\w][\\w.-]{0,127}';
const DIGEST = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][0-9a-fA-F]{32,}';
const REFERENCE = new RegExp(`^(${NAME})(?::(${TAG}))?(?:@(${DIGEST}))?$`);
const ANCHORED_NAME = new RegExp(`^(?:(${DOMAIN_AND_PORT})/)?(${REMOTE_NAME})$`);
const IDENTIFIER = /^[a-f0-9]{64}$/;

const NAME_TOTAL_LENGTH_MAX = 255;

/** go-digest's Parse: the algorithm must be known and its hex the right length. */
function digestProblem(digest: string): string | null {
  const [alg, hex = ''] = digest.split(':');
  const lengths: Record<string, number> = { sha256: 64, sha384: 96, sha512: 128 };
  const want = lengths[alg!];
  if (want === undefined) return 'unsupported digest algorithm';
  if (hex.length !== want) return 'invalid checksum digest length';
  if (!/^[a-f0-9]+$/.test(hex)) return 'invalid checksum digest format';
  return null;
}

/** reference.splitDockerDomain. */
function splitDockerDomain(name: string): [string, string] {
  const slash = name.indexOf('/');
  if (slash < 0) return ['docker.io', `library/${name}`];
  const maybeDomain = name.slice(0, slash);
  const maybeRemote = name.slice(slash + 1);
  let domain: string;
  let remote: string;
  if (maybeDomain === 'localhost') [domain, remote] = [maybeDomain, maybeRemote];
  else if (maybeDomain === 'index.docker.io') [domain, remote] = ['docker.io', maybeRemote];
  else if (/[.:]/.test(maybeDomain)) [domain, remote] = [maybeDomain, maybeRemote];
  else if (maybeDomain.toLowerCase() !== maybeDomain) [domain, remote] = [maybeDomain, maybeRemote];
  else [domain, remote] = ['docker.io', name];
  if (domain === 'docker.io' && !remote.includes('/')) remote = `library/${remote}`;
  return [domain, remote];
}

/** reference.Parse on the normalised string. */
function parseFull(s: string): { name: string; tag: string; digest: string } | string {
  const m = REFERENCE.exec(s);
  if (!m) {
    if (s === '') return 'repository name must have at least one component';
    if (REFERENCE.test(s.toLowerCase())) return 'repository name must be lowercase';
    return 'invalid reference format';
  }
  const [, name = '', tag = '', digest = ''] = m;
  const nameMatch = ANCHORED_NAME.exec(name);
  const path = nameMatch ? nameMatch[2]! : name;
  if (path.length > NAME_TOTAL_LENGTH_MAX) return `repository name must not be more than ${NAME_TOTAL_LENGTH_MAX} characters`;
  if (digest) {
    const problem = digestProblem(digest);
    if (problem) return problem;
  }
  return { name, tag, digest };
}

/**
 * reference.ParseNormalizedNamed, then TagNameOnly: what `docker run`/`pull` do with the
 * image argument.
 */
export function parseImageReference(typed: string): ReferenceResult {
  if (IDENTIFIER.test(typed)) {
    return { ok: false, error: `invalid repository name (${typed}), cannot specify 64-byte hexadecimal strings` };
  }
  const [domain, remainder] = splitDockerDomain(typed);
  const colon = remainder.indexOf(':');
  const remote = colon < 0 ? remainder : remainder.slice(0, colon);
  if (remote.toLowerCase() !== remote) return { ok: false, error: `invalid reference format: repository name (${remote}) must be lowercase` };
  const parsed = parseFull(`${domain}/${remainder}`);
  if (typeof parsed === 'string') return { ok: false, error: parsed };
  const path = parsed.name.slice(domain.length + 1);
  return {
    ok: true,
    ref: { typed, domain, path, tag: parsed.tag || 'latest', tagGiven: parsed.tag !== '', digest: parsed.digest || null },
  };
}

/** reference.FamiliarName: `nginx`, `bitnami/redis`, `ghcr.io/owner/app`. */
export function familiarName(ref: Pick<ImageReference, 'domain' | 'path'>): string {
  if (ref.domain !== 'docker.io') return `${ref.domain}/${ref.path}`;
  const rest = ref.path.startsWith('library/') ? ref.path.slice('library/'.length) : ref.path;
  return rest.includes('/') ? ref.path : rest;
}

/** reference.FamiliarString after TagNameOnly: `nginx:latest`, `nginx@sha256:...`. */
export function familiarString(ref: ImageReference): string {
  const name = familiarName(ref);
  if (ref.digest) return ref.tagGiven ? `${name}:${ref.tag}@${ref.digest}` : `${name}@${ref.digest}`;
  return `${name}:${ref.tag}`;
}

/** The canonical form docker pull prints last: `docker.io/library/nginx:latest`. */
export function canonicalString(ref: ImageReference): string {
  const base = `${ref.domain}/${ref.path}`;
  if (ref.digest) return ref.tagGiven ? `${base}:${ref.tag}@${ref.digest}` : `${base}@${ref.digest}`;
  return `${base}:${ref.tag}`;
}
