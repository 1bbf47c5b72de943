/**
 * The parts of a bash command line above a simple command: lists (`a && b`, `a || b`, `a ; b`)
 * and pipelines (`a | b`), split outside quotes and command substitutions; and `$NAME`,
 * `${NAME}`, `$?`, `$(command)` and `` `command` `` expanded outside single quotes, as bash
 * does before splitting words.
 */

import { evaluateArithmetic } from './arithmetic';

export interface ListItem {
  /** How it joins the previous item: run always (`;` or first), on success (`&&`), on failure (`||`). */
  when: 'always' | 'and' | 'or';
  /** The stages of its pipeline, each a simple command's text. */
  stages: string[];
}

/**
 * Where a command substitution that opens at `start` (`$(` or a backquote) ends: the index
 * just past its `)` or closing backquote, or -1 when it is not closed. Quotes, escapes and
 * nested `$(...)` inside it are skipped over, so `$(docker ps --format "{{.ID}}")` is one piece.
 */
export function substitutionEnd(text: string, start: number): number {
  if (text[start] === '`') {
    for (let i = start + 1; i < text.length; i++) {
      if (text[i] === '\\') i++;
      else if (text[i] === '`') return i + 1;
    }
    return -1;
  }
  let depth = 1;
  for (let i = start + 2; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\\') i++;
    else if (ch === "'") {
      const close = text.indexOf("'", i + 1);
      if (close < 0) return -1;
      i = close;
    } else if (ch === '"') {
      for (i++; i < text.length && text[i] !== '"'; i++) {
        if (text[i] === '\\') i++;
        else if (text[i] === '$' && text[i + 1] === '(') {
          const end = substitutionEnd(text, i);
          if (end < 0) return -1;
          i = end - 1;
        }
      }
      if (i >= text.length) return -1;
    } else if (ch === '(') {
      // `$(`, `$((` and a bare `(` all nest: the parentheses inside balance.
      depth++;
    } else if (ch === ')' && --depth === 0) return i + 1;
  }
  return -1;
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
    if (quote !== "'" && ((ch === '$' && line[i + 1] === '(') || ch === '`')) {
      // A command substitution is one piece of the word it is in, operators and all.
      const end = substitutionEnd(line, i);
      const stop = end < 0 ? line.length : end;
      cur += line.slice(i, stop);
      i = stop - 1;
      continue;
    }
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

/**
 * Runs a substituted command: its standard output, or null when it cannot be substituted
 * (the runner has then said why). `quoted`: inside double quotes, where bash keeps newlines.
 */
export type Substitute = (command: string) => string | null;

/**
 * Expands `$NAME`, `${NAME}`, `$?`, `$(command)` and `` `command` `` outside single quotes; an
 * unset name is empty. Without `substitute` only `$(pwd)` is known. A substitution's output
 * loses its trailing newlines; outside double quotes its lines become separate words (bash's
 * word splitting), inside them it stays one word. `$(( EXPR ))` is integer arithmetic. Null
 * when a substitution could not run or the arithmetic failed (`onError` has been told why).
 */
export function expandVariables(text: string, lookup: (name: string) => string | undefined, substitute?: Substitute): string;
export function expandVariables(text: string, lookup: (name: string) => string | undefined, substitute: Substitute | undefined, onError: (message: string) => void): string | null;
export function expandVariables(text: string, lookup: (name: string) => string | undefined, substitute?: Substitute, onError?: (message: string) => void): string | null {
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
    } else if (!single && ch === '$' && text.startsWith('((', i + 1) && substitutionEnd(text, i) > 0 && text[substitutionEnd(text, i) - 2] === ')') {
      // $(( EXPR )): arithmetic, not a command.
      const end = substitutionEnd(text, i);
      // Variables and substitutions inside are expanded first, as bash does.
      const inner = expandVariables(text.slice(i + 3, end - 2), lookup, substitute, onError ?? (() => {}));
      if (inner === null) return onError ? null : text;
      const result = evaluateArithmetic(inner.replace(/'/g, ''), lookup);
      if (!result.ok) {
        if (!onError) return text;
        onError(result.error);
        return null;
      }
      out += String(result.value);
      i = end - 1;
      continue;
    } else if (!single && ((ch === '$' && text[i + 1] === '(') || ch === '`')) {
      const end = substitutionEnd(text, i);
      if (end > 0) {
        const command = ch === '`' ? text.slice(i + 1, end - 1) : text.slice(i + 2, end - 1);
        const output = substitute ? substitute(command) : command.trim() === 'pwd' ? lookup('PWD') ?? '' : null;
        if (output === null) {
          if (substitute) return null;
          out += text.slice(i, end);
        } else {
          const trimmed = output.replace(/\n+$/, '');
          out += double ? escapeInDoubleQuotes(trimmed) : quoteWords(trimmed);
        }
        i = end - 1;
        continue;
      }
    } else if (ch === '$' && !single) {
      const rest = text.slice(i + 1);
      const m = /^(?:\{([A-Za-z_][A-Za-z0-9_]*)\}|([A-Za-z_][A-Za-z0-9_]*)|(\?))/.exec(rest);
      if (m) {
        const name = m[1] ?? m[2] ?? '?';
        out += lookup(name) ?? '';
        i += m[0].length;
        continue;
      }
    }
    out += ch;
  }
  return out;
}

/** Output substituted outside quotes: split into words at blanks and newlines, each word kept literal. */
function quoteWords(output: string): string {
  return output.split(/[ \t\n]+/).filter((w) => w !== '').map((w) => `'${w.replace(/'/g, "'\\''")}'`).join(' ');
}

/** Output substituted inside double quotes: literal, as the tokenizer reads a double-quoted word. */
function escapeInDoubleQuotes(output: string): string {
  return output.replace(/["\\]/g, (c) => `\\${c}`);
}
