/**
 * bash's arithmetic expansion `$(( EXPR ))` over integers: + - * / % ** and parentheses, unary
 * minus, and variable names (an unset or non-numeric one counts as 0, as in bash). Division by
 * zero and malformed expressions give bash's messages.
 */

export type Arithmetic = { ok: true; value: bigint } | { ok: false; error: string };

export function evaluateArithmetic(expr: string, lookup: (name: string) => string | undefined): Arithmetic {
  const tokens = expr.match(/\d+|[A-Za-z_]\w*|\*\*|[-+*/%()]|\S/g) ?? [];
  let i = 0;
  const fail = (token: string): never => {
    throw new ArithmeticFailure(`${expr.trim()}: syntax error: operand expected (error token is "${token}")`);
  };
  const primary = (): bigint => {
    const t = tokens[i++];
    if (t === undefined) return fail(expr.trim());
    if (t === '(') {
      const v = sum();
      if (tokens[i++] !== ')') return fail(tokens[i - 1] ?? expr.trim());
      return v;
    }
    if (t === '-') return -primary();
    if (t === '+') return primary();
    if (/^\d+$/.test(t)) return BigInt(t);
    if (/^[A-Za-z_]\w*$/.test(t)) {
      const v = lookup(t)?.trim() ?? '';
      return /^-?\d+$/.test(v) ? BigInt(v) : 0n;
    }
    return fail(t);
  };
  // `**` binds tighter than * and to the right; a negative exponent is bash's error.
  const power = (): bigint => {
    const base = primary();
    if (tokens[i] !== '**') return base;
    i++;
    const exponent = power();
    if (exponent < 0n) throw new ArithmeticFailure(`${expr.trim()}: exponent less than 0 (error token is "${tokens.slice(i - 1).join('')}")`);
    return base ** exponent;
  };
  const product = (): bigint => {
    let v = power();
    while (tokens[i] === '*' || tokens[i] === '/' || tokens[i] === '%') {
      const op = tokens[i++]!;
      const r = power();
      if (op !== '*' && r === 0n) throw new ArithmeticFailure(`${expr.trim()}: division by 0 (error token is "${tokens.slice(i - 1).join('') || '0'}")`);
      v = op === '*' ? v * r : op === '/' ? v / r : v % r;
    }
    return v;
  };
  const sum = (): bigint => {
    let v = product();
    while (tokens[i] === '+' || tokens[i] === '-') v = tokens[i++] === '+' ? v + product() : v - product();
    return v;
  };
  try {
    if (tokens.length === 0) return { ok: true, value: 0n };
    const value = sum();
    if (i < tokens.length) fail(tokens[i]!);
    // bash's integers are 64-bit and wrap.
    return { ok: true, value: BigInt.asIntN(64, value) };
  } catch (e) {
    if (e instanceof ArithmeticFailure) return { ok: false, error: `bash: ${e.message}` };
    throw e;
  }
}

class ArithmeticFailure extends Error {}
