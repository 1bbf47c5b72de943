import { parseHereDoc } from './heredoc';

/**
 * Lines as bash reads them from a paste or a script: a line ending in an unquoted backslash
 * goes on with the next one (the backslash and newline vanish), so a `docker run \` block
 * copied from the docs runs as one command.
 */

/**
 * True when the command needs the next line: it ends in a backslash that escapes the newline
 * (not inside single quotes, not itself escaped), or it opened a here-document whose delimiter
 * has not come yet.
 */
export function continuesOnNextLine(line: string): boolean {
  const doc = parseHereDoc(line);
  if (doc) return !doc.closed;
  return endsInBackslash(line);
}

function endsInBackslash(line: string): boolean {
  let quote: '"' | "'" | null = null;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quote === "'") {
      if (ch === "'") quote = null;
      continue;
    }
    if (ch === '\\') {
      if (i === line.length - 1) return true;
      i++;
      continue;
    }
    if (ch === '"') quote = quote === '"' ? null : '"';
    else if (ch === "'" && quote === null) quote = "'";
  }
  return false;
}

/** Joins a continued line with the next: bash drops the backslash-newline pair; a here-document keeps its lines. */
export function joinContinuation(head: string, next: string): string {
  if (parseHereDoc(head)) return `${head}\n${next}`;
  return head.slice(0, -1) + next;
}

/** Splits text into the commands bash would run, continuations joined (a trailing open one is kept as it is). */
export function commandLines(text: string): string[] {
  const out: string[] = [];
  let pending: string | null = null;
  for (const raw of text.split(/\r?\n/)) {
    const line: string = pending === null ? raw : joinContinuation(pending, raw);
    if (continuesOnNextLine(line)) pending = line;
    else {
      out.push(line);
      pending = null;
    }
  }
  if (pending !== null) out.push(parseHereDoc(pending) ? pending : pending.slice(0, -1));
  return out;
}
