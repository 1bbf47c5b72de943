/**
 * The WAI-ARIA tabs pattern (https://www.w3.org/WAI/ARIA/apg/patterns/tabs/) for a tab list:
 * one tab in the page's Tab order at a time (roving tabindex), arrow keys move between tabs
 * (Left/Right, or Up/Down for a vertical list) and wrap, Home and End go to the first and
 * last, and the focused tab is selected at once (automatic activation). Each tab names its
 * panel (aria-controls) and the panel its tab (aria-labelledby).
 */
import { useCallback, useId, useRef, type KeyboardEvent } from 'react';

export interface TabProps {
  role: 'tab';
  id: string;
  'aria-selected': boolean;
  /** Only on the selected tab: the other panels are not in the page. */
  'aria-controls': string | undefined;
  tabIndex: number;
  ref: (el: HTMLElement | null) => void;
  onClick: () => void;
}

export interface TabPanelProps {
  role: 'tabpanel';
  id: string;
  'aria-labelledby': string;
  /** The panel itself can take focus (it scrolls; some panels hold nothing focusable). */
  tabIndex: 0;
}

const NEXT: Record<'horizontal' | 'vertical', string> = { horizontal: 'ArrowRight', vertical: 'ArrowDown' };
const PREV: Record<'horizontal' | 'vertical', string> = { horizontal: 'ArrowLeft', vertical: 'ArrowUp' };

/** Which tab a key moves to from `index` among `count` tabs, or null when the key is not a tab key. */
export function tabTarget(key: string, index: number, count: number, orientation: 'horizontal' | 'vertical'): number | null {
  if (count === 0) return null;
  if (key === NEXT[orientation]) return (index + 1) % count;
  if (key === PREV[orientation]) return (index - 1 + count) % count;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return null;
}

/** `select` hears how the tab was chosen: by a click, or by the arrow, Home and End keys. */
export function useTabs<T extends string>(ids: readonly T[], selected: T, select: (id: T, by: 'pointer' | 'keys') => void, orientation: 'horizontal' | 'vertical' = 'horizontal') {
  const base = useId();
  const elements = useRef(new Map<T, HTMLElement>());
  const tabId = (id: T): string => `${base}-tab-${id}`;
  const panelId = (id: T): string => `${base}-panel-${id}`;

  const onKeyDown = useCallback((e: KeyboardEvent<HTMLElement>): void => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const current = ids.findIndex((id) => elements.current.get(id) === e.target);
    if (current < 0) return;
    const to = tabTarget(e.key, current, ids.length, orientation);
    if (to === null) return;
    e.preventDefault();
    const id = ids[to]!;
    select(id, 'keys');
    elements.current.get(id)?.focus();
  }, [ids, orientation, select]);

  return {
    listProps: { role: 'tablist' as const, 'aria-orientation': orientation, onKeyDown },
    tabProps: (id: T): TabProps => ({
      role: 'tab',
      id: tabId(id),
      'aria-selected': id === selected,
      'aria-controls': id === selected ? panelId(id) : undefined,
      tabIndex: id === selected ? 0 : -1,
      ref: (el) => {
        if (el) elements.current.set(id, el);
        else elements.current.delete(id);
      },
      onClick: () => select(id, 'pointer'),
    }),
    panelProps: (id: T): TabPanelProps => ({ role: 'tabpanel', id: panelId(id), 'aria-labelledby': tabId(id), tabIndex: 0 }),
  };
}
