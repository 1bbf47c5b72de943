import type { TimelineRow as Row } from '../viz/timeline-layout';
import { phaseColour } from '../viz/palette';
import { formatDuration } from '@utsuwa/sim-core/format';
import { phaseLabel, type ChartText } from './chart-text';

export const ROW_HEIGHT = 20;
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
        const duration = formatDuration(bar.endMs - bar.startMs);
        const tooltip = strings('phaseTooltip', {
          name: row.name, phase: phaseLabel(strings, bar.phase), duration,
          start: formatDuration(bar.startMs), end: bar.inProgress ? strings('inProgress') : formatDuration(bar.endMs),
        });
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
          <title>{strings('ready', { time: formatDuration(row.ready.timeToReadyMs) })}</title>
        </g>
      )}
    </g>
  );
}
