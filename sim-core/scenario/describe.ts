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

/** The valid name closest to a misspelt one, if it is close enough to be a likely typo. */
export function closest(value: string, valid: readonly string[]): string | null {
  const lower = value.toLowerCase();
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of valid) {
    const c = candidate.toLowerCase();
    // `nginx` for `nginx:1.27`: a missing tag is the commonest slip; compare without the tag too
    const repository = c.split(':')[0] ?? c;
    const d = c.startsWith(`${lower}:`) ? 1 : Math.min(distance(lower, c), lower.includes(':') ? Infinity : distance(lower, repository));
    if (d < bestDistance) {
      bestDistance = d;
      best = candidate;
    }
  }
  const allowed = value.length <= 3 ? 1 : value.length <= 8 ? 2 : 3;
  return bestDistance <= allowed ? best : null;
}

/** `unknown image "ngnix" (did you mean nginx:1.27?); valid: a, b, c` */
export function unknownName(what: string, value: string, valid: readonly string[]): string {
  const guess = closest(value, valid);
  const hint = guess !== null ? ` (did you mean ${guess}?)` : '';
  const MAX_LISTED = 30;
  const more = valid.length > MAX_LISTED ? ` and ${valid.length - MAX_LISTED} more` : '';
  const list = valid.length === 0 ? 'none are defined' : `valid: ${valid.slice(0, MAX_LISTED).join(', ')}${more}`;
  return `unknown ${what} ${JSON.stringify(value)}${hint}; ${list}`;
}
