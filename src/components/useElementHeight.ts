import { useLayoutEffect, useState, type RefObject } from 'react';

/** The height of an element in CSS px, kept up to date with a ResizeObserver (0 until measured). */
export function useElementHeight(ref: RefObject<HTMLElement | null>): number {
  const [height, setHeight] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const measure = (h: number): void => setHeight((old) => (Math.abs(old - h) >= 4 ? Math.floor(h) : old));
    measure(element.getBoundingClientRect().height);
    const observer = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (entry) measure(entry.contentRect.height);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return height;
}
