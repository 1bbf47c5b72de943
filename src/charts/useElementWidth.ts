import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * The width of an element, kept up to date with a ResizeObserver. Returns `fallback`
 * until measured (and during server rendering, where there is no layout).
 */
export function useElementWidth(ref: RefObject<HTMLElement | null>, fallback: number): number {
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const measure = (w: number) => setWidth((old) => (Math.abs(old - w) >= 1 && w > 0 ? Math.floor(w) : old));
    measure(element.getBoundingClientRect().width);
    const observer = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (entry) measure(entry.contentRect.width);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

/** A fixed `width` prop wins; otherwise the measured width of the container. */
export function useChartWidth(ref: RefObject<HTMLElement | null>, width: number | undefined, fallback = 640): number {
  const measured = useElementWidth(ref, width ?? fallback);
  return width ?? measured;
}
