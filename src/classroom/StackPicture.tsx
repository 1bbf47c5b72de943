/**
 * The textbook stack of the scenario, for the lesson sheet: a VM column (app, bins/libs,
 * guest OS and kernel, hypervisor) beside a container column (app, bins/libs from the image,
 * container engine), both on the one host OS and kernel and the hardware. Each column says
 * how many there are and what they run (from sim-core's figures per kind).
 */
import type { KindFigures } from '@utsuwa/sim-core/stats';

const LAYER = 26;
const GAP = 3;

function tally(counts: Record<string, number>): string {
  return Object.entries(counts).sort((a, b) => b[1] - a[1]).slice(0, 2).map(([k, n]) => (n > 1 ? `${k} ×${n}` : k)).join(', ');
}

interface Layer { key: string; label: string; detail?: string; fill: string; ink: string }

export function StackPicture({ vm, container, text, width = 520 }: { vm: KindFigures; container: KindFigures; /** A layer's name by key (app, bins, guest, hypervisor, engine, host, hardware, vms, containers). */ text: (key: string) => string; width?: number }) {
  const columns: Array<{ kind: 'vm' | 'container'; title: string; layers: Layer[] }> = [];
  if (vm.count > 0) {
    columns.push({
      kind: 'vm',
      title: `${text('vms')} ×${vm.count}`,
      layers: [
        { key: 'app', label: text('app'), fill: '#fde2cf', ink: '#5b2a00' },
        { key: 'bins', label: text('bins'), fill: '#fbd0b0', ink: '#5b2a00' },
        { key: 'guest', label: text('guest'), detail: tally(vm.software), fill: '#f3a77a', ink: '#3d1a00' },
        { key: 'hypervisor', label: text('hypervisor'), detail: tally(vm.technologies), fill: '#d55e00', ink: '#ffffff' },
      ],
    });
  }
  if (container.count > 0) {
    columns.push({
      kind: 'container',
      title: `${text('containers')} ×${container.count}`,
      layers: [
        { key: 'app', label: text('app'), fill: '#d6e8f5', ink: '#00304d' },
        { key: 'bins', label: text('bins'), detail: tally(container.software), fill: '#b3d4ec', ink: '#00304d' },
        { key: 'engine', label: text('engine'), detail: tally(container.technologies), fill: '#0072b2', ink: '#ffffff' },
      ],
    });
  }
  const tallest = Math.max(1, ...columns.map((c) => c.layers.length));
  const colWidth = columns.length > 0 ? (width - GAP * (columns.length - 1)) / columns.length : width;
  const top = 18;
  const base = top + tallest * (LAYER + GAP);
  const shared: Layer[] = [
    { key: 'host', label: text('host'), fill: '#334155', ink: '#ffffff' },
    { key: 'hardware', label: text('hardware'), fill: '#1e293b', ink: '#ffffff' },
  ];
  const height = base + shared.length * (LAYER + GAP);
  const box = (l: Layer, x: number, y: number, w: number) => (
    <g key={`${l.key}-${x}`} data-layer={l.key}>
      <rect x={x} y={y} width={w} height={LAYER} rx={4} fill={l.fill} />
      <text x={x + 8} y={y + LAYER / 2 + 4} fontSize={11} fill={l.ink} fontWeight={600}>
        {l.label}
        {l.detail && <tspan fontWeight={400}>{` — ${l.detail}`}</tspan>}
      </text>
    </g>
  );
  return (
    <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={columns.map((c) => c.title).join(', ')} data-testid="lesson-stack">
      {columns.map((c, i) => {
        const x = i * (colWidth + GAP);
        // Columns stand on the host: a shorter column's layers sit at the bottom.
        const offset = (tallest - c.layers.length) * (LAYER + GAP);
        return (
          <g key={c.kind} data-kind={c.kind}>
            <text x={x + colWidth / 2} y={12} textAnchor="middle" fontSize={12} fontWeight={700}>{c.title}</text>
            {c.layers.map((l, k) => box(l, x, top + offset + k * (LAYER + GAP), colWidth))}
          </g>
        );
      })}
      {shared.map((l, k) => box(l, 0, base + k * (LAYER + GAP), width))}
    </svg>
  );
}
