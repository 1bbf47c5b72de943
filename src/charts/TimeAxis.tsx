import type { TimeScale } from '../viz/time-scale';
import { formatDuration } from '@utsuwa/sim-core/format';

/** Tick marks and labels of a horizontal time axis, drawn at `y` (ticks point down). */
export function TimeAxis({ scale, y, tickCount, label }: { scale: TimeScale; y: number; tickCount: number; label?: string }) {
  const ticks = scale.ticks(tickCount);
  const [x0, x1] = scale.range;
  return (
    <g className="time-axis" fontSize={10} fill="currentColor">
      <line x1={x0} x2={x1} y1={y} y2={y} stroke="currentColor" strokeOpacity={0.5} />
      {ticks.map((t) => (
        <g key={t} transform={`translate(${scale.x(t)},${y})`}>
          <line y2={4} stroke="currentColor" strokeOpacity={0.5} />
          <text y={14} textAnchor="middle">{formatDuration(t)}</text>
        </g>
      ))}
      {label && <text x={(x0 + x1) / 2} y={y + 28} textAnchor="middle" fontSize={11}>{label}</text>}
    </g>
  );
}
