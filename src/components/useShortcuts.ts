/**
 * Keyboard shortcuts, all from the action registry (src/actions/registry.ts): Delete removes
 * the selection, Ctrl+Z / Ctrl+Shift+Z (or Ctrl+Y) undo and redo, Esc deselects; in
 * presenter mode Space/→ go on, ← back, F full screen, Esc leaves.
 */
export { useShortcuts } from '../actions/useActions';
