/**
 * A Compose project's `.env` file (compose-go's dotenv reader): `KEY=value` lines, `export`
 * allowed before the key, `#` comments (inline after whitespace when the value is unquoted),
 * single quotes literal, double quotes with \n, \t, \\ and \" escapes. `docker compose` reads
 * the `.env` beside the Compose file and interpolates the file with it.
 */

export type DotenvResult = { ok: true; value: Record<string, string> } | { ok: false; error: string };

const KEY = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

function unquoteDouble(s: string): string {
  return s.replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c === 't' ? '\t' : c === 'r' ? '\r' : c));
}

/** Reads a .env text; `fileName` names the file in an error, with the line as compose-go does. */
export function parseDotenv(text: string, fileName = '.env'): DotenvResult {
  const out: Record<string, string> = {};
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!.trim();
    if (line === '' || line.startsWith('#')) continue;
    const body = line.replace(/^export\s+/, '');
    const eq = body.search(/[=:]/);
    const key = (eq < 0 ? body : body.slice(0, eq)).trim();
    if (!KEY.test(key)) {
      const bad = [...key].find((c) => !/[A-Za-z0-9_.-]/.test(c)) ?? key[0] ?? '=';
      return { ok: false, error: `failed to read ${fileName}: line ${n + 1}: unexpected character "${bad}" in variable name "${key}"` };
    }
    if (eq < 0) continue; // a bare name: compose-go looks it up in the environment, which an import has none of
    let raw = body.slice(eq + 1).trim();
    let value: string;
    const quote = raw[0];
    if (quote === '"' || quote === "'") {
      // A quoted value may run over several lines, up to its closing quote.
      let end = raw.indexOf(quote, 1);
      while (quote === '"' && end > 0 && raw[end - 1] === '\\') end = raw.indexOf(quote, end + 1);
      while (end < 0 && n + 1 < lines.length) {
        raw += `\n${lines[++n]!}`;
        end = raw.indexOf(quote, 1);
      }
      if (end < 0) return { ok: false, error: `failed to read ${fileName}: line ${n + 1}: unterminated quoted value` };
      const inner = raw.slice(1, end);
      value = quote === '"' ? unquoteDouble(inner) : inner;
    } else {
      value = raw.replace(/\s+#.*$/, '').trim();
    }
    out[key] = value;
  }
  return { ok: true, value: out };
}
