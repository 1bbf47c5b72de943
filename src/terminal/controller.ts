/**
 * One terminal session: an xterm instance, its line editor, and the round trip of each
 * command (the worker answers, the page applies the effects). React only mounts it and
 * tells it where the shell is; xterm owns its own DOM.
 */
import { Terminal as XTerm } from '@xterm/xterm';
import { escapeControlChars } from '@utsuwa/sim-core';
import type { WorkspaceStore } from '../store/index';
import { newSession, runTerminalLine, sessionIo, type LineSession } from './run-line';
import { emptyLine, feed, insertText, redraw, type LineState } from './line-editor';
import { commonPrefix, completeLine, continuesOnNextLine, joinContinuation } from '@utsuwa/sim-core/terminal';
import { CATALOGUE } from '@utsuwa/sim-core/catalogue';
import { promptAnsi } from './prompt';

export interface ControllerOptions {
  store: WorkspaceStore;
  onWhereChange(where: string): void;
  t(key: string, params?: Record<string, string>): string;
}

const FONT_SIZE = 13;
const FONT_FAMILY = "ui-monospace, 'DejaVu Sans Mono', Menlo, Consolas, monospace";

export class TerminalController {
  private term: XTerm;
  private line: LineState = emptyLine();
  private busy = false;
  /** Keys typed while a command ran, in order (onData). */
  private typeahead: string[] = [];
  /** Where it is, its working directory after `cd` (null: the place's own), Ctrl+C pressed. */
  private readonly session: LineSession = newSession();
  private resizeObserver: ResizeObserver | null = null;
  /** A line ending in `\\` waiting for its continuation (bash's PS2 `> `). */
  private continued: string | null = null;
  /** Lines of a paste not yet run. */
  private pasteQueue = '';

  constructor(private readonly opts: ControllerOptions) {
    this.term = new XTerm({
      fontSize: FONT_SIZE,
      fontFamily: FONT_FAMILY,
      convertEol: true,
      cursorBlink: true,
      scrollback: 2000,
      theme: { background: '#1d2733', foreground: '#f5f3ee', cursor: '#f5f3ee', selectionBackground: '#4a5666' },
    });
    this.term.onData((data) => this.onData(data));
  }

  attach(element: HTMLElement): void {
    this.term.open(element);
    this.fit(element);
    this.resizeObserver = new ResizeObserver(() => this.fit(element));
    this.resizeObserver.observe(element);
    this.term.writeln(this.opts.t('terminal:welcome'));
    this.showPrompt();
  }

  dispose(): void {
    this.resizeObserver?.disconnect();
    this.term.dispose();
  }

  focus(): void {
    this.term.focus();
  }

  /** The target picker changed: a fresh prompt in the new place. */
  setWhere(where: string): void {
    if (where === this.session.where) return;
    this.session.where = where;
    this.session.cwd = null;
    if (!this.busy) {
      this.term.write('\r\n');
      this.showPrompt();
    }
  }

  /** The board changed: if our instance is gone, the shell is back on the host. */
  checkWhere(): void {
    if (this.session.where === 'host' || this.busy) return;
    const exists = this.opts.store.getState().view?.instances.some((i) => i.name === this.session.where);
    if (exists === false) {
      this.term.write(`\r\n${escapeControlChars(this.opts.t('terminal:gone', { name: this.session.where }))}\r\n`);
      this.session.where = 'host';
      this.session.cwd = null;
      this.opts.onWhereChange('host');
      this.showPrompt();
    }
  }

  private prompt(): string {
    if (this.continued !== null) return '> ';
    return promptAnsi(this.session.where, this.opts.store.getState().doc, this.session.cwd);
  }

  private showPrompt(): void {
    this.line = emptyLine(this.line.history);
    this.term.write(this.prompt());
  }

  /** Fits the grid to the element: xterm has no fit without its addon, so measure a cell. */
  private fit(element: HTMLElement): void {
    const canvas = document.createElement('canvas').getContext('2d');
    if (!canvas) return;
    canvas.font = `${FONT_SIZE}px ${FONT_FAMILY}`;
    const cellWidth = canvas.measureText('W'.repeat(20)).width / 20;
    const cellHeight = Math.ceil(FONT_SIZE * 1.2);
    const cols = Math.max(20, Math.floor((element.clientWidth - 14) / cellWidth));
    const rows = Math.max(4, Math.floor((element.clientHeight - 8) / cellHeight));
    if (cols !== this.term.cols || rows !== this.term.rows) this.term.resize(cols, rows);
  }

