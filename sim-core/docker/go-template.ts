/**
 * The subset of Go's text/template that `docker ... --format` and `docker inspect -f` lines in
 * Docker's docs use: `{{.Field.Sub}}`, `{{.}}`, `{{json .}}`, `{{index .Map "key"}}`,
 * `{{range ...}}{{end}}`, `{{if ...}}{{else}}{{end}}`, `{{with ...}}`, pipes, `-` trim markers,
 * and the CLI's functions (json, join, lower, upper, title, split, len, println, pad, truncate).
 * Structs are plain objects, Go maps are `Map`s (a missing key prints `<no value>`, as Go does),
 * and the errors are Go's words.
 */

export type GoValue = string | number | boolean | null | GoValue[] | GoStruct | Map<string, GoValue>;
export interface GoStruct {
  [field: string]: GoValue;
}

type Node =
  | { kind: 'text'; text: string }
  | { kind: 'action'; pipe: string; col: number }
  | { kind: 'range' | 'with' | 'if'; pipe: string; col: number; body: Node[]; otherwise: Node[] };

export class TemplateError extends Error {}

/** The Go type a struct's fields are looked up in, for the error text (`*formatter.ContainerContext`). */
export interface TemplateOptions {
  typeName: string;
  /** The CLI's contexts marshal themselves as a map: `{{json .}}` lists their fields sorted. */
  sortedJson?: boolean;
}

function lex(source: string): { text: string; action: string | null; col: number }[] {
  const out: { text: string; action: string | null; col: number }[] = [];
  let i = 0;
  while (i < source.length) {
    const open = source.indexOf('{{', i);
    if (open < 0) {
      out.push({ text: source.slice(i), action: null, col: i });
      break;
    }
    let text = source.slice(i, open);
    const close = source.indexOf('}}', open + 2);
    if (close < 0) throw new TemplateError('template: :1: unclosed action');
    let inner = source.slice(open + 2, close);
    if (inner.startsWith('- ')) {
      text = text.trimEnd();
      inner = inner.slice(2);
    }
    let next = close + 2;
    if (inner.endsWith(' -')) {
      inner = inner.slice(0, -2);
      const rest = source.slice(next);
      next += rest.length - rest.trimStart().length;
    }
    if (text) out.push({ text, action: null, col: i });
    out.push({ text: '', action: inner.trim(), col: open + 2 });
    i = next;
  }
  return out;
}

function parse(source: string): Node[] {
  const items = lex(source);
  let pos = 0;
  const block = (inBlock: boolean): { nodes: Node[]; ended: 'end' | 'else' | null } => {
    const nodes: Node[] = [];
    while (pos < items.length) {
      const item = items[pos++]!;
      if (item.action === null) {
        nodes.push({ kind: 'text', text: item.text });
        continue;
      }
      const a = item.action;
      if (a === 'end' || a === 'else') {
        if (!inBlock) throw new TemplateError(`template: :1: unexpected {{${a}}}`);
        return { nodes, ended: a };
      }
      const m = /^(range|with|if)\s+(.*)$/.exec(a);
      if (m) {
        const body = block(true);
        const otherwise = body.ended === 'else' ? block(true) : { nodes: [], ended: 'end' as const };
        if (otherwise.ended !== 'end') throw new TemplateError('template: :1: unexpected EOF');
        nodes.push({ kind: m[1] as 'range' | 'with' | 'if', pipe: m[2]!, col: item.col, body: body.nodes, otherwise: otherwise.nodes });
        continue;
      }
      if (a.startsWith('/*')) continue;
      nodes.push({ kind: 'action', pipe: a, col: item.col });
    }
    if (inBlock) throw new TemplateError('template: :1: unexpected EOF');
    return { nodes, ended: null };
  };
  return block(false).nodes;
}

