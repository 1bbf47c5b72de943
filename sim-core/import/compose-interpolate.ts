/**
 * Compose's variable interpolation (compose-go template): `$VAR`, `${VAR}`, `${VAR:-default}`,
 * `${VAR-default}`, `${VAR:?message}`, `${VAR:+alt}`, and `$$` for a literal dollar. An
 * import has no shell environment; its variables are those of the project's `.env` file when
 * one is given (dotenv.ts). An unset variable takes its default, is an error when required,
 * and otherwise becomes blank with Compose's warning.
 */

export type Interpolated = { ok: true; value: unknown } | { ok: false; error: string };

const NAME = /^[_a-zA-Z][_a-zA-Z0-9]*/;

/** One string, or the error compose-go gives. `warn` receives each unset variable once. */
function interpolateString(s: string, warn: (name: string) => void, env: Readonly<Record<string, string>>): { ok: true; value: string } | { ok: false; error: string } {
  const lookup = (name: string): string | undefined => (Object.hasOwn(env, name) ? env[name] : undefined);
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (ch !== '$') {
      out += ch;
      continue;
    }
    const next = s[i + 1];
    if (next === '$') {
      out += '$';
      i++;
      continue;
    }
    if (next === '{') {
      // Find the matching brace (defaults may nest ${...}).
      let depth = 1;
      let j = i + 2;
      for (; j < s.length && depth > 0; j++) {
        if (s[j] === '{') depth++;
        else if (s[j] === '}') depth--;
      }
      if (depth > 0) return { ok: false, error: `Invalid template: "${s}"` };
      const body = s.slice(i + 2, j - 1);
      const name = NAME.exec(body)?.[0];
      if (!name) return { ok: false, error: `Invalid template: "${s}"` };
      const op = body.slice(name.length);
      i = j - 1;
      const value = lookup(name);
      if (op === '') {
        if (value === undefined) warn(name);
        else out += value;
        continue;
      }
      const m = /^(:?)([-?+])(.*)$/s.exec(op);
      if (!m) return { ok: false, error: `Invalid template: "${s}"` };
      const [, colon, kind, arg = ''] = m;
      // With a colon, an empty value counts as unset.
      const set = value !== undefined && (colon === '' || value !== '');
      if (kind === '+') {
        if (!set) continue; // unset: the alternative does not apply
        const alt = interpolateString(arg, warn, env);
        if (!alt.ok) return alt;
        out += alt.value;
        continue;
      }
      if (set) {
        out += value;
        continue;
      }
      const inner = interpolateString(arg, warn, env);
      if (!inner.ok) return inner;
      if (kind === '-') out += inner.value;
      else return { ok: false, error: inner.value ? `required variable ${name} is missing a value: ${inner.value}` : `required variable ${name} is missing a value` };
      continue;
    }
    const name = NAME.exec(s.slice(i + 1))?.[0];
    if (!name) {
      out += ch;
      continue;
    }
    const value = lookup(name);
    if (value === undefined) warn(name);
    else out += value;
    i += name.length;
  }
  return { ok: true, value: out };
}

/** Interpolates every string value (not keys) of a parsed Compose file. */
export function interpolate(value: unknown, warnings: string[], env: Readonly<Record<string, string>> = {}): Interpolated {
  const seen = new Set<string>();
  const warn = (name: string): void => {
    if (seen.has(name)) return;
    seen.add(name);
    warnings.push(`The "${name}" variable is not set. Defaulting to a blank string.`);
  };
  const walk = (v: unknown): Interpolated => {
    if (typeof v === 'string') return interpolateString(v, warn, env);
    if (Array.isArray(v)) {
      const out: unknown[] = [];
      for (const item of v) {
        const r = walk(item);
        if (!r.ok) return r;
        out.push(r.value);
      }
      return { ok: true, value: out };
    }
    if (v !== null && typeof v === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, item] of Object.entries(v)) {
        const r = walk(item);
        if (!r.ok) return r;
        out[k] = r.value;
      }
      return { ok: true, value: out };
    }
    return { ok: true, value: v };
  };
  return walk(value);
}
