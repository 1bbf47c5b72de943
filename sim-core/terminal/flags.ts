/**
 * Command-line flags the way the docker CLI (cobra/pflag) reads them: `--name web`,
 * `--name=web`, `-m 256m`, clustered booleans `-dit`; parsing stops at the first operand
 * (the image, for `docker run`). Errors are worded as pflag words them.
 */

export interface FlagDef {
  /** Long name without dashes. */
  name: string;
  short?: string;
  takesValue: boolean;
}

export type ParsedFlags =
  | { ok: true; values: Record<string, string[]>; rest: string[] }
  | { ok: false; error: string };

export function parseFlags(args: readonly string[], defs: readonly FlagDef[], stopAtOperand = true): ParsedFlags {
  const byLong = new Map(defs.map((d) => [d.name, d]));
  const byShort = new Map(defs.filter((d) => d.short).map((d) => [d.short!, d]));
  const values: Record<string, string[]> = {};
  const rest: string[] = [];
  const put = (d: FlagDef, v: string): void => {
    (values[d.name] ??= []).push(v);
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      rest.push(...args.slice(i + 1));
      break;
    }
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = arg.slice(2, eq < 0 ? undefined : eq);
      const d = byLong.get(name);
      if (!d) return { ok: false, error: `unknown flag: --${name}` };
      if (!d.takesValue) put(d, eq < 0 ? 'true' : arg.slice(eq + 1));
      else if (eq >= 0) put(d, arg.slice(eq + 1));
      else if (i + 1 < args.length) put(d, args[++i]!);
      else return { ok: false, error: `flag needs an argument: --${name}` };
      continue;
    }
    if (arg.startsWith('-') && arg.length > 1) {
      for (let k = 1; k < arg.length; k++) {
        const ch = arg[k]!;
        const d = byShort.get(ch);
        if (!d) return { ok: false, error: `unknown shorthand flag: '${ch}' in ${arg}` };
        if (!d.takesValue) {
          put(d, 'true');
          continue;
        }
        const inline = arg.slice(k + 1).replace(/^=/, '');
        if (inline) put(d, inline);
        else if (i + 1 < args.length) put(d, args[++i]!);
        else return { ok: false, error: `flag needs an argument: '${ch}' in -${ch}` };
        break;
      }
      continue;
    }
    if (stopAtOperand) {
      rest.push(...args.slice(i));
      break;
    }
    rest.push(arg);
  }
  return { ok: true, values, rest };
}

/** The last value given for a flag (docker keeps the last), or undefined. */
export function last(values: Record<string, string[]>, name: string): string | undefined {
  return values[name]?.at(-1);
}
