/**
 * Shell-like splitting of one command line: words separated by blanks, '…' and "…" quoting,
 * backslash escapes outside single quotes, and one output redirection (`> file`, `>> file`).
 * `--flag=value` stays one word here; the flag parser splits it (as getopt does).
 */

export interface Tokens {
  argv: string[];
  redirect: { path: string; append: boolean } | null;
  /** A syntax error as bash words it, or null. */
  error: string | null;
}

export function tokenize(line: string): Tokens {
  const argv: string[] = [];
  let redirect: Tokens['redirect'] = null;
  let pendingRedirect: { append: boolean } | null = null;
  let word = '';
  let inWord = false;
  let quote: '"' | "'" | null = null;

  const finish = (): void => {
    if (!inWord) return;
    if (pendingRedirect) {
      redirect = { path: word, append: pendingRedirect.append };
      pendingRedirect = null;
    } else {
      argv.push(word);
    }
    word = '';
    inWord = false;
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
    } else if (ch === '\\' && i + 1 < line.length) {
      word += line[++i];
      inWord = true;
    } else if (ch === ' ' || ch === '\t') {
      finish();
    } else if (ch === '>') {
      finish();
      if (pendingRedirect) return { argv, redirect, error: "bash: syntax error near unexpected token `>'" };
      const append = line[i + 1] === '>';
      if (append) i++;
      pendingRedirect = { append };
    } else {
      word += ch;
      inWord = true;
    }
  }
  if (quote) return { argv, redirect, error: `bash: unexpected EOF while looking for matching \`${quote}'` };
  finish();
  if (pendingRedirect) return { argv, redirect, error: "bash: syntax error near unexpected token `newline'" };
  return { argv, redirect, error: null };
}
