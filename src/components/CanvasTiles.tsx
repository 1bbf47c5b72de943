/**
 * A crowd too large for DOM tiles (thousands of instances) drawn on a canvas: the same
 * squares coloured by state, the same click to select and outline of the selected one.
 * It subscribes to the store outside React and, each frame, repaints only the tiles whose
 * state changed (a full repaint on resize or a new list). The keyboard moves a focus
 * square (arrows, Page keys, Home/End), Enter or Space selects, and a live region says which
 * instance the focus is on. For tests and tools the instances stay in the DOM as a hidden
 * list of `instance` elements with their name, kind and state, kept up to date the same way.
 */
import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { InstanceSpec } from '@utsuwa/sim-core';
import { useWorkspaceStore } from '../store/context';
import { viewByName } from '../store/selectors';
import type { WorkspaceState } from '../store/types';
import { sameGrid, tileAfterKey, tileAt, tileGrid, tileOrigin, type TileGrid } from '../viz/tile-grid';

const STATES = ['created', 'booting', 'running', 'exited', 'failed', 'saved'] as const;
const COMPROMISED = 8;
const SELECTED = 16;
const FOCUSED = 32;
/** A code no tile has: forces its repaint. */
const UNDRAWN = 255;

interface Colours { state: string[]; vm: string; failed: string; accent: string; ink: string }

function readColours(el: Element): Colours {
  const css = getComputedStyle(el);
  const v = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  return {
    state: [v('--line-soft', '#ece9e2'), v('--booting', '#c98a0c'), v('--running', '#25763f'), v('--exited', '#6f7782'), v('--failed', '#c0392b'), v('--saved', '#4f6d8f')],
    vm: v('--vm', '#3d5a98'),
    failed: v('--failed', '#c0392b'),
    accent: v('--accent', '#1f3a5f'),
    ink: v('--ink', '#1d2733'),
  };
}

/** One byte per tile: its state and whether it is compromised, selected, focused. */
function codeOf(s: WorkspaceState, name: string, focused: boolean): number {
  const v = viewByName(s, name);
  const state = Math.max(0, STATES.indexOf(v?.state ?? 'created'));
  return state | (v?.compromised ? COMPROMISED : 0) | (s.selected === name ? SELECTED : 0) | (focused ? FOCUSED : 0);
}

function paintTile(ctx: CanvasRenderingContext2D, grid: TileGrid, i: number, code: number, vm: boolean, c: Colours): void {
  const [x, y] = tileOrigin(grid, i);
  const size = grid.cell - grid.gap;
  // No clearRect: the state colours are opaque, so the square replaces what was drawn (the gap is never drawn on).
  ctx.fillStyle = c.state[code & 7] ?? c.state[0]!;
  ctx.fillRect(x, y, size, size);
  if (vm && size >= 6) {
    ctx.fillStyle = c.vm; // a VM's tile has a band on top, as the DOM tiles do
    ctx.fillRect(x, y, size, Math.max(1, Math.round(size / 6)));
  }
  const ring = (colour: string) => {
    ctx.strokeStyle = colour;
    ctx.lineWidth = 1;
    ctx.strokeRect(x + 0.5, y + 0.5, size - 1, size - 1);
  };
  if (code & COMPROMISED) ring(c.failed);
  if (code & FOCUSED) ring(c.ink);
  if (code & SELECTED) {
    ctx.fillStyle = c.accent;
    const dot = Math.max(2, Math.round(size / 2.5));
    ctx.fillRect(x + (size - dot) / 2, y + (size - dot) / 2, dot, dot);
    ring(c.accent);
  }
}

