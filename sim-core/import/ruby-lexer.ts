/**
 * The static part of Ruby a Vagrantfile is written in, as tokens grouped into statements:
 * literals (strings without interpolation, heredocs, numbers, symbols, true/false/nil),
 * names, punctuation and hash labels (`ip:`). Nothing is evaluated; a string with `#{...}`
 * is marked so the reader can refuse it.
 */

export type Token =
  | { t: 'str'; v: string; interpolated: boolean }
  | { t: 'num'; v: number }
  | { t: 'sym'; v: string }
  | { t: 'id'; v: string }
  | { t: 'label'; v: string }
  | { t: 'punct'; v: string };

export interface Statement {
  /** 1-based line where it starts. */
  line: number;
  /** The source text of its first line, for messages. */
  text: string;
  tokens: Token[];
}

export type LexResult = { ok: true; statements: Statement[] } | { ok: false; line: number; error: string };

const PUNCT = ['=>', '::', '||', '&&', '==', '!=', '+=', '<<', '..', '(', ')', '[', ']', '{', '}', ',', '.', '=', '|', '+', '-', '*', '/', '!', '?', '<', '>', '&', ';', '%'];

function unescape(body: string): string {
  return body.replace(/\\(.)/g, (_, c: string) => ({ n: '\n', t: '\t', s: ' ', '0': '\0' } as Record<string, string>)[c] ?? c);
}

export function lexRuby(text: string): LexResult {
  const lines = text.split(/\r?\n/);
  const statements: Statement[] = [];
  let current: Statement | null = null;
  let depth = 0;
  /** Heredocs opened on the current line, read from the next. */
  let pendingHeredocs: { id: string; squiggly: boolean; token: Extract<Token, { t: 'str' }> }[] = [];
  let inBlockComment = false;

  for (let n = 0; n < lines.length; n++) {
    const raw = lines[n]!;
    if (inBlockComment) {
      if (raw.startsWith('=end')) inBlockComment = false;
      continue;
    }
    if (raw.startsWith('=begin')) {
      inBlockComment = true;
      continue;
    }
    if (raw.trim() === '__END__') break;
    let continues = false;
    let i = 0;
    const push = (tok: Token): void => {
      if (!current) current = { line: n + 1, text: raw.trim(), tokens: [] };
      current.tokens.push(tok);
    };
    while (i < raw.length) {
      const ch = raw[i]!;
      if (ch === ' ' || ch === '\t') { i++; continue; }
      if (ch === '#') break;
      if (ch === '\\' && i === raw.length - 1) { continues = true; i++; continue; }
      if (ch === '"' || ch === "'") {
        let j = i + 1;
        let body = '';
        while (j < raw.length && raw[j] !== ch) {
          if (raw[j] === '\\' && j + 1 < raw.length) { body += raw[j]! + raw[j + 1]!; j += 2; continue; }
          body += raw[j++];
        }
        if (j >= raw.length) return { ok: false, line: n + 1, error: 'a string that does not end on its line' };
        const interpolated = ch === '"' && body.includes('#{');
        push({ t: 'str', v: ch === '"' ? unescape(body) : body.replace(/\\(['\\])/g, '$1'), interpolated });
        i = j + 1;
        continue;
      }
      const heredoc = /^<<([-~]?)(['"]?)([A-Z_][A-Za-z0-9_]*)\2/.exec(raw.slice(i));
      if (heredoc) {
        const token: Extract<Token, { t: 'str' }> = { t: 'str', v: '', interpolated: false };
        pendingHeredocs.push({ id: heredoc[3]!, squiggly: heredoc[1] !== '', token });
        if (heredoc[2] === "'") token.interpolated = false;
        push(token);
        i += heredoc[0].length;
        continue;
      }
      const num = /^\d[\d_]*(\.\d+)?/.exec(raw.slice(i));
      if (num) {
        push({ t: 'num', v: Number(num[0].replace(/_/g, '')) });
        i += num[0].length;
        continue;
      }
      const sym = /^:([A-Za-z_][A-Za-z0-9_]*[?!]?)/.exec(raw.slice(i));
      if (sym && raw[i + 1] !== ':') {
        push({ t: 'sym', v: sym[1]! });
        i += sym[0].length;
        continue;
      }
      const id = /^[A-Za-z_][A-Za-z0-9_]*[?!]?/.exec(raw.slice(i));
      if (id) {
        const after = raw[i + id[0].length];
        if (after === ':' && raw[i + id[0].length + 1] !== ':') {
          push({ t: 'label', v: id[0] });
          i += id[0].length + 1;
        } else {
          push({ t: 'id', v: id[0] });
          i += id[0].length;
        }
        continue;
      }
      const p = PUNCT.find((x) => raw.startsWith(x, i));
      if (!p) return { ok: false, line: n + 1, error: `unexpected character ${JSON.stringify(ch)}` };
      if ('([{'.includes(p)) depth++;
      if (')]}'.includes(p)) depth--;
      push({ t: 'punct', v: p });
      i += p.length;
    }
    // Heredoc bodies follow the line that opened them.
    for (const h of pendingHeredocs) {
      const body: string[] = [];
      n++;
      while (n < lines.length && (h.squiggly ? lines[n]!.trim() : lines[n]) !== h.id) body.push(lines[n++]!);
      if (n >= lines.length) return { ok: false, line: n, error: `a heredoc (<<${h.id}) that is never closed` };
      h.token.v = body.join('\n');
      h.token.interpolated = h.token.v.includes('#{');
    }
    pendingHeredocs = [];
    const lastTok = (current as Statement | null)?.tokens.at(-1);
    const open = depth > 0 || continues || (lastTok?.t === 'punct' && [',', '=', '=>', '.', '||', '&&', '+'].includes(lastTok.v));
    if (current && !open) {
      statements.push(current);
      current = null;
    }
  }
  if (current) statements.push(current);
  return { ok: true, statements };
}