  private onData(data: string): void {
    if (this.busy) {
      // Keys typed while a command runs are kept, as a terminal's line discipline keeps them,
      // and read when the prompt comes back; Ctrl-C interrupts the command and drops them (and
      // the rest of a paste), as SIGINT flushes a tty's input.
      if (data.includes('\x03')) {
        this.session.aborted = true;
        this.typeahead = [];
        this.pasteQueue = '';
      } else this.typeahead.push(data);
      return;
    }
    const { state, event } = feed(this.line, data);
    this.line = state;
    switch (event.kind) {
      case 'edit':
        this.term.write(redraw(this.prompt(), state));
        break;
      case 'interrupt':
        this.continued = null;
        this.pasteQueue = '';
        this.term.write('^C\r\n');
        this.showPrompt();
        break;
      case 'clear-screen':
        this.term.clear();
        this.term.write(redraw(this.prompt(), state));
        break;
      case 'submit':
        // Redrawn with its text: a pasted line arrives and is submitted in one chunk, never echoed key by key.
        this.term.write(`\r\x1b[K${this.prompt()}${event.line}\r\n`);
        if (event.pasted) this.pasteQueue += event.pasted;
        void this.submit(event.line);
        break;
      case 'complete':
        this.complete();
        break;
      case 'none':
        break;
    }
  }

  /** Tab: one match is completed (with a blank after it), several are completed as far as they agree, then listed. */
  private complete(): void {
    const before = this.line.buffer.slice(0, this.line.cursor);
    const names = this.opts.store.getState().view?.instances.map((i) => i.name) ?? [];
    const { candidates, word } = completeLine(before, { names, images: Object.keys(CATALOGUE.images) });
    if (candidates.length === 0) return;
    const prefix = candidates.length === 1 ? `${candidates[0]} ` : commonPrefix(candidates);
    if (prefix.length > word.length) {
      this.line = insertText(this.line, prefix.slice(word.length));
      this.term.write(redraw(this.prompt(), this.line));
      return;
    }
    this.term.write(`\r\n${escapeControlChars(candidates.join('  '))}\r\n`);
    this.term.write(redraw(this.prompt(), this.line));
  }

  /** A line from the editor: joined with a continued one, run when complete, then the next pasted line. */
  private async submit(raw: string): Promise<void> {
    const line = this.continued === null ? raw : joinContinuation(this.continued, raw);
    if (continuesOnNextLine(line)) {
      this.continued = line;
      this.showPrompt();
    } else {
      this.continued = null;
      await this.run(line);
    }
    const queued = this.pasteQueue;
    if (queued && !this.busy) {
      this.pasteQueue = '';
      this.onData(queued);
    }
    // Then what was typed meanwhile, key by key, until a line starts another command.
    while (!this.busy && !this.pasteQueue && this.typeahead.length > 0) this.onData(this.typeahead.shift()!);
  }

  /**
   * Command output at the xterm boundary: names, paths and file contents come from the user
   * or a scenario, so an ESC, a C1 CSI (U+009B) or any other control character is shown
   * escaped (`\x1b`) rather than allowed to clear the screen or paint a fake prompt.
   */
  private print(text: string): void {
    this.term.write(escapeControlChars(text) + '\n');
  }

  private async run(line: string): Promise<void> {
    if (!line.trim()) {
      this.showPrompt();
      return;
    }
    this.busy = true;
    this.session.aborted = false;
    try {
      await runTerminalLine(this.opts.store, line, this.session.where, sessionIo(this.session, {
        notLoaded: () => this.print(this.opts.t('terminal:notLoaded')),
        print: (text) => this.print(text),
        clear: () => this.term.clear(),
        notReady: (name, why) => this.opts.t('terminal:notReady', { name, why }),
        entered: (where) => this.opts.onWhereChange(where),
      }));
    } catch (error) {
      this.print(this.opts.t('terminal:failed', { reason: error instanceof Error ? error.message : String(error) }));
    }
    this.busy = false;
    this.showPrompt();
  }
}
