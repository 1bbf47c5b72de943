/**
 * Shell-like splitting of one command line: words separated by blanks, '…' and "…" quoting,
 * backslash escapes outside single quotes, and the redirections scripts and docs use: `> file`,
 * `>> file`, `2> file`, `2>&1`, `&> file`, `>/dev/null` (a digit before `>` names the file
 * descriptor only when it is a word of its own, unquoted, as in bash).
 * `--flag=value` stays one word here; the flag parser splits it (as getopt does).
 */

export interface Redirect {
  path: string;
  append: boolean;
}

export interface Tokens {
  argv: string[];
  /** Where standard output goes (`>`, `1>`, `&>`), or null: the terminal. */
  redirect: Redirect | null;
  /** Where standard error goes: a file (`2>`, `&>`, `>f 2>&1`), `stdout` (`2>&1` with output not redirected before it: the terminal or the pipe), or null: the terminal. */
  stderr: Redirect | 'stdout' | null;
  /** A syntax error as bash words it, or null. */
  error: string | null;
}

/** The bit bucket: writes vanish, nothing is stored. */
export const DEV_NULL = '/dev/null';

export function tokenize(line: string): Tokens {
  const argv: string[] = [];
  let redirect: Tokens['redirect'] = null;
  let stderr: Tokens['stderr'] = null;
  let pending: { fd: 1 | 2 | 'both' | 'other'; append: boolean } | null = null;
  let word = '';
  let inWord = false;
  let quoted = false;
  let quote: '"' | "'" | null = null;

  const finish = (): void => {
    if (!inWord) return;
    if (pending) {
      const target = { path: word, append: pending.append };
      if (pending.fd === 1 || pending.fd === 'both') redirect = target;
      if (pending.fd === 2 || pending.fd === 'both') stderr = target;
      pending = null;
    } else {
      argv.push(word);
    }
    word = '';
    inWord = false;
    quoted = false;
  };

  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quote) {
      if (ch === quote) quote = null;
      else if (ch === '\\' && quote === '"' && (line[i + 1] === '"' || line[i + 1] === '\\')) word += line[++i];
      else word += ch;
      continue;
    }
    if (ch === "'" || ch === '"') {
      quote = ch;
      inWord = true;
      quoted = true;
    } else if (ch === '\\' && i + 1 < line.length) {
      word += line[++i];
      inWord = true;
      quoted = true;
    } else if (ch === ' ' || ch === '\t') {
      finish();
    } else if (ch === '>' || (ch === '&' && line[i + 1] === '>' && !inWord)) {
      // Which descriptor: `2>` (a bare number just before), `&>` (both), else standard output.
      let fd: 1 | 2 | 'both' | 'other' = 1;
      if (ch === '&') {
        fd = 'both';
        i++;
      } else if (inWord && !quoted && /^\d+$/.test(word)) {
        fd = word === '1' ? 1 : word === '2' ? 2 : 'other';
        word = '';
        inWord = false;
      } else {
        finish();
      }
      if (pending) return { argv, redirect, stderr, error: "bash: syntax error near unexpected token `>'" };
      const append = line[i + 1] === '>';
      if (append) i++;
      // `2>&1`, `>&2`: a descriptor made a copy of another, not a file.
      const dup = /^&(\d)/.exec(line.slice(i + 1));
      if (dup) {
        i += dup[0].length;
        // Made now: a copy of where output goes at this point (a file named before, else the terminal or pipe).
        if (fd === 2 && dup[1] === '1') stderr = redirect ?? 'stdout';
        continue;
      }
      pending = { fd, append };
    } else {
      word += ch;
      inWord = true;
    }
  }
  if (quote) return { argv, redirect, stderr, error: `bash: unexpected EOF while looking for matching \`${quote}'` };
  finish();
  if (pending) return { argv, redirect, stderr, error: "bash: syntax error near unexpected token `newline'" };
  return { argv, redirect, stderr, error: null };
}
