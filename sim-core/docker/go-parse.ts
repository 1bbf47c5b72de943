/**
 * Go's number, boolean and duration parsing (strconv, time) and go-units' RAMInBytes, with
 * the exact error texts they return: the docker CLI shows them inside its
 * `invalid argument "x" for "--flag" flag: ...` messages.
 */

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

/** Go's %q (strconv.Quote) for the text a user can type: double quotes, backslash escapes. */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    if (ch === '"' || ch === '\\') out += `\\${ch}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\r') out += '\\r';
    else if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).padStart(2, '0')}`;
    else out += ch;
  }
  return `${out}"`;
}

const good = <T>(value: T): Parsed<T> => ({ ok: true, value });
const bad = <T>(error: string): Parsed<T> => ({ ok: false, error });

/** strconv.ParseBool. */
export function parseBool(s: string): Parsed<boolean> {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(s)) return good(true);
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(s)) return good(false);
  return bad(`strconv.ParseBool: parsing ${goQuote(s)}: invalid syntax`);
}

/** Go integer literal syntax with base 0: `12`, `0x1f`, `0o17`, `017`, `0b101`, underscores between digits. */
function goIntegerDigits(body: string): bigint | null {
  let base = 10;
  let digits = body;
  let prefixed = false;
  if (/^0[xX]/.test(body)) [base, digits, prefixed] = [16, body.slice(2), true];
  else if (/^0[bB]/.test(body)) [base, digits, prefixed] = [2, body.slice(2), true];
  else if (/^0[oO]/.test(body)) [base, digits, prefixed] = [8, body.slice(2), true];
  else if (body.length > 1 && body[0] === '0') [base, digits, prefixed] = [8, body.slice(1), true];
  if (digits.includes('_')) {
    // Underscores only with base 0, between digits (or right after a prefix).
    const shape = prefixed ? /^_?[0-9a-fA-F]+(_[0-9a-fA-F]+)*$/ : /^[0-9]+(_[0-9]+)*$/;
    if (!shape.test(digits)) return null;
    digits = digits.replace(/_/g, '');
  }
  if (digits === '') return null;
  const alphabet = '0123456789abcdef'.slice(0, base);
  let n = 0n;
  for (const ch of digits.toLowerCase()) {
    const d = alphabet.indexOf(ch);
    if (d < 0) return null;
    n = n * BigInt(base) + BigInt(d);
  }
  return n;
}

/** strconv.ParseInt(s, 0, bits). */
export function parseInt(s: string, bits = 64): Parsed<number> {
  const fn = 'strconv.ParseInt';
  const negative = s.startsWith('-');
  const body = s.startsWith('-') || s.startsWith('+') ? s.slice(1) : s;
  const n = goIntegerDigits(body);
  if (n === null) return bad(`${fn}: parsing ${goQuote(s)}: invalid syntax`);
  const limit = 1n << BigInt(bits - 1);
  const v = negative ? -n : n;
  if (v >= limit || v < -limit) return bad(`${fn}: parsing ${goQuote(s)}: value out of range`);
  return good(Number(v));
}

/** strconv.ParseUint(s, 0, bits): no sign allowed. */
export function parseUint(s: string, bits = 64): Parsed<number> {
  const fn = 'strconv.ParseUint';
  const n = s.startsWith('-') || s.startsWith('+') ? null : goIntegerDigits(s);
  if (n === null) return bad(`${fn}: parsing ${goQuote(s)}: invalid syntax`);
  if (n >= 1n << BigInt(bits)) return bad(`${fn}: parsing ${goQuote(s)}: value out of range`);
  return good(Number(n));
}

/** strconv.ParseFloat(s, 64), decimal and the special words; hex floats are rare enough to refuse. */
export function parseFloat(s: string): Parsed<number> {
  const err = `strconv.ParseFloat: parsing ${goQuote(s)}: invalid syntax`;
  const lower = s.toLowerCase().replace(/^[+-]/, '');
  if (['inf', 'infinity'].includes(lower)) return good(s.startsWith('-') ? -Infinity : Infinity);
  if (lower === 'nan') return good(NaN);
  if (!/^[+-]?(\d+(_\d+)*\.?(\d+(_\d+)*)?|\.\d+(_\d+)*)([eE][+-]?\d+)?$/.test(s) || s.includes('_')) return bad(err);
  const v = Number(s);
  if (!Number.isFinite(v)) return bad(`strconv.ParseFloat: parsing ${goQuote(s)}: value out of range`);
  return good(v);
}

