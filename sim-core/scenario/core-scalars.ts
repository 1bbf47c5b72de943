/**
 * Plain (unquoted) YAML scalars resolved exactly as the `yaml` package's core schema resolves
 * them (yaml/dist/schema/core and common/null, test for test, in the same order), for the
 * fast readers beside it (./plain-yaml.ts, ./line-yaml.ts). js-yaml's own schemas differ on
 * e.g. `1e400` and `1_000`.
 */

export const NULL = /^(?:~|[Nn]ull|NULL)?$/;
export const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
export const INT_OCT = /^0o[0-7]+$/;
export const INT = /^[-+]?[0-9]+$/;
export const INT_HEX = /^0x[0-9a-fA-F]+$/;
export const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
export const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
export const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

/** A boolean, or undefined when `source` is not one. */
export function coreBool(source: string): boolean | undefined {
  return BOOL.test(source) ? source[0] === 't' || source[0] === 'T' : undefined;
}

/** An integer, or undefined when `source` is not one. */
export function coreInt(source: string): number | undefined {
  if (INT_OCT.test(source)) return parseInt(source.substring(2), 8);
  if (INT.test(source)) return parseInt(source, 10);
  if (INT_HEX.test(source)) return parseInt(source.substring(2), 16);
  return undefined;
}

/** A float, or undefined when `source` is not one. */
export function coreFloat(source: string): number | undefined {
  if (FLOAT_NAN.test(source)) return source.slice(-3).toLowerCase() === 'nan' ? NaN : source[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  if (FLOAT_EXP.test(source) || FLOAT.test(source)) return parseFloat(source);
  return undefined;
}

/**
 * The value of a plain scalar: null, a boolean, a number or the string itself. A letter other
 * than those that start null, true or false, `.inf` or `.nan` cannot start anything but a
 * string, so most names skip the tests.
 */
export function corePlain(source: string): unknown {
  const c = source.charCodeAt(0);
  const letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  if (letter && c !== 110 && c !== 78 && c !== 116 && c !== 84 && c !== 102 && c !== 70) return source; // not n N t T f F
  if (NULL.test(source)) return null;
  if (letter) return coreBool(source) ?? source;
  return coreInt(source) ?? coreFloat(source) ?? source;
}
