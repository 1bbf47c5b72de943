/**
 * Outlines the part of the screen the current tour step names: an anchor (src/anchors.ts,
 * `data-anchor` on the element). An overlay follows the element's box each animation frame
 * while a highlight is wanted, so React's own class names on the element are never touched.
 * A chart on the other tab brings its tab forward (once per step).
 */
import { useEffect, useRef } from 'react';
import { findAnchor, isAnchor, tabOf } from '../anchors';

export function Highlight({ anchor }: { anchor: string | null }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const box = ref.current;
    if (!box || !anchor) return;
    let frame = 0;
    const tab = isAnchor(anchor) ? tabOf(anchor) : null;
    if (tab && !findAnchor(anchor)) findAnchor(tab)?.click();
    const follow = (): void => {
      const r = findAnchor(anchor)?.getBoundingClientRect();
      if (r && r.width > 0) {
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