const DURATION_UNITS: Record<string, number> = {
  ns: 1e-6, us: 1e-3, 'µs': 1e-3, 'μs': 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000,
};

/** time.ParseDuration, in milliseconds: `300ms`, `1.5h`, `2h45m`, `-1s`, `0`. */
export function parseDuration(s: string): Parsed<number> {
  const quoted = goQuote(s);
  let rest = s;
  let sign = 1;
  if (rest[0] === '-' || rest[0] === '+') {
    if (rest[0] === '-') sign = -1;
    rest = rest.slice(1);
  }
  if (rest === '0') return good(0);
  if (rest === '') return bad(`time: invalid duration ${quoted}`);
  let total = 0;
  while (rest !== '') {
    const num = /^(\d*)(\.\d*)?/.exec(rest)!;
    if (num[0] === '' || num[0] === '.') return bad(`time: invalid duration ${quoted}`);
    rest = rest.slice(num[0].length);
    const unit = /^[^\d.]*/.exec(rest)![0];
    if (unit === '') return bad(`time: missing unit in duration ${quoted}`);
    const factor = DURATION_UNITS[unit];
    if (factor === undefined) return bad(`time: unknown unit ${goQuote(unit)} in duration ${quoted}`);
    rest = rest.slice(unit.length);
    total += Number(num[0]) * factor;
  }
  return good(sign * total);
}

const RAM_UNITS: Record<string, number> = { k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4, p: 1024 ** 5 };

/**
 * go-units RAMInBytes (v0.5.0 parseSize with the binary map): `256m`, `1g`, `512MiB`,
 * `1.5 GB` (binary all the same), `4096`. Errors: `invalid size: 'x'`, `invalid suffix: 'x'`,
 * or strconv.ParseFloat's.
 */
export function ramInBytes(text: string): Parsed<number> {
  let sep = -1;
  for (let k = text.length - 1; k >= 0; k--) {
    if ('01234567890. '.includes(text[k]!)) {
      sep = k;
      break;
    }
  }
  if (sep === -1) return bad(`invalid size: '${text}'`);
  const num = text[sep] === ' ' ? text.slice(0, sep) : text.slice(0, sep + 1);
  let sfx = text.slice(sep + 1);
  const parsed = parseFloat(num);
  if (!parsed.ok) return parsed;
  let size = parsed.value;
  if (size < 0) return bad(`invalid size: '${text}'`);
  if (sfx.length === 0) return good(Math.trunc(size));
  if (sfx.length > 3) return bad(`invalid suffix: '${sfx}'`);
  sfx = sfx.toLowerCase();
  if (sfx[0] === 'b') return sfx.length > 1 ? bad(`invalid suffix: '${sfx}'`) : good(Math.trunc(size));
  const mul = RAM_UNITS[sfx[0]!];
  if (mul === undefined) return bad(`invalid suffix: '${sfx}'`);
  size *= mul;
  if ((sfx.length === 2 && sfx[1] !== 'b') || (sfx.length === 3 && sfx.slice(1) !== 'ib')) return bad(`invalid suffix: '${sfx}'`);
  return good(Math.trunc(size));
}

/**
 * docker's NanoCPUs (opts.ParseCPUs): big.Rat's SetString (`0.5`, `1/2`, `1.5e0`), times 1e9,
 * which must be whole. The value returned is in cores.
 */
export function parseCpus(value: string): Parsed<number> {
  const failed = bad<number>(`failed to parse ${value} as a rational number`);
  let num: bigint;
  let den: bigint;
  const frac = /^([+-]?\d+)\/(\d+)$/.exec(value);
  if (frac) {
    num = BigInt(frac[1]!);
    den = BigInt(frac[2]!);
    if (den === 0n) return failed;
  } else {
    const dec = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(value);
    if (!dec || (dec[2] === '' && (dec[3] ?? '') === '')) return failed;
    const digits = (dec[2] ?? '') + (dec[3] ?? '');
    const exp = Number(dec[4] ?? '0') - (dec[3] ?? '').length;
    if (Math.abs(exp) > 400) return failed;
    num = BigInt(digits || '0') * (exp > 0 ? 10n ** BigInt(exp) : 1n) * (dec[1] === '-' ? -1n : 1n);
    den = exp < 0 ? 10n ** BigInt(-exp) : 1n;
  }
  const nano = num * 1_000_000_000n;
  if (nano % den !== 0n) return bad('value is too precise');
  return good(Number(nano / den) / 1e9);
}