/** Words of a command: field chains, strings, numbers, names; pipes split first. */
function words(command: string): string[] {
  const out: string[] = [];
  const re = /"(?:[^"\\]|\\.)*"|`[^`]*`|\S+/g;
  for (const m of command.matchAll(re)) out.push(m[0]);
  return out;
}

function splitPipes(pipe: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quote: string | null = null;
  for (const ch of pipe) {
    if (quote) {
      if (ch === quote) quote = null;
      cur += ch;
    } else if (ch === '"' || ch === '`') {
      quote = ch;
      cur += ch;
    } else if (ch === '|') {
      out.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  out.push(cur.trim());
  return out;
}

/** Go's default printing of a value (fmt's %v). */
export function goPrint(v: GoValue | undefined): string {
  if (v === undefined) return '<no value>';
  if (v === null) return '<nil>';
  if (Array.isArray(v)) return `[${v.map(goPrint).join(' ')}]`;
  if (v instanceof Map) return `map[${[...v.keys()].sort().map((k) => `${k}:${goPrint(v.get(k)!)}`).join(' ')}]`;
  if (typeof v === 'object') return `{${Object.values(v).map(goPrint).join(' ')}}`;
  return String(v);
}

function toJsonValue(v: GoValue, sorted: boolean): unknown {
  if (v instanceof Map) return Object.fromEntries([...v.keys()].sort().map((k) => [k, toJsonValue(v.get(k)!, sorted)]));
  if (Array.isArray(v)) return v.map((x) => toJsonValue(x, sorted));
  if (v !== null && typeof v === 'object') {
    const entries = Object.entries(v).map(([k, x]) => [k, toJsonValue(x, sorted)] as const);
    return Object.fromEntries(sorted ? entries.sort(([a], [b]) => (a < b ? -1 : 1)) : entries);
  }
  return v;
}

/** Go's json.Marshal: compact, with <, > and & escaped as it escapes them for HTML. */
export function goJson(v: GoValue, sorted = false): string {
  return JSON.stringify(toJsonValue(v, sorted)).replace(/[<>&]/g, (c) => `\\u00${c.charCodeAt(0).toString(16)}`);
}

function truthy(v: GoValue | undefined): boolean {
  if (v === undefined || v === null || v === false || v === 0 || v === '') return false;
  if (Array.isArray(v)) return v.length > 0;
  if (v instanceof Map) return v.size > 0;
  return true;
}

const FUNCTIONS: Record<string, (args: GoValue[], opts: TemplateOptions) => GoValue> = {
  json: ([v], opts) => goJson(v ?? null, opts.sortedJson === true),
  join: ([list, sep]) => (Array.isArray(list) ? list.map(goPrint).join(String(sep ?? '')) : goPrint(list)),
  lower: ([v]) => goPrint(v).toLowerCase(),
  upper: ([v]) => goPrint(v).toUpperCase(),
  title: ([v]) => goPrint(v).replace(/\b\w/g, (c) => c.toUpperCase()),
  split: ([v, sep]) => goPrint(v).split(String(sep)),
  len: ([v]) => (Array.isArray(v) ? v.length : v instanceof Map ? v.size : typeof v === 'string' ? v.length : 0),
  println: (args) => args.map(goPrint).join(' ') + '\n',
  print: (args) => args.map(goPrint).join(''),
  pad: ([v, l, r]) => ' '.repeat(Number(l)) + goPrint(v) + ' '.repeat(Number(r)),
  truncate: ([v, n]) => [...goPrint(v)].slice(0, Number(n)).join(''),
  index: ([v, ...keys]) => {
    let cur: GoValue | undefined = v;
    for (const k of keys) cur = cur instanceof Map ? cur.get(String(k)) : Array.isArray(cur) ? cur[Number(k)] : undefined;
    return cur ?? null;
  },
  printf: ([format, ...args]) => {
    let i = 0;
    return String(format).replace(/%[svdq%]/g, (spec) => (spec === '%%' ? '%' : spec === '%q' ? JSON.stringify(goPrint(args[i++])) : goPrint(args[i++])));
  },
};

interface Scope {
  dot: GoValue;
  root: GoValue;
  opts: TemplateOptions;
  col: number;
}

function field(base: GoValue | undefined, chain: string, scope: Scope, whole: string): GoValue | undefined {
  let cur = base;
  for (const name of chain.split('.').filter(Boolean)) {
    if (cur instanceof Map) {
      cur = cur.get(name);
      continue;
    }
    if (cur !== null && cur !== undefined && typeof cur === 'object' && !Array.isArray(cur) && Object.hasOwn(cur, name)) {
      cur = cur[name];
      continue;
    }
    const type = cur === base ? scope.opts.typeName : cur === null ? 'nil' : Array.isArray(cur) ? 'slice' : typeof cur === 'object' ? 'struct' : typeof cur === 'number' ? 'int' : typeof cur === 'boolean' ? 'bool' : 'string';
    throw new TemplateError(`template: :1:${scope.col}: executing "" at <${whole}>: can't evaluate field ${name} in type ${type}`);
  }
  return cur;
}

function operand(word: string, scope: Scope): GoValue | undefined {
  if (word === '.') return scope.dot;
  if (word.startsWith('$')) return field(scope.root, word.slice(1), scope, word);
  if (word.startsWith('.')) return field(scope.dot, word, scope, word);
  if (word.startsWith('"')) return JSON.parse(word) as string;
  if (word.startsWith('`')) return word.slice(1, -1);
  if (/^-?\d+(\.\d+)?$/.test(word)) return Number(word);
  if (word === 'true' || word === 'false') return word === 'true';
  if (word === 'nil') return null;
  throw new TemplateError(`template: :1: function "${word}" not defined`);
}

function evalPipe(pipe: string, scope: Scope): GoValue | undefined {
  let prev: GoValue | undefined;
  let first = true;
  for (const command of splitPipes(pipe)) {
    const [head, ...rest] = words(command);
    if (head === undefined) throw new TemplateError('template: :1: missing value for command');
    let value: GoValue | undefined;
    if (Object.hasOwn(FUNCTIONS, head)) {
      const args = rest.map((w) => operand(w, scope) ?? null);
      if (!first) args.push(prev ?? null);
      value = FUNCTIONS[head]!(args, scope.opts);
    } else {
      if (rest.length > 0 || !first) throw new TemplateError(`template: :1:${scope.col}: executing "" at <${head}>: can't give argument to non-function ${head}`);
      value = operand(head, scope);
    }
    prev = value;
    first = false;
  }
  return prev;
}

function run(nodes: Node[], scope: Scope, out: string[]): void {
  for (const n of nodes) {
    if (n.kind === 'text') out.push(n.text);
    else if (n.kind === 'action') out.push(goPrint(evalPipe(n.pipe, { ...scope, col: n.col })));
    else {
      const v = evalPipe(n.pipe, { ...scope, col: n.col });
      if (n.kind === 'if') run(truthy(v) ? n.body : n.otherwise, scope, out);
      else if (n.kind === 'with') run(truthy(v) ? n.body : n.otherwise, truthy(v) ? { ...scope, dot: v ?? null } : scope, out);
      else {
        const items = v instanceof Map ? [...v.keys()].sort().map((k) => v.get(k)!) : Array.isArray(v) ? v : [];
        if (items.length === 0) run(n.otherwise, scope, out);
        for (const item of items) run(n.body, { ...scope, dot: item }, out);
      }
    }
  }
}

/** A template compiled once, executed per item. */
export function compileTemplate(source: string, opts: TemplateOptions): (dot: GoValue) => string {
  const nodes = parse(source);
  return (dot) => {
    const out: string[] = [];
    run(nodes, { dot, root: dot, opts, col: 0 }, out);
    return out.join('');
  };
}
