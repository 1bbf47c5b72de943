import type { TimelineRow as Row } from '../viz/timeline-layout';
import { phaseColour } from '../viz/palette';
import { formatDuration } from '@utsuwa/sim-core/format';
import { phaseLabel, type ChartText } from './chart-text';

export const ROW_HEIGHT = 20;

/**
 * Tooltips by their content, per language (a ChartText): a finished phase's text never
 * changes, and while a run plays every row redraws each frame as the time axis moves.
 */
const tooltips = new WeakMap<ChartText, Map<string, string>>();
function cachedText(strings: ChartText, key: string, make: () => string): string {
  let cache = tooltips.get(strings);
  if (!cache) tooltips.set(strings, (cache = new Map()));
  let text = cache.get(key);
  if (text === undefined) {
    if (cache.size > 20_000) cache.clear();
    text = make();
    cache.set(key, text);
  }
  return text;
}
const BAR_HEIGHT = 12;

/** One instance on the timeline: its name, its phase bars and its ready marker. */
export function TimelineRow({ row, labelWidth, strings }: { row: Row; labelWidth: number; strings: ChartText }) {
  const mid = row.y + ROW_HEIGHT / 2;
  return (
    <g data-testid="timeline-row" data-instance={row.name} data-kind={row.kind} data-state={row.state}>
      <text x={labelWidth - 6} y={mid + 4} textAnchor="end" fontSize={11} fill="currentColor">
        {row.name.length > 16 ? `${row.name.slice(0, 15)}…` : row.name}
        <title>{row.name}</title>
      </text>
      {row.bars.map((bar, i) => {
        const tooltip = cachedText(strings, `${row.name}\n${bar.phase}\n${bar.startMs}\n${bar.endMs}\n${bar.inProgress}`, () => strings('phaseTooltip', {
          name: row.name, phase: phaseLabel(strings, bar.phase), duration: formatDuration(bar.endMs - bar.startMs),
          start: formatDuration(bar.startMs), end: bar.inProgress ? strings('inProgress') : formatDuration(bar.endMs),
        }));
        return (
          <rect
            key={`${bar.phase}-${i}`} data-phase={bar.phase} data-in-progress={bar.inProgress || undefined}
            x={bar.x} y={mid - BAR_HEIGHT / 2} width={bar.width} height={BAR_HEIGHT}
            fill={phaseColour(bar.phase)} fillOpacity={bar.inProgress ? 0.6 : 1}
            stroke={bar.inProgress ? phaseColour(bar.phase) : 'none'} strokeDasharray={bar.inProgress ? '2 2' : undefined}
          >
            <title>{tooltip}</title>
          </rect>
        );
      })}
      {row.ready && (
        <g data-testid="timeline-ready" transform={`translate(${row.ready.x},${mid})`}>
          <path d="M0,-6L4,0L0,6L-4,0Z" fill="currentColor" />
          <text x={6} y={4} fontSize={10} fill="currentColor">{formatDuration(row.ready.timeToReadyMs)}</text>
          <title>{cachedText(strings, `ready\n${row.ready.timeToReadyMs}`, () => strings('ready', { time: formatDuration(row.ready!.timeToReadyMs) }))}</title>
        </g>
      )}
    </g>
  );
}
