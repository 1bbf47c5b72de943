/** The charts' export menu: each chart on screen as SVG or PNG, the comparison table also as CSV. */
import { useRef, useState } from 'react';
import { CSV_BOM, chartToSvg, download, serializeSvg, svgToPng, tableToCsv, tableToSvg } from './export';
import { useClassroomT } from './useClassroomT';

const TARGETS = [
  { testId: 'timeline-chart', label: 'classroom.exportTimeline', file: 'timeline' },
  { testId: 'memory-chart', label: 'classroom.exportMemory', file: 'memory' },
  { testId: 'disk-chart', label: 'classroom.exportDisk', file: 'disk' },
  { testId: 'comparison-table', label: 'classroom.exportTable', file: 'comparison' },
] as const;

function svgOf(testId: string): SVGSVGElement | null {
  const el = document.querySelector(`[data-testid="${testId}"]`);
  if (!el) return null;
  const table = el.querySelector('table');
  return table ? tableToSvg(table) : chartToSvg(el);
}

export function ExportMenu() {
  const { t } = useClassroomT();
  const menu = useRef<HTMLDetailsElement>(null);
  const [, refresh] = useState(0); // re-read which charts are on screen when the menu opens
  const close = (): void => menu.current?.removeAttribute('open');

  const exportAs = async (testId: string, file: string, format: 'svg' | 'png' | 'csv'): Promise<void> => {
    close();
    if (format === 'csv') {
      const table = document.querySelector(`[data-testid="${testId}"] table`);
      if (table instanceof HTMLTableElement) download(new Blob([CSV_BOM, tableToCsv(table)], { type: 'text/csv;charset=utf-8' }), `utsuwa-${file}.csv`);
      return;
    }
    const svg = svgOf(testId);
    if (!svg) return;
    if (format === 'svg') download(new Blob([serializeSvg(svg)], { type: 'image/svg+xml' }), `utsuwa-${file}.svg`);
    else download(await svgToPng(svg), `utsuwa-${file}.png`);
  };

  return (
    <details ref={menu} className="export-menu" data-testid="export-menu" onToggle={() => refresh((n) => n + 1)}>
      <summary className="btn btn-quiet">{t('classroom.export')} ▾</summary>
      <ul className="export-list" role="menu">
        {TARGETS.map((target) => {
          const present = document.querySelector(`[data-testid="${target.testId}"]`) !== null;
          return (
            <li key={target.testId} role="none" className={present ? '' : 'is-absent'} title={present ? undefined : t('classroom.exportNothing')}>
              <span className="export-label">{t(target.label)}</span>
              {(['svg', 'png', ...(target.testId === 'comparison-table' ? ['csv'] as const : [])] as const).map((format) => (
                <button
                  key={format}
                  type="button"
                  role="menuitem"
                  className="btn btn-small"
                  disabled={!present}
                  data-testid={`export-${target.file}-${format}`}
                  onClick={() => void exportAs(target.testId, target.file, format)}
                >
                  {format.toUpperCase()}
                </button>
              ))}
            </li>
          );
        })}
      </ul>
    </details>
  );
}
