/**
 * Outlines the part of the screen the current tour step names: an anchor (src/anchors.ts,
 * `data-anchor` on the element). An overlay follows the element's box each animation frame
 * while a highlight is wanted, so React's own class names on the element are never touched.
 * A chart on the other tab brings its tab forward (once per step), and an element scrolled
 * out of its panel is scrolled into view; the outline is clipped to the panel it sits in, so
 * it never spreads over the caption or a neighbouring panel.
 */
import { useEffect, useRef } from 'react';
import { findAnchor, isAnchor, tabOf } from '../anchors';

/** The element's box, cut to the panel that holds it (a chart scrolled partly out of view). */
function visiblePart(el: HTMLElement): { left: number; top: number; width: number; height: number } {
  const r = el.getBoundingClientRect();
  const panel = el.parentElement?.closest('.panel');
  if (!panel) return r;
  const p = panel.getBoundingClientRect();
  const left = Math.max(r.left, p.left);
  const top = Math.max(r.top, p.top);
  return { left, top, width: Math.min(r.right, p.right) - left, height: Math.min(r.bottom, p.bottom) - top };
}

export function Highlight({ anchor }: { anchor: string | null }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const box = ref.current;
    if (!box || !anchor) return;
    let frame = 0;
    const tab = isAnchor(anchor) ? tabOf(anchor) : null;
    if (tab && !findAnchor(anchor)) findAnchor(tab)?.click();
    let scrolled = false;
    const follow = (): void => {
      const el = findAnchor(anchor);
      if (el && !scrolled && el.getBoundingClientRect().width > 0) {
        scrolled = true;
        el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      }
      const r = el ? visiblePart(el) : null;
      if (r && r.width > 0 && r.height > 0) {
        box.style.display = 'block';
        box.style.transform = `translate(${r.left - 4}px, ${r.top - 4}px)`;
        box.style.width = `${r.width + 8}px`;
        box.style.height = `${r.height + 8}px`;
      } else {
        box.style.display = 'none';
      }
      frame = requestAnimationFrame(follow);
    };
    follow();
    return () => cancelAnimationFrame(frame);
  }, [anchor]);
  if (!anchor) return null;
  return <div ref={ref} className="tour-highlight" data-testid="tour-highlight" data-target={anchor} aria-hidden="true" />;
}
