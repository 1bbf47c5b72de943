/**
 * `--env-file`: the docker client reads the file as docker/cli's opts/file.go
 * parseKeyValueFile does (v27.3.1): a UTF-8 BOM is dropped, leading blanks trimmed, blank
 * lines and lines starting with `#` skipped; `VAR=value` passes the value through untrimmed;
 * a `VAR` alone takes the client's own environment value (os.LookupEnv) and is left out when
 * it is not set; a name with blanks or no name is an error ("poorly formatted environment").
 */

export type EnvFileResult = { ok: true; lines: string[] } | { ok: false; error: string };

const BLANKS = /[ \t]/;

export function parseEnvFile(text: string, lookupEnv: (name: string) => string | undefined): EnvFileResult {
  const lines: string[] = [];
  const rows = text.split('\n');
  // bufio.Scanner's ScanLines: a final empty line is no line, and a \r before \n is dropped.
  if (rows.at(-1) === '') rows.pop();
  for (let i = 0; i < rows.length; i++) {
    let row = rows[i]!.replace(/\r$/, '');
    if (i === 0) row = row.replace(/^\uFEFF/, '');
    const line = row.replace(/^\s+/u, '');
    if (line.length === 0 || line.startsWith('#')) continue;
    const eq = line.indexOf('=');
    const variable = (eq < 0 ? line : line.slice(0, eq)).replace(/^[ \t]+/, '');
    if (BLANKS.test(variable)) return { ok: false, error: `poorly formatted environment: variable '${variable}' contains whitespaces` };
    if (variable.length === 0) return { ok: false, error: `poorly formatted environment: no variable name on line '${line}'` };
    if (eq >= 0) {
      lines.push(`${variable}=${line.slice(eq + 1)}`);
    } else {
      // emptyFn(line): os.LookupEnv of the whole (left-trimmed) line.
      const value = lookupEnv(line);
      if (value !== undefined) lines.push(`${variable.trim()}=${value}`);
    }
  }
  return { ok: true, lines };
}
