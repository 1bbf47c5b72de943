/**
 * Text from a scenario or a user (names, paths, descriptions) printed to a terminal must not
 * drive it: an ESC or a C1 CSI in a name could clear the screen, set the window title or paint
 * a fake prompt. These helpers show such characters as visible escapes instead.
 */

/** C0 controls but tab and newline, DEL, C1 controls, and the bidirectional overrides. */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
/** The same class, for a yes/no scan: far cheaper than a replace with nothing to replace (the runner's 8 MB JSON). */
// eslint-disable-next-line no-control-regex
const ANY_UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

function visible(ch: string): string {
  const code = ch.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** The text with every control character that could drive a terminal shown as `\xNN`. */
export function escapeControlChars(text: string): string {
  if (!ANY_UNSAFE.test(text)) return text;
  return text.replace(UNSAFE, visible);
}

/**
 * JSON text safe to print: JSON.stringify already escapes C0 controls, but not DEL, C1
 * controls or bidi overrides, which it leaves raw; `\uNNNN` keeps the JSON valid and equal.
 */
export function escapeJsonControls(json: string): string {
  if (!ANY_UNSAFE.test(json)) return json;
  return json.replace(UNSAFE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
