/**
 * bash's `printf FORMAT [ARGUMENTS...]`: the format's backslash escapes (\n, \t, \\, \", \0NNN)
 * and conversions (%s, %b, %c, %d, %i, %u, %x, %X, %o, %%, with flags, width and precision), the
 * format used again while arguments remain, missing arguments as empty or 0, as bash does.
 */
import type { CommandResult } from './types';
import { fail, ok } from './types';

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', a: '\x07', b: '\b', f: '\f', v: '\v', '\\': '\\', '"': '"', "'": "'", e: '\x1b' };

function unescape(text: string): string {
  return text.replace(/\\(0[0-7]{0,3}|[0-7]{1,3}|x[0-9a-fA-F]{1,2}|.)/g, (m, c: string) => {
    if (/^0?[0-7]{1,3}$/.test(c)) return String.fromCharCode(parseInt(c, 8));
    if (c[0] === 'x' && c.length > 1) return String.fromCharCode(parseInt(c.slice(1), 16));
    return ESCAPES[c] ?? m;
  });
}

function pad(text: string, flags: string, width: number): string {
  if (text.length >= width) return text;
  if (flags.includes('-')) return text.padEnd(width);
  return flags.includes('0') && /^-?\d/.test(text) ? (text.startsWith('-') ? `-${text.slice(1).padStart(width - 1, '0')}` : text.padStart(width, '0')) : text.padStart(width);
}

/** The text printf writes (exactly: no newline is added), or bash's complaint. */
export function printfText(args: readonly string[]): { text: string; error: string | null } {
  if (args.length === 0) return { text: '', error: 'printf: usage: printf [-v var] format [arguments]' };
  const format = args[0]!;
  const values = args.slice(1);
  let used = 0;
  let error: string | null = null;
  const spec = /%([-+ 0#]*)(\d*)(?:\.(\d+))?([sbcdiuxXo%])/g;
  const once = (): string => unescape(format.replace(/\\%/g, '%%')).replace(spec, (_m, flags: string, w: string, prec: string | undefined, conv: string) => {
    if (conv === '%') return '%';
    const arg = values[used++];
    const width = Number(w || 0);
    switch (conv) {
      case 's': {
        const s = arg ?? '';
        return pad(prec !== undefined ? s.slice(0, Number(prec)) : s, flags, width);
      }
      case 'b': return pad(unescape(arg ?? ''), flags, width);
      case 'c': return pad((arg ?? '').slice(0, 1), flags, width);
      default: {
        const raw = arg ?? '0';
        const n = /^[-+]?\d+$/.test(raw) ? Number(raw) : /^'./.test(raw) ? raw.codePointAt(1)! : NaN;
        if (Number.isNaN(n)) {
          error = `bash: printf: ${raw}: invalid number`;
          return pad('0', flags, width);
        }
        const body = conv === 'x' ? Math.trunc(n).toString(16) : conv === 'X' ? Math.trunc(n).toString(16).toUpperCase() : conv === 'o' ? Math.trunc(n).toString(8) : String(Math.trunc(n));
        return pad(flags.includes('+') && n >= 0 && (conv === 'd' || conv === 'i') ? `+${body}` : body, flags, width);
      }
    }
  });
  let text = once();
  // The format is used again while arguments remain (only when it consumes some).
  while (used > 0 && used < values.length) text += once();
  return { text, error };
}

export function printf(args: readonly string[]): CommandResult {
  const { text, error } = printfText(args);
  // The terminal prints lines: the text's last newline ends its last line.
  const out = text.replace(/\n$/, '');
  if (error) return { ...fail(error + (out ? `\n${out}` : ''), 1) };
  return ok(out);
}