export function CanvasTiles({ specs, labelledBy }: { specs: readonly InstanceSpec[]; labelledBy: string }) {
  const { t } = useTranslation();
  const store = useWorkspaceStore();
  const statusId = useId();
  const wrap = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const index = useRef<HTMLUListElement>(null);
  const [size, setSize] = useState({ w: 0, h: 0 });
  const [focus, setFocus] = useState(-1);
  const [status, setStatus] = useState('');
  // The same grid object while the tiles stay where they are: a column a few pixels wider or
  // shorter does not repaint all of them.
  const gridRef = useRef<TileGrid | null>(null);
  const grid = useMemo(() => {
    const next = tileGrid(specs.length, size.w, size.h);
    return gridRef.current && sameGrid(gridRef.current, next) ? gridRef.current : next;
  }, [specs.length, size.w, size.h]);
  gridRef.current = grid;

  useLayoutEffect(() => {
    const el = wrap.current;
    if (!el) return;
    const measure = () => setSize((old) => (old.w === el.clientWidth && old.h === el.clientHeight ? old : { w: el.clientWidth, h: el.clientHeight }));
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  // The hidden list of instances: built once per list, its attributes updated with the tiles.
  const items = useRef<HTMLLIElement[]>([]);
  useLayoutEffect(() => {
    const ul = index.current;
    if (!ul) return;
    const made = specs.map((spec) => {
      const li = document.createElement('li');
      li.dataset.testid = 'instance';
      li.dataset.name = spec.name;
      li.dataset.kind = spec.kind;
      return li;
    });
    ul.replaceChildren(...made);
    items.current = made;
  }, [specs]);

  // Painting: subscribed to the store outside React, at most once a frame.
  const focusRef = useRef(focus);
  focusRef.current = focus;
  const repaint = useRef<(full: boolean) => void>(() => {});
  useEffect(() => {
    const el = canvas.current;
    const ctx = el?.getContext('2d');
    if (!el || !ctx || grid.width === 0) return;
    const dpr = window.devicePixelRatio || 1;
    el.width = Math.round(grid.width * dpr);
    el.height = Math.round(grid.height * dpr);
    el.style.width = `${grid.width}px`;
    el.style.height = `${grid.height}px`;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    const colours = readColours(el);
    const drawn = new Uint8Array(specs.length).fill(UNDRAWN);
    const vm = specs.map((s) => s.kind === 'vm');
    let frame = 0;
    let lastView: unknown = null;
    let lastSelected: unknown = undefined;
    let lastFocus = -2;
    const paint = (): void => {
      frame = 0;
      const s = store.getState();
      if (s.view === lastView && s.selected === lastSelected && focusRef.current === lastFocus) return;
      lastView = s.view;
      lastSelected = s.selected;
      lastFocus = focusRef.current;
      const li = items.current;
      for (let i = 0; i < specs.length; i++) {
        const name = specs[i]!.name;
        const code = codeOf(s, name, i === focusRef.current);
        if (code === drawn[i]) continue;
        const item = li[i];
        if (item && (drawn[i] === UNDRAWN || (drawn[i]! & 15) !== (code & 15))) {
          item.dataset.state = STATES[code & 7];
          item.dataset.compromised = code & COMPROMISED ? 'true' : 'false';
        }
        drawn[i] = code;
        paintTile(ctx, grid, i, code, vm[i]!, colours);
      }
    };
    const schedule = (full: boolean): void => {
      if (full) {
        drawn.fill(UNDRAWN);
        lastView = null;
      }
      if (frame === 0) frame = requestAnimationFrame(paint);
    };
    repaint.current = schedule;
    ctx.clearRect(0, 0, grid.width, grid.height);
    paint();
    const unsubscribe = store.subscribe((s, prev) => {
      if (s.view !== prev.view || s.selected !== prev.selected) schedule(false);
    });
    return () => {
      unsubscribe();
      cancelAnimationFrame(frame);
      repaint.current = () => {};
    };
  }, [grid, specs, store]);

  useEffect(() => repaint.current(false), [focus]);

  const describe = (i: number): string => {
    const name = specs[i]?.name;
    if (!name) return '';
    const state = viewByName(store.getState(), name)?.state ?? 'created';
    return `${name}: ${t(`state.${state}`)}`;
  };

  const moveFocus = (i: number): void => {
    setFocus(i);
    setStatus(describe(i));
    // Keep the focused tile in view when the tiles scroll (only below the smallest size).
    const el = wrap.current;
    if (!el) return;
    const [, y] = tileOrigin(grid, i);
    if (y < el.scrollTop) el.scrollTop = y;
    else if (y + grid.cell > el.scrollTop + el.clientHeight) el.scrollTop = y + grid.cell - el.clientHeight;
  };

  const onClick = (e: MouseEvent<HTMLCanvasElement>): void => {
    e.stopPropagation();
    const i = tileAt(grid, e.nativeEvent.offsetX, e.nativeEvent.offsetY);
    if (i < 0) return;
    setFocus(i);
    store.getState().select(specs[i]!.name);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>): void => {
    const current = focus < 0 ? 0 : focus;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      e.stopPropagation();
      store.getState().select(specs[current]!.name);
      moveFocus(current);
      return;
    }
    const pageRows = Math.max(1, Math.floor((wrap.current?.clientHeight ?? 0) / grid.cell));
    const next = tileAfterKey(grid, current, e.key, pageRows);
    if (next === null) return;
    e.preventDefault();
    moveFocus(next);
  };

  return (
    <div
      ref={wrap}
      className="tiles tiles-canvas"
      role="group"
      aria-labelledby={labelledBy}
      aria-describedby={statusId}
      tabIndex={0}
      data-testid="tiles-canvas"
      onKeyDown={onKeyDown}
      onFocus={() => {
        if (focus < 0) {
          const selected = store.getState().selected;
          const at = selected ? specs.findIndex((s) => s.name === selected) : -1;
          moveFocus(at >= 0 ? at : 0);
        }
      }}
      onBlur={() => setFocus(-1)}
    >
      <canvas
        ref={canvas}
        onClick={onClick}
        onMouseMove={(e) => {
          const i = tileAt(grid, e.nativeEvent.offsetX, e.nativeEvent.offsetY);
          e.currentTarget.title = i < 0 ? '' : describe(i);
        }}
      />
      <p className="visually-hidden" id={statusId} aria-live="polite">{status}</p>
      <ul ref={index} hidden />
    </div>
  );
}
