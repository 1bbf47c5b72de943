import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { InlineCode, splitCode } from '../../../src/classroom/InlineCode';

describe('narration with `code` spans', () => {
  it('turns each backtick pair into <code> and keeps the rest as text', () => {
    expect(splitCode('Type `docker ps` then `free -m`.')).toEqual([
      { code: false, text: 'Type ' }, { code: true, text: 'docker ps' }, { code: false, text: ' then ' }, { code: true, text: 'free -m' }, { code: false, text: '.' },
    ]);
    expect(renderToStaticMarkup(<InlineCode text="Run `uname -r` inside" />)).toBe('Run <code class="inline-code">uname -r</code> inside');
  });

  it('leaves text with an unpaired backtick as it is, and escapes markup', () => {
    expect(renderToStaticMarkup(<InlineCode text="a ` b" />)).toBe('a ` b');
    expect(renderToStaticMarkup(<InlineCode text="`<b>`" />)).toBe('<code class="inline-code">&lt;b&gt;</code>');
  });
});
