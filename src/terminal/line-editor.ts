/**
 * The terminal's line discipline as a small state machine (no DOM): typed characters,
 * backspace, left/right, history with up/down. `feed` takes what xterm's onData delivers and
 * says what happened; the component redraws the line from the state.
 */

export interface LineState {
  buffer: string;
  cursor: number;
  history: string[];
  /** Position while browsing history; history.length means the line being typed. */
  historyIndex: number;
  /** What was typed before browsing history started. */
  draft: string;
}

export type LineEvent =
  | { kind: 'edit' }
  /** `pasted`: what a paste held after the submitted line's newline (the next lines, typed in turn). */
  | { kind: 'submit'; line: string; pasted?: string }
  /** Tab: complete the word before the cursor. */
  | { kind: 'complete' }
  | { kind: 'interrupt' }
  | { kind: 'clear-screen' }
  | { kind: 'none' };

export const HISTORY_LIMIT = 200;

export function emptyLine(history: string[] = []): LineState {
  return { buffer: '', cursor: 0, history, historyIndex: history.length, draft: '' };
}

function insert(s: LineState, text: string): LineState {
  return { ...s, buffer: s.buffer.slice(0, s.cursor) + text + s.buffer.slice(s.cursor), cursor: s.cursor + text.length };
}

function browse(s: LineState, to: number): LineState {
  if (to < 0 || to > s.history.length) return s;
  const draft = s.historyIndex === s.history.length ? s.buffer : s.draft;
  const buffer = to === s.history.length ? draft : s.history[to]!;
  return { ...s, buffer, cursor: buffer.length, historyIndex: to, draft };
}

/** Typed or pasted text without C0 controls, DEL and C1 controls (U+0080-U+009F, CSI among them): echoed raw, they would drive the terminal. */
function printableOnly(text: string): string {
  return [...text].filter((ch) => ch >= ' ' && !(ch >= '\x7f' && ch <= '\x9f')).join('');
}

/** One chunk of input (a key, an escape sequence, or pasted text). */
export function feed(s: LineState, data: string): { state: LineState; event: LineEvent } {
  switch (data) {
    case '\r': {
      const line = s.buffer;
      const history = line.trim() && s.history.at(-1) !== line ? [...s.history, line].slice(-HISTORY_LIMIT) : s.history;
      return { state: emptyLine(history), event: { kind: 'submit', line } };
    }
    case '\x7f':
    case '\b':
      if (s.cursor === 0) return { state: s, event: { kind: 'none' } };
      return { state: { ...s, buffer: s.buffer.slice(0, s.cursor - 1) + s.buffer.slice(s.cursor), cursor: s.cursor - 1 }, event: { kind: 'edit' } };
    case '\x1b[3~':
      return { state: { ...s, buffer: s.buffer.slice(0, s.cursor) + s.buffer.slice(s.cursor + 1) }, event: { kind: 'edit' } };
    case '\x03':
      return { state: emptyLine(s.history), event: { kind: 'interrupt' } };
    case '\t':
      return { state: s, event: { kind: 'complete' } };
    case '\x0c':
      return { state: s, event: { kind: 'clear-screen' } };
    case '\x1b[A':
      return { state: browse(s, s.historyIndex - 1), event: { kind: 'edit' } };
    case '\x1b[B':
      return { state: browse(s, s.historyIndex + 1), event: { kind: 'edit' } };
    case '\x1b[D':
      return { state: { ...s, cursor: Math.max(0, s.cursor - 1) }, event: { kind: 'edit' } };
    case '\x1b[C':
      return { state: { ...s, cursor: Math.min(s.buffer.length, s.cursor + 1) }, event: { kind: 'edit' } };
    case '\x1b[H':
    case '\x01':
      return { state: { ...s, cursor: 0 }, event: { kind: 'edit' } };
    case '\x1b[F':
    case '\x05':
      return { state: { ...s, cursor: s.buffer.length }, event: { kind: 'edit' } };
  }
  if (data.startsWith('\x1b')) return { state: s, event: { kind: 'none' } };
  // Pasted text: up to the first newline is typed and submitted; the rest comes back to be typed after it.
  const nl = data.search(/[\r\n]/);
  if (nl >= 0) {
    const typed = insert(s, printableOnly(data.slice(0, nl)));
    const submitted = feed(typed, '\r');
    const rest = data.slice(nl + (data.slice(nl, nl + 2) === '\r\n' ? 2 : 1));
    return rest && submitted.event.kind === 'submit' ? { state: submitted.state, event: { ...submitted.event, pasted: rest } } : submitted;
  }
  const printable = printableOnly(data);
  if (!printable) return { state: s, event: { kind: 'none' } };
  return { state: insert(s, printable), event: { kind: 'edit' } };
}

/** Inserts text at the cursor (a completion). */
export function insertText(s: LineState, text: string): LineState {
  return insert(s, text);
}

/** The escape sequence that redraws the input line after the prompt, cursor in place. */
export function redraw(prompt: string, s: LineState): string {
  const back = s.buffer.length - s.cursor;
  return `\r\x1b[K${prompt}${s.buffer}${back > 0 ? `\x1b[${back}D` : ''}`;
}
