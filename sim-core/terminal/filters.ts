/**
 * The text filters a pipeline ends in (`docker ps | grep web`, `ps -ef | wc -l`, `docker
 * images | head -3`): grep, head, tail, wc, sort, uniq and cat over the previous stage's
 * output, with GNU coreutils' and grep's usual options and exit codes.
 */
import type { CommandResult } from './types';
import { fail, ok } from './types';

type Filter = (input: string, args: readonly string[]) => CommandResult;

function lines(input: string): string[] {
  return input === '' ? [] : input.replace(/\n$/, '').split('\n');
}

/** `-n N`, `-N`, `--lines=N` (head and tail). */
function count(args: readonly string[], fallback: number): number | string {
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const v = a === '-n' ? args[++i] : a.startsWith('--lines=') ? a.slice(8) : /^-n\d+$/.test(a) ? a.slice(2) : /^-\d+$/.test(a) ? a.slice(1) : undefined;
    if (v !== undefined) return /^\d+$/.test(v) ? Number(v) : `invalid number of lines: '${v}'`;
  }
  return fallback;
}

const grep: Filter = (input, args) => {
  let pattern: string | undefined;
  const flags = new Set<string>();
  for (const a of args) {
    if (a.startsWith('-') && a.length > 1 && pattern === undefined) for (const f of a.slice(1)) flags.add(f);
    else if (pattern === undefined) pattern = a;
  }
  if (pattern === undefined) return fail("Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.", 2);
  let re: RegExp;
  try {
    // Basic and extended regular expressions differ mostly in which of ?+{}|() need a backslash.
    const source = flags.has('E') || flags.has('F') ? pattern : pattern.replace(/\\([?+{}|()])/g, '$1');
    re = new RegExp(flags.has('F') ? source.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : source, flags.has('i') ? 'i' : '');
  } catch {
    return fail('grep: Unmatched ( or \\(', 2);
  }
  const word = (l: string): boolean => (flags.has('w') ? new RegExp(`(^|\\W)(${re.source})(\\W|$)`, re.flags).test(l) : re.test(l));
  const all = lines(input);
  const hits = all.map((l, i) => ({ l, i })).filter(({ l }) => word(l) !== flags.has('v'));
  const text = flags.has('c') ? String(hits.length) : hits.map(({ l, i }) => (flags.has('n') ? `${i + 1}:${l}` : l)).join('\n');
  return hits.length > 0 || flags.has('c') ? { output: text, exitCode: hits.length > 0 ? 0 : 1, effects: [] } : fail('', 1);
};

const head: Filter = (input, args) => {
  const n = count(args, 10);
  return typeof n === 'string' ? fail(`head: ${n}`, 1) : ok(lines(input).slice(0, n).join('\n'));
};

const tail: Filter = (input, args) => {
  const n = count(args, 10);
  return typeof n === 'string' ? fail(`tail: ${n}`, 1) : ok(n === 0 ? '' : lines(input).slice(-n).join('\n'));
};

/** Bytes of the text in UTF-8 (what `wc -c` counts). */
function utf8Length(text: string): number {
  let n = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    n += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return n;
}

const wc: Filter = (input, args) => {
  const text = input === '' ? '' : input.endsWith('\n') ? input : `${input}\n`;
  const l = (text.match(/\n/g) ?? []).length;
  const w = text.split(/\s+/).filter(Boolean).length;
  const c = utf8Length(text);
  const want = args.join('');
  if (want.includes('l') && !want.includes('w') && !want.includes('c')) return ok(String(l));
  if (want.includes('w') && !want.includes('l') && !want.includes('c')) return ok(String(w));
  if ((want.includes('c') || want.includes('m')) && !want.includes('l') && !want.includes('w')) return ok(String(c));
  const width = Math.max(String(c).length, 1);
  return ok([l, w, c].map((x) => String(x).padStart(width)).join(' '));
};

const sort: Filter = (input, args) => {
  const flags = args.join('');
  const numeric = flags.includes('n');
  const out = [...lines(input)].sort((a, b) => (numeric ? parseFloat(a) - parseFloat(b) : a < b ? -1 : a > b ? 1 : 0));
  if (flags.includes('r')) out.reverse();
  return ok((flags.includes('u') ? [...new Set(out)] : out).join('\n'));
};

const uniq: Filter = (input, args) => {
  const out: Array<{ l: string; n: number }> = [];
  for (const l of lines(input)) {
    const last = out.at(-1);
    if (last && last.l === l) last.n++;
    else out.push({ l, n: 1 });
  }
  return ok(out.map(({ l, n }) => (args.includes('-c') ? `${String(n).padStart(7)} ${l}` : l)).join('\n'));
};

const FILTERS: Record<string, Filter> = { grep, head, tail, wc, sort, uniq, cat: (input) => ok(input.replace(/\n$/, '')) };

/** The text filters a pipeline may end in. */
export const FILTER_NAMES: readonly string[] = Object.keys(FILTERS);

/** The filter a pipeline stage names, when it reads its standard input (no file operand). */
export function filterFor(name: string): Filter | null {
  return Object.hasOwn(FILTERS, name) ? FILTERS[name]! : null;
}
