/** Wording shared by every error message: places, values as written, suggestions. */

export type Path = readonly (string | number)[];

/** `instances[1].memory`, `host.cpus`, `events[0].load.target`. */
export function placeOf(path: Path): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? part : `.${part}`;
  }
  return out;
}

const MAX_SHOWN = 60;

/** A value as the file wrote it, for "got ..." : `"lots"`, `12`, `a list`, `nothing`. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') {
    const shown = value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value;
    return JSON.stringify(shown);
  }
  return String(value);
}

/** `a, b or c` */
export function listOr(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

/** Edit distance counting a swap of two neighbours as one edit; small inputs only (names). */
function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  const at = (i: number, j: number): number => d[i]?.[j] ?? 0;
  for (let i = 1; i <= a.length; i++) {
    const row = d[i] as number[];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      row[j] = best;
    }
  }
  return at(a.length, b.length);
}

/** Names longer than this get no suggestion: a typo is short, and distance costs length². */
const MAX_SUGGESTED_LENGTH = 64;
/** Candidates weighed for one suggestion at most (a scenario may name 100,000 instances). */
const MAX_CANDIDATES = 5_000;

/**
 * The valid name closest to a misspelt one, if it is close enough to be a likely typo. Cost is
 * bounded whatever the input: long values get no suggestion, candidates whose length alone rules
 * them out are skipped, and at most MAX_CANDIDATES are weighed.
 */
export function closest(value: string, valid: readonly string[]): string | null {
  if (value.length > MAX_SUGGESTED_LENGTH) return null;
  const lower = value.toLowerCase();
  const allowed = value.length <= 3 ? 1 : value.length <= 8 ? 2 : 3;
  let best: string | null = null;
  let bestDistance = Infinity;
  let weighed = 0;
  for (const candidate of valid) {
    if (candidate.length > MAX_SUGGESTED_LENGTH * 2) continue;
    const c = candidate.toLowerCase();
    // `nginx` for `nginx:1.27`: a missing tag is the commonest slip; compare without the tag too
    const repository = c.split(':')[0] ?? c;
    if (c.startsWith(`${lower}:`)) {
      if (1 < bestDistance) {
        bestDistance = 1;
        best = candidate;
      }
      continue;
    }
    const nearInLength = Math.abs(c.length - lower.length) <= allowed || (!lower.includes(':') && Math.abs(repository.length - lower.length) <= allowed);
    if (!nearInLength) continue;
    if (++weighed > MAX_CANDIDATES) break;
    const d = Math.min(distance(lower, c), lower.includes(':') ? Infinity : distance(lower, repository));
    if (d < bestDistance) {
      bestDistance = d;
      best = candidate;
    }
  }
  return bestDistance <= allowed ? best : null;
}

/** `unknown image "ngnix" (did you mean nginx:1.27?); valid: a, b, c` */
export function unknownName(what: string, value: string, valid: readonly string[]): string {
  const guess = closest(value, valid);
  const hint = guess !== null ? ` (did you mean ${guess}?)` : '';
  const MAX_LISTED = 30;
  const more = valid.length > MAX_LISTED ? ` and ${valid.length - MAX_LISTED} more` : '';
  const shown = valid.slice(0, MAX_LISTED).map((v) => (v.length > MAX_SHOWN ? `${v.slice(0, MAX_SHOWN)}…` : v));
  const list = valid.length === 0 ? 'none are defined' : `valid: ${shown.join(', ')}${more}`;
  return `unknown ${what} ${describeValue(value)}${hint}; ${list}`;
}
