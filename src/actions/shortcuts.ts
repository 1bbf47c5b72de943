/**
 * Keyboard shortcuts written as text (`Mod+Shift+Z`, `Delete`, `Space`): matching a key
 * event, and the text a tooltip shows. Mod is Ctrl, or ⌘ on a Mac (either is accepted).
 */
export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

interface Parsed {
  key: string;
  mod: boolean;
  shift: boolean;
  alt: boolean;
}

function parse(shortcut: string): Parsed {
  const parts = shortcut.split('+');
  const key = parts.pop() ?? '';
  return { key: key.toLowerCase(), mod: parts.includes('Mod'), shift: parts.includes('Shift'), alt: parts.includes('Alt') };
}

function keyName(e: KeyLike): string {
  return e.key === ' ' ? 'space' : e.key.toLowerCase();
}

/**
 * Whether the event is this shortcut. Modifiers must match; Shift is ignored for a bare key
 * (Shift+Space or `F` still count) but must match for a shortcut with Mod.
 */
export function matches(shortcut: string, e: KeyLike): boolean {
  const p = parse(shortcut);
  if (keyName(e) !== p.key) return false;
  if (p.mod !== (e.ctrlKey || e.metaKey) || p.alt !== e.altKey) return false;
  return p.mod ? p.shift === e.shiftKey : true;
}

const SHOWN: Record<string, string> = {
  ArrowRight: '→', ArrowLeft: '←', ArrowUp: '↑', ArrowDown: '↓', Escape: 'Esc', PageDown: 'PgDn', PageUp: 'PgUp', Delete: 'Del',
};

/** A shortcut as a tooltip shows it: `Ctrl+Shift+Z`, `Esc`, `→`. */
export function shortcutText(shortcut: string): string {
  return shortcut.split('+').map((part) => (part === 'Mod' ? 'Ctrl' : SHOWN[part] ?? part)).join('+');
}
