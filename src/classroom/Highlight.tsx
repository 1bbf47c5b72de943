/**
 * Outlines the part of the screen the current tour step names (a data-testid). An overlay
 * follows the element's box each animation frame while a highlight is wanted, so React's own
 * class names on the element are never touched.
 */
import { useEffect, useRef } from 'react';

/** Charts that live on a tab: the highlight opens their tab (once per step). */
const TAB_OF: Record<string, string> = {
  'timeline-chart': 'tab-startup',
  'memory-chart': 'tab-startup',
  'disk-chart': 'tab-disk',
  'comparison-table': 'tab-disk',
};

export function Highlight({ testId }: { testId: string | null }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const box = ref.current;
    if (!box || !testId) return;
    let frame = 0;
    const tab = TAB_OF[testId];
    if (tab && !document.querySelector(`[data-testid="${testId}"]`)) {
      (document.querySelector(`[data-testid="${tab}"]`) as HTMLElement | null)?.click();
    }
    const follow = (): void => {
      const el = document.querySelector(`[data-testid="${CSS.escape(testId)}"]`);
      const r = el?.getBoundingClientRect();
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
  }, [testId]);
  if (!testId) return null;
  return <div ref={ref} className="tour-highlight" data-testid="tour-highlight" data-target={testId} aria-hidden="true" />;
}
