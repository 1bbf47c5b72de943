/**
 * Handouts: a chart on screen as SVG or PNG, the comparison table also as CSV. A chart is
 * found by its anchor; one on the other tab cannot be exported until that tab is open.
 */
import { CSV_BOM, download, serializeSvg, svgToPng, tableToCsv } from '../classroom/export';
import { findAnchor, type AnchorName } from '../anchors';
import { scenarioTitle } from '../files/scenario-io';
import { formatClock } from '../format';
import { sheetStore } from '../classroom/sheet-store';
import { defineAction } from './types';

export type ExportFormat = 'svg' | 'png' | 'csv';

export interface ExportTarget {
  anchor: AnchorName;
  /** i18n key in `actions` naming it in the menu. */
  label: string;
  /** The download's name: `utsuwa-<file>.<format>`. */
  file: string;
  formats: readonly ExportFormat[];
  /** Exported at its natural width rather than as squeezed into its panel (a table). */
  naturalWidth?: boolean;
}

export const EXPORT_TARGETS: readonly ExportTarget[] = [
  { anchor: 'timeline-chart', label: 'exportTimeline', file: 'timeline', formats: ['svg', 'png'] },
  { anchor: 'memory-chart', label: 'exportMemory', file: 'memory', formats: ['svg', 'png'] },
  { anchor: 'disk-chart', label: 'exportDisk', file: 'disk', formats: ['svg', 'png'] },
  { anchor: 'comparison-table', label: 'exportTable', file: 'comparison', formats: ['svg', 'png', 'csv'], naturalWidth: true },
];


export const exportChart = defineAction<{ target: ExportTarget; format: ExportFormat }>({
  name: 'exportChart',
  label: 'exportChart',
  // The chart must be on screen: the export draws what the page shows.
  when: (_s, { target, format }) => target.formats.includes(format) && findAnchor(target.anchor) !== null,
  perform: async ({ i18n }, { target, format }, s) => {
    const el = findAnchor(target.anchor);
    if (!el) return;
    const name = `utsuwa-${target.file}.${format}`;
    if (format === 'csv') {
      const table = el.querySelector('table');
      if (table) download(new Blob([CSV_BOM, tableToCsv(table)], { type: 'text/csv;charset=utf-8' }), name);
      return;
    }
    // A handout says what it shows: the scenario's name and the moment of the run.
    const heading = i18n.t('classroom:exportHeading', { scenario: scenarioTitle(s.ws.doc, s.lang), time: formatClock(s.ws.view?.nowMs ?? 0) });
    // The SVG writer loads with the first export.
    const { elementToSvg } = await import('../classroom/export-svg');
    const svg = elementToSvg(el, { heading, naturalWidth: target.naturalWidth });
    if (format === 'svg') download(new Blob([serializeSvg(svg)], { type: 'image/svg+xml' }), name);
    else download(await svgToPng(svg), name);
  },
});

/**
 * The one-page lesson sheet (classroom/LessonSheet.tsx) through the browser's print: its
 * figures come from the scenario run to its end in the worker; the print stylesheet shows
 * the sheet alone.
 */
export const printLessonSheet = defineAction({
  name: 'printLessonSheet',
  label: 'printLessonSheet',
  perform: async ({ store }) => {
    const doc = store.getState().doc;
    const figures = await store.getState().query('lessonFigures', null);
    await import('../classroom/LessonSheet'); // the sheet's code, loaded with its first print
    sheetStore.setState({ doc, figures });
    // Let React draw the sheet before the print dialog takes its picture.
    await new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
    window.print();
  },
});
