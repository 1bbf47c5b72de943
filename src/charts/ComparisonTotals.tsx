import type { KindFigures } from '@utsuwa/sim-core/stats';
import type { ComparisonGroup } from '../viz/comparison-groups';
import { formatBytes, formatDuration } from '@utsuwa/sim-core/format';
import type { ChartText } from './chart-text';
import { cellStyle, numStyle } from './table-style';

/** "kvm-qemu ×100, firecracker ×3": what a kind runs on, biggest first. */
function tally(counts: Record<string, number>): string {
  return Object.entries(counts).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([k, n]) => `${k} ×${n}`).join(', ');
}

function startupText(f: KindFigures, strings: ChartText): { main: string; sub: string | null } {
  const ready = f.readyCount < f.count ? strings('readyOf', { ready: f.readyCount, count: f.count }) : null;
  if (!f.readyMs) return { main: ready ?? '—', sub: null };
  const main = strings('median', { value: formatDuration(f.readyMs.median) });
  const range = f.count > 1 ? strings('range', { min: formatDuration(f.readyMs.min), max: formatDuration(f.readyMs.max) }) : null;
  return { main, sub: [range, ready].filter(Boolean).join(' · ') || null };
}

function kernelText(g: ComparisonGroup, strings: ChartText): string {
  const parts: string[] = [];
  if (g.kernels.own > 0) parts.push(strings('kernelsOwn', { count: g.kernels.own }));
  if (g.kernels.shared > 0) parts.push(strings('kernelsShared', { count: g.kernels.shared }));
  return parts.join(', ');
}

/**
 * One row per kind at the top of the comparison table: how many, time to ready (median and
 * range), memory and disk in all (with the median of one), kernels and isolation, so "100 VMs
 * vs 100 containers" reads at a glance. The figures are sim-core's (kindFigures).
 */
export function ComparisonTotals({ groups, kinds, strings, columns }: { groups: readonly ComparisonGroup[]; kinds: Record<'vm' | 'container', KindFigures>; strings: ChartText; columns: number }) {
  return (
    <tbody data-testid="comparison-totals">
      <tr><th scope="colgroup" colSpan={columns} style={{ ...cellStyle, fontSize: 12, opacity: 0.8 }}>{strings('perKind')}</th></tr>
      {groups.map((g) => {
        const f = kinds[g.kind];
        const startup = startupText(f, strings);
        return (
          <tr key={g.kind} data-kind={g.kind} className="totals-row" style={{ background: 'rgba(0,0,0,0.04)' }}>
            <th scope="row" style={cellStyle}>
              {strings(g.kind === 'vm' ? 'kindVms' : 'kindContainers', { count: f.count })}
              {' '}<small style={{ opacity: 0.75 }}>{tally(f.technologies)}</small>
            </th>
            <td style={numStyle} data-column="startup">
              {startup.main}
              {startup.sub && <><br /><small>{startup.sub}</small></>}
            </td>
            <td style={numStyle} data-column="memory">
              {strings('inAll', { value: formatBytes(f.memoryBytes) })}
              {f.memoryPerInstance && f.count > 1 && <><br /><small>{strings('medianEach', { value: formatBytes(f.memoryPerInstance.median) })}</small></>}
            </td>
            <td style={numStyle} data-column="disk">
              {strings('inAll', { value: formatBytes(f.diskBytes) })}
              {g.kind === 'container' && f.diskPerInstance && <><br /><small>{strings('medianEachWithImage', { value: formatBytes(f.diskPerInstance.median) })}</small></>}
            </td>
            <td style={cellStyle} data-column="kernel">{kernelText(g, strings)}</td>
            <td style={cellStyle} data-column="isolation">{g.isolations.map((i) => strings(`isolation.${i}`)).join(' / ')}</td>
            {/* Overheads differ per instance (runtime, network): the rows below have them. */}
            {columns > 6 && <td style={cellStyle} data-column="overheads" />}
          </tr>
        );
      })}
    </tbody>
  );
}
