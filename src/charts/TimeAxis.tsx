import type { TimeScale } from '../viz/time-scale';
import { formatDuration } from '@utsuwa/sim-core/format';

/** About how wide a 10 px label is: half an em per character, the digits' and Latin letters' width. */
const labelWidth = (text: string): number => text.length * 5.5;

/**
 * Where a tick's label sits: centred under the tick, unless centring would push it past the
 * axis's end by more than the chart's right margin, where it is clipped ("1 min 20 s" at the
 * right edge); then it ends at the tick.
 */
function anchorAt(x: number, text: string, end: number): 'middle' | 'end' {
  return x + labelWidth(text) / 2 > end + 12 ? 'end' : 'middle';
}

/** Tick marks and labels of a horizontal time axis, drawn at `y` (ticks point down). */
export function TimeAxis({ scale, y, tickCount, label }: { scale: TimeScale; y: number; tickCount: number; label?: string }) {
  const ticks = scale.ticks(tickCount);
  const [x0, x1] = scale.range;
  return (
    <g className="time-axis" fontSize={10} fill="currentColor">
      <line x1={x0} x2={x1} y1={y} y2={y} stroke="currentColor" strokeOpacity={0.5} />
      {ticks.map((t) => {
        const x = scale.x(t);
        const text = formatDuration(t);
        return (
          <g key={t} transform={`translate(${x},${y})`}>
            <line y2={4} stroke="currentColor" strokeOpacity={0.5} />
            <text y={14} textAnchor={anchorAt(x, text, x1)}>{text}</text>
          </g>
        );
      })}
      {label && <text x={(x0 + x1) / 2} y={y + 28} textAnchor="middle" fontSize={11}>{label}</text>}
    </g>
  );
}
