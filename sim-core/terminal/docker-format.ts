/**
 * `--format` as the docker CLI's formatter applies it (cli/command/formatter/formatter.go):
 * `table` alone is the command's default table; `table TEMPLATE` prints a header row (each
 * field's header name) then a row per item through Go's tabwriter (minwidth 10, padding 3);
 * `json` is `{{json .}}`; any other text is a Go template run per item, one line each. `\t`
 * and `\n` typed in the format become a tab and a newline, as the CLI replaces them.
 */
import { compileTemplate, TemplateError, type GoStruct, type GoValue } from '../docker/go-template';
import { table } from './format';

export interface FormatSpec {
  /** The format the command uses without --format (`table {{.ID}}\t...`). */
  defaultTable: string;
  /** Header text of each field, e.g. ID → CONTAINER ID. */
  headers: Record<string, string>;
  /** The Go type fields are looked up in, for the error text (`*formatter.ContainerContext`). */
  typeName: string;
}

export type Formatted = { ok: true; text: string } | { ok: false; error: string };

export function formatItems(format: string | undefined, items: readonly GoStruct[], spec: FormatSpec): Formatted {
  let source = format === undefined || format === '' || format === 'table' ? spec.defaultTable : format === 'json' ? '{{json .}}' : format;
  const isTable = source.startsWith('table');
  if (isTable) source = source.slice('table'.length);
  source = source.trim().replace(/\\t/g, '\t').replace(/\\n/g, '\n');
  try {
    const row = compileTemplate(source, { typeName: spec.typeName, sortedJson: true });
    const lines = items.map((item) => row(item));
    if (!isTable) return { ok: true, text: lines.join('\n') };
    const headerMap = new Map<string, GoValue>(Object.entries(spec.headers));
    // The header row: the same template over a map of header names (json and friends leave them as they are).
    const header = compileTemplate(source.replace(/\{\{\s*(json|upper|lower|title)\s+/g, '{{'), { typeName: 'map[string]string' })(headerNamesAsFields(headerMap));
    const rows = [header, ...lines].flatMap((l) => l.split('\n')).map((l) => l.split('\t'));
    return { ok: true, text: table(rows) };
  } catch (e) {
    if (e instanceof TemplateError) return { ok: false, error: e.message };
    throw e;
  }
}

/** Header lookups by field name: `{{.ID}}` → CONTAINER ID; an unknown field prints nothing. */
function headerNamesAsFields(headers: Map<string, GoValue>): GoValue {
  return new Proxy(Object.fromEntries(headers), {
    has: () => true,
    get: (target, key) => (typeof key === 'string' ? (target[key] ?? '') : undefined),
    getOwnPropertyDescriptor: (target, key) => ({ configurable: true, enumerable: true, value: typeof key === 'string' ? (target[key] ?? '') : undefined }),
  }) as GoStruct;
}
