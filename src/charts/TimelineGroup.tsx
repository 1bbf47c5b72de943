import { useMemo, useState, type MouseEvent } from 'react';
import type { KindFigures } from '@utsuwa/sim-core/stats';
import type { TimeScale } from '../viz/time-scale';
import type { TimelineGroup as Group } from '../viz/timeline-groups';
import { layoutRows, visibleRowWindow } from '../viz/timeline-layout';
import { KIND_COLOURS } from '../viz/palette';
import { formatDuration } from '@utsuwa/sim-core/format';
import type { ChartText } from './chart-text';
import { ROW_HEIGHT, TimelineRow } from './TimelineRow';

export interface TimelineGroupProps {
  group: Group;
  /** sim-core's figures for the group's kind (its header). */
  figures: KindFigures | null;
  scale: TimeScale;
  width: number;
  labelWidth: number;
  nowMs: number;
  onSeek?: (ms: number) => void;
  /** What the rows say, spoken when the group has no heading of its own. */
  summary: string;
  strings: ChartText;
}

/** "VMs: 100 · median 1 min 2 s (45 s – 2 min 5 s)": a group's header, from sim-core's figures. */
export function groupHeading(kind: 'vm' | 'container', f: KindFigures, strings: ChartText): string {
  const parts = [strings(kind === 'vm' ? 'kindVms' : 'kindContainers', { count: f.count })];
  if (f.readyMs) {
    parts.push(`${strings('readyMedian', { value: formatDuration(f.readyMs.median) })} (${strings('range', { min: formatDuration(f.readyMs.min), max: formatDuration(f.readyMs.max) })})`);
  }
  if (f.readyCount < f.count) parts.push(strings('readyOf', { ready: f.readyCount, count: f.count }));
  return parts.join(' · ');
}

/**
 * One kind's rows (or the whole list when ungrouped): a header, then the rows, of which only
 * those scrolled into view become SVG (1,000 rows stay fluid).
 */
export function TimelineGroup({ group, figures, scale, width, labelWidth, nowMs, onSeek, summary, strings }: TimelineGroupProps) {
  const [scrollTop, setScrollTop] = useState(0);
  const total = group.instances.length;
  const viewportHeight = Math.max(1, group.visibleRows) * ROW_HEIGHT;
  const { first, count } = visibleRowWindow(scrollTop, viewportHeight, ROW_HEIGHT, total);
  const rows = useMemo(() => layoutRows(group.instances, scale, ROW_HEIGHT, first, count), [group.instances, scale, first, count]);
  const seek = (event: MouseEvent<SVGSVGElement>) => {
    if (!onSeek) return;
    const x = event.clientX - event.currentTarget.getBoundingClientRect().left;
    if (x >= labelWidth) onSeek(Math.round(scale.invert(x)));
  };
  const nowX = scale.x(nowMs);
  const heading = group.kind && figures ? groupHeading(group.kind, figures, strings) : null;
  return (
    <div data-testid="timeline-group" data-kind={group.kind ?? 'all'}>
      {heading && (
        <div className="timeline-group-heading" data-testid="timeline-group-heading" style={{ fontSize: 12, fontWeight: 'bold', margin: '4px 0 2px', display: 'flex', alignItems: 'center', gap: 6 }}>
          <svg width={10} height={10} aria-hidden="true"><rect width={10} height={10} rx={2} fill={KIND_COLOURS[group.kind!]} /></svg>
          <span>{heading}</span>
        </div>
      )}
      <div
        // Scrolls when there are more rows than fit: focusable then, so the keyboard can scroll it.
        tabIndex={total > group.visibleRows ? 0 : undefined}
        style={{ maxHeight: viewportHeight, overflowY: total > group.visibleRows ? 'auto' : 'hidden' }}
        onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
      >
        <svg
          role="img" aria-label={heading ?? summary} width={width} height={Math.max(1, total) * ROW_HEIGHT}
          onClick={seek} style={{ display: 'block', cursor: onSeek ? 'crosshair' : undefined }}
        >
          {onSeek && <title>{`${heading ?? summary} ${strings('seekHint')}`}</title>}
          {rows.map((row) => <TimelineRow key={row.name} row={row} labelWidth={labelWidth} strings={strings} />)}
          <line x1={nowX} x2={nowX} y1={0} y2={Math.max(1, total) * ROW_HEIGHT} stroke="#d62728" strokeWidth={1.5} data-testid="timeline-now" />
        </svg>
      </div>
    </div>
  );
}
