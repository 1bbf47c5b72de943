/**
 * How much larger the charts draw than their own pixel sizes. The charts lay out their text
 * at 10-13 px, right for a 1280-wide screen; the page's text grows with the screen (the root
 * font size), so on a large screen the chart area is zoomed by the same ratio, and in
 * presenter mode by enough that the legend's text is as large as the page's (24 px at
 * 1280x720, growing with the screen; tick labels five sixths of it). A zoomed chart lays itself out in the smaller logical
 * width it is given, so every mark and label grows alike and nothing overlaps that did not.
 */
import { useEffect, useState } from 'react';
import { useWorkspace } from '../store/context';
import { selectPresenter } from '../store/selectors';

/**
 * In presenter mode the chart area is zoomed by the root font over this: the charts' legend
 * (12 px) then reads at the page's size (24 px at 1280x720), tick labels (10 px) at 20 px.
 * More would leave a 1280-wide stage's charts too few logical pixels to lay out their rows.
 */
export const CHART_TEXT_PX = 12;
/** The root font size the charts' own sizes were drawn for (1280 wide, outside presenter mode). */
const BASE_ROOT_PX = 14;

function rootFontPx(): number {
  if (typeof document === 'undefined') return 16;
  return parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
}

/** The zoom of the chart area: the root font over 14 px, or in presenter mode over the smallest chart text. */
export function useChartZoom(): number {
  const on = useWorkspace(selectPresenter);
  const [scale, setScale] = useState(1);
  useEffect(() => {
    const measure = (): void => setScale(Math.max(1, Math.round((rootFontPx() / (on ? CHART_TEXT_PX : BASE_ROOT_PX)) * 100) / 100));
    measure();
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  }, [on]);
  return scale;
}
