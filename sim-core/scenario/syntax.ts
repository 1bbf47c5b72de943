/**
 * Text to plain data: YAML or JSON, with syntax errors placed at `file:line:col`, and the
 * limits of ./bounds.ts applied before anything walks the result.
 */

import { parseDocument } from 'yaml';
import { LIMITS, bracketDepthExceeded, indentDepthExceeded, sanitize } from './bounds';
import { readPlainYaml } from './plain-yaml';

export type ReadResult =
  /** `sanitized`: the value is already what sanitize would make of it (nothing to copy). */
  | { ok: true; value: unknown; warnings: string[]; sanitized?: true }
  | { ok: false; errors: string[] };

/** `.json` files, and files of another name whose text opens with `{`, are read as JSON. */
export function looksLikeJson(text: string, fileName: string): boolean {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.json')) return true;
  if (lower.endsWith('.yaml') || lower.endsWith('.yml')) return false;
  return text.trimStart().startsWith('{');
}

/** 1-based line and column of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, col: end - lineStart + 1 };
}

function firstLine(message: string): string {
  // yaml's pretty messages end with " at line L, column C:" and a code excerpt; we give the place ourselves.
  const head = message.split('\n')[0] ?? message;
  return head.replace(/ at line \d+, column \d+:?$/, '');
}

function readJson(text: string, fileName: string): ReadResult {
  try {
    return { ok: true, value: JSON.parse(text) as unknown, warnings: [] };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    const offset = position ? Number(position[1]) : text.length;
    const { line, col } = lineColumn(text, offset);
    const reason = message.replace(/ in JSON at position \d+.*$/, '').replace(/^JSON\.parse: /, '');
    return { ok: false, errors: [`${fileName}:${line}:${col}: not valid JSON: ${reason}`] };
  }
}

/** The yaml package's wording for YAML features a scenario does not use, said in ours. */
function yamlFeatureMessage(message: string): string | null {
  if (/multiple documents/i.test(message)) return 'holds more than one YAML document (separated by ---); a scenario file is one document';
  if (/Maximum call stack/i.test(message)) return `nested more than ${LIMITS.maxDepth} levels deep; refused`;
  return null;
}

function readYaml(text: string, fileName: string, merge: boolean): ReadResult {
  // Plain data reads the same through the fast reader; the rest (and every refusal) through `yaml`.
  const plain = merge ? undefined : readPlainYaml(text);
  if (plain) return { ok: true, value: plain.value, warnings: [], ...(plain.sanitized ? { sanitized: true } : {}) };
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true, merge });
  const feature = doc.errors.map((e) => yamlFeatureMessage(e.message)).find((m) => m !== null);
  if (feature) return { ok: false, errors: [`${fileName}: ${feature}`] };
  // A tag the core schema does not know (`!!python/object`, `!Ref`) asks for a type this format has not.
  const tag = doc.warnings.find((w) => /Unresolved tag/.test(w.message));
  if (tag) {
    const pos = tag.linePos?.[0];
    const name = /Unresolved tag: (\S+)/.exec(tag.message)?.[1] ?? '';
    const shown = name.replace(/^tag:yaml\.org,2002:/, '!!');
    return { ok: false, errors: [`${pos ? `${fileName}:${pos.line}:${pos.col}` : fileName}: YAML tags such as ${shown.slice(0, 60)} are not supported; write plain values`] };
  }
  if (doc.errors.length > 0) {
    return {
      ok: false,
      errors: doc.errors.slice(0, 10).map((e) => {
        const pos = e.linePos?.[0];
        const place = pos ? `${fileName}:${pos.line}:${pos.col}` : fileName;
        return `${place}: not valid YAML: ${firstLine(e.message)}`;
      }),
    };
  }
  const warnings = doc.warnings.map((w) => {
    const pos = w.linePos?.[0];
    return `${pos ? `${fileName}:${pos.line}:${pos.col}` : fileName}: ${firstLine(w.message)}`;
  });
  try {
    return { ok: true, value: doc.toJS({ maxAliasCount: LIMITS.maxAliasCount }) as unknown, warnings };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/alias/i.test(message)) {
      return { ok: false, errors: [`${fileName}: refused: its aliases (*name) expand too far (more than ${LIMITS.maxAliasCount} uses), as in a "billion laughs" file`] };
    }
    return { ok: false, errors: [`${fileName}: could not be read: ${message}`] };
  }
}

/**
 * Parse, bound and sanitise a scenario file's text. Never throws. `merge`: read YAML merge
 * keys (`<<: *defaults`), as Compose files use them.
 */
export function readText(text: string, fileName: string, merge = false): ReadResult {
  if (text.length > LIMITS.maxTextChars) {
    return { ok: false, errors: [`${fileName}: the file is ${(text.length / 1024 / 1024).toFixed(1)} MB; scenario files may be at most ${LIMITS.maxTextChars / 1024 / 1024} MB`] };
  }
  if (text.trim() === '') return { ok: false, errors: [`${fileName}: the file is empty; expected a scenario starting with "version: 1"`] };
  const json = looksLikeJson(text, fileName);
  const tooDeep = bracketDepthExceeded(text, LIMITS.maxDepth, !json) ?? (json ? null : indentDepthExceeded(text, LIMITS.maxDepth));
  if (tooDeep !== null) {
    const { line, col } = lineColumn(text, tooDeep);
    return { ok: false, errors: [`${fileName}:${line}:${col}: nested more than ${LIMITS.maxDepth} levels deep; refused`] };
  }
  let read: ReadResult;
  try {
    read = json ? readJson(text, fileName) : readYaml(text, fileName, merge);
  } catch (error) {
    // The parsers' own recursion on pathological input: refuse rather than crash.
    return { ok: false, errors: [`${fileName}: could not be read: ${error instanceof Error ? error.message : String(error)}`] };
  }
  if (!read.ok) return read;
  if (read.sanitized) return { ok: true, value: read.value, warnings: read.warnings };
  const clean = sanitize(read.value);
  if (clean.error !== null) return { ok: false, errors: [`${fileName}: ${clean.error}; refused`] };
  const warnings = [...read.warnings, ...clean.stripped.map((place) => `${fileName}: ${place}: removed (a key of that name is not allowed)`)];
  return { ok: true, value: clean.value, warnings };
}
