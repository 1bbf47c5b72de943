/**
 * Command-line flags read the way spf13/pflag v1.0.5 reads them for cobra (the docker CLI's
 * parser): `--name web`, `--name=web`, `-m 256m`, `-m256m`, `-m=256m`, clustered booleans
 * `-dit`, a boolean written `--rm=false`, `--` ending the flags, and either stopping at the
 * first operand (`docker run IMAGE ...`, not interspersed) or collecting operands between
 * flags (`docker ps web -a`). Errors are worded as pflag words them (flag.go:
 * parseLongArg, parseSingleShortArg, FlagSet.Set); the caller adds cobra's
 * "See 'docker run --help'." line.
 */
import { goQuote } from '../docker/go-parse';

export { goQuote };

export interface FlagDef {
  /** Long name without dashes. */
  name: string;
  /** One-letter shorthand, or '' / absent. */
  short?: string;
  /** pflag's value type; `bool` flags need no argument (NoOptDefVal "true"). */
  type: string;
  /** pflag's MarkDeprecated message: the flag still works, with a notice. */
  deprecated?: string;
}

/**
 * Checks a value as the flag's Value.Set would: null when it is accepted, otherwise the
 * error text Set returns (pflag wraps it as `invalid argument "v" for "-m, --memory" flag: ...`).
 */
export type SetCheck = (def: FlagDef, value: string) => string | null;

export interface FlagValue {
  /** The flag's long name. */
  name: string;
  value: string;
  /** How it was written: `-p` or `--publish`. */
  as: string;
}

export type ParsedFlags =
  | {
    ok: true;
    /** Every flag given, in order (repeated flags appear each time). */
    given: FlagValue[];
    /** Values by long name, in the order given. */
    values: Record<string, string[]>;
    /** The operands (for `docker run`: the image, then the command and its arguments). */
    rest: string[];
    /** pflag's notices for deprecated flags ("Flag --x has been deprecated, ..."). */
    notices: string[];
  }
  | { ok: false; error: string };

export interface ParseOptions {
  /** false for `docker run/create/exec/top`: the first operand ends the flags. Default true. */
  interspersed?: boolean;
  /** Value checks by type (see SetCheck); none: every value is accepted. */
  check?: SetCheck;
}

/** How pflag names a flag in a Set error: `-m, --memory` or `--cpus`. */
export function flagLabel(def: FlagDef): string {
  return def.short ? `-${def.short}, --${def.name}` : `--${def.name}`;
}

export function parseFlags(args: readonly string[], defs: readonly FlagDef[], options: ParseOptions = {}): ParsedFlags {
  const interspersed = options.interspersed ?? true;
  const byLong = new Map(defs.map((d) => [d.name, d]));
  const byShort = new Map(defs.filter((d) => d.short).map((d) => [d.short!, d]));
  const given: FlagValue[] = [];
  const values: Record<string, string[]> = {};
  const rest: string[] = [];
  const notices: string[] = [];

  const set = (d: FlagDef, value: string, as: string): string | null => {
    const problem = options.check?.(d, value) ?? null;
    if (problem !== null) return `invalid argument ${goQuote(value)} for ${goQuote(flagLabel(d))} flag: ${problem}`;
    given.push({ name: d.name, value, as });
    (values[d.name] ??= []).push(value);
    if (d.deprecated && values[d.name]!.length === 1) notices.push(`Flag --${d.name} has been deprecated, ${d.deprecated}`);
    return null;
  };

  let i = 0;
  while (i < args.length) {
    const s = args[i++]!;
    if (s.length <= 1 || s[0] !== '-') {
      if (!interspersed) {
        rest.push(s, ...args.slice(i));
        break;
      }
      rest.push(s);
      continue;
    }
    if (s[1] === '-') {
      if (s.length === 2) {
        rest.push(...args.slice(i));
        break;
      }
      const body = s.slice(2);
      if (body[0] === '-' || body[0] === '=') return { ok: false, error: `bad flag syntax: ${s}` };
      const eq = body.indexOf('=');
      const name = eq < 0 ? body : body.slice(0, eq);
      const d = byLong.get(name);
      if (!d) return { ok: false, error: `unknown flag: --${name}` };
      let value: string;
      if (eq >= 0) value = body.slice(eq + 1);
      else if (d.type === 'bool') value = 'true';
      else if (i < args.length) value = args[i++]!;
      else return { ok: false, error: `flag needs an argument: ${s}` };
      const problem = set(d, value, `--${name}`);
      if (problem) return { ok: false, error: problem };
      continue;
    }
    // A cluster of shorthands: each letter a flag; one that takes a value takes the rest
    // of the cluster (`-p80:80`, `-m=1g`) or, when last, the next word.
    let shorts = s.slice(1);
    const next = i < args.length ? args[i] : undefined;
    let consumedNext = false;
    while (shorts.length > 0) {
      const c = shorts[0]!;
      const d = byShort.get(c);
      if (!d) return { ok: false, error: `unknown shorthand flag: '${c}' in -${shorts}` };
      let value: string;
      if (shorts.length > 2 && shorts[1] === '=') {
        value = shorts.slice(2);
        shorts = '';
      } else if (d.type === 'bool') {
        value = 'true';
        shorts = shorts.slice(1);
      } else if (shorts.length > 1) {
        value = shorts.slice(1);
        shorts = '';
      } else if (next !== undefined) {
        // pflag hands every letter of the cluster the same following word.
        value = next;
        consumedNext = true;
        shorts = '';
      } else {
        return { ok: false, error: `flag needs an argument: '${c}' in -${shorts}` };
      }
      const problem = set(d, value, `-${c}`);
      if (problem) return { ok: false, error: problem };
    }
    if (consumedNext) i++;
  }
  return { ok: true, given, values, rest, notices };
}

/** The last value given for a flag (docker keeps the last for single-valued flags), or undefined. */
export function last(values: Record<string, string[]>, name: string): string | undefined {
  return values[name]?.at(-1);
}
