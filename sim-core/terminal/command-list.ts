/**
 * The parts of a bash command line above a simple command: lists (`a && b`, `a || b`, `a ; b`)
 * and pipelines (`a | b`), split outside quotes; and `$NAME`, `${NAME}`, `$?`, `$(pwd)`
 * expanded outside single quotes, as bash does before splitting words.
 */

export interface ListItem {
  /** How it joins the previous item: run always (`;` or first), on success (`&&`), on failure (`||`). */
  when: 'always' | 'and' | 'or';
  /** The stages of its pipeline, each a simple command's text. */
  stages: string[];
}

/** Splits a line into and-or items and pipeline stages; null with bash's error when an operator has nothing before or after it. */
export function splitList(line: string): { items: ListItem[] } | { error: string } {
  const items: ListItem[] = [];
  let stages: string[] = [];
  let cur = '';
  let quote: '"' | "'" | null = null;
  let when: ListItem['when'] = 'always';
  const endStage = (token: string): string | null => {
    if (cur.trim() === '') return `bash: syntax error near unexpected token \`${token}'`;
    stages.push(cur.trim());
    cur = '';
    return null;
  };
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quote) {
      if (ch === quote) quote = null;
      if (ch === '\\' && quote === '"' && i + 1 < line.length) cur += ch + line[++i];
      else cur += ch;
      continue;
    }
    if (ch === '\\' && i + 1 < line.length) {
      cur += ch + line[++i];
      continue;
    }
    if (ch === "'" || ch === '"') {
      quote = ch;
      cur += ch;
      continue;
    }
    const two = line.slice(i, i + 2);
    if (two === '&&' || two === '||' || ch === ';') {
      const token = ch === ';' ? ';' : two;
      const e = endStage(token);
      if (e) return { error: e };
      items.push({ when, stages });
      stages = [];
      when = token === '&&' ? 'and' : token === '||' ? 'or' : 'always';
      if (token !== ';') i++;
      continue;
    }
    if (ch === '|') {
      const e = endStage('|');
      if (e) return { error: e };
      continue;
    }
    cur += ch;
  }
  if (quote) {
    // An open quote: the simple command's tokenizer reports it in bash's words.
    stages.push(cur.trim());
    items.push({ when, stages });
    return { items };
  }
  if (cur.trim() === '') {
    if (stages.length > 0 || items.length > 0) return { error: "bash: syntax error near unexpected token `newline'" };
    return { items: [] };
  }
  stages.push(cur.trim());
  items.push({ when, stages });
  return { items };
}

/** Expands `$NAME`, `${NAME}`, `$?` and `$(pwd)` outside single quotes; an unset name is empty. */
export function expandVariables(text: string, lookup: (name: string) => string | undefined): string {
  let out = '';
  let single = false;
  let double = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === "'" && !double) single = !single;
    else if (ch === '"' && !single) double = !double;
    else if (ch === '\\' && !single && i + 1 < text.length) {
      out += ch + text[++i];
      continue;
    } else if (ch === '$' && !single) {
      const rest = text.slice(i + 1);
      const m = /^(?:\{([A-Za-z_][A-Za-z0-9_]*)\}|([A-Za-z_][A-Za-z0-9_]*)|(\?)|\((pwd)\))/.exec(rest);
      if (m) {
        const name = m[1] ?? m[2] ?? (m[3] ? '?' : 'PWD');
        out += lookup(name) ?? '';
        i += m[0].length;
        continue;
      }
    }
    out += ch;
  }
  return out;
}
