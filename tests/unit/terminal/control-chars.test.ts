/* eslint-disable no-control-regex -- the tests look for control characters */
import { describe, expect, it } from 'vitest';
import { emptyLine, feed, redraw } from '../../../src/terminal/line-editor';
import { promptAnsi, promptText } from '../../../src/terminal/prompt';
import { emptyScenario } from '../../../src/document/specs';
import { escapeControlChars } from '../../../sim-core/index';

/** Every control character a terminal acts on: C0 but \t and \n, DEL, C1 (U+009B is CSI). */
const CONTROLS = [...Array.from({ length: 32 }, (_, i) => i).filter((c) => c !== 9 && c !== 10), ...Array.from({ length: 33 }, (_, i) => 0x7f + i)].map((c) => String.fromCharCode(c));

describe('the page terminal shows control characters, never obeys them', () => {
  it('drops them from typed and pasted text, so the echoed line cannot carry a CSI or an ESC', () => {
    for (const ch of CONTROLS) {
      const { state } = feed(emptyLine(), `echo a${ch}[2Jb`);
      const echoed = redraw('$ ', state).slice('\r\x1b[K$ '.length);
      expect(echoed, `U+${ch.charCodeAt(0).toString(16)}`).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/);
    }
  });

  it('shows a hostname with control characters escaped in the prompt', () => {
    const doc = emptyScenario();
    doc.instances.push({
      kind: 'container', name: 'web', runtime: 'runc', image: 'nginx:1.27', memoryBytes: null, memorySwapBytes: null, cpus: null,
      cpuShares: 1024, pidsLimit: null, in: null, share: [], hostname: 'evil\u009b2J\u001b]0;title\u0007',
    } as never);
    const prompt = promptText('web', doc);
    expect(prompt).not.toMatch(/[\u001b\u0007\u009b]/);
    expect(prompt).toContain('evil\\x9b2J\\x1b]0;title\\x07');
    expect(promptAnsi('web', doc)).not.toMatch(/\u009b|\u0007|\u001b\]/);
  });

  it('escapes every control character in command output but keeps tabs and newlines', () => {
    for (const ch of CONTROLS) expect(escapeControlChars(`a${ch}b`)).toBe(`a\\x${ch.charCodeAt(0).toString(16).padStart(2, '0')}b`);
    expect(escapeControlChars('a\tb\nc')).toBe('a\tb\nc');
  });
});
