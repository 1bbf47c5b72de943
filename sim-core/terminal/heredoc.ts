/**
 * Here-documents (`cat > compose.yaml <<'EOF'` ... `EOF`), as bash reads them: the lines after
 * the command, up to one that is the delimiter alone (`<<-` also strips leading tabs), are the
 * command's standard input. A quoted delimiter keeps the text as it is; an unquoted one has
 * `$VAR` and `$(...)` expanded (the caller expands). The terminal reads the lines of a paste or
 * a script on until the delimiter comes (continuation.ts), then runs them as one command.
 */

export interface HereDoc {
  /** The delimiter word. */
  word: string;
  /** The command line with the `<<WORD` operator taken out. */
  command: string;
  /** The document's text, each line ending in a newline. */
  body: string;
  /** False for a quoted delimiter (`<<'EOF'`, `<<"EOF"`): no expansion. */
  expand: boolean;
  /** Whether the delimiter line has come. */
  closed: boolean;
}

const OPERATOR = /<<(-?)[ \t]*(?:'([^']+)'|"([^"]+)"|\\?([A-Za-z_][\w.-]*))/;

/**
 * The operator in a command line, outside quotes and arithmetic (`$(( x << 2 ))` shifts); null
 * when there is none (`<<<` is a here-string, not one).
 */
function findOperator(line: string): RegExpExecArray | null {
  let quote: string | null = null;
  let arithmetic = 0;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quote) {
      if (ch === quote) quote = null;
      continue;
    }
    if (line.startsWith('$((', i)) {
      arithmetic++;
      i += 2;
    } else if (arithmetic > 0 && line.startsWith('))', i)) {
      arithmetic--;
      i++;
    } else if (arithmetic > 0) continue;
    else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '\\') i++;
    else if (ch === '<' && line[i + 1] === '<' && line[i + 2] !== '<' && line[i - 1] !== '<') {
      const m = OPERATOR.exec(line.slice(i));
      if (!m) return null;
      m.index = i;
      return m;
    }
  }
  return null;
}

/** The here-document a (possibly multi-line) text holds; null when its first line has no `<<WORD`. */
export function parseHereDoc(text: string): HereDoc | null {
  const lines = text.split('\n');
  const first = lines[0]!;
  const m = findOperator(first);
  if (!m) return null;
  const strip = m[1] === '-';
  const word = m[2] ?? m[3] ?? m[4]!;
  const body: string[] = [];
  let closed = false;
  for (const raw of lines.slice(1)) {
    const line = strip ? raw.replace(/^\t+/, '') : raw;
    if (line === word) {
      closed = true;
      break;
    }
    body.push(`${line}\n`);
  }
  const command = (first.slice(0, m.index) + first.slice(m.index + m[0].length)).trim();
  return { word, command, body: body.join(''), expand: m[2] === undefined && m[3] === undefined && !m[0].includes('\\'), closed };
}
