import { useMemo } from 'react';
import { comparisonRow, vmContainerRatios, type ComparisonInstance, type ComparisonRow } from '../viz/comparison';
import { formatBytes, formatDuration, formatRatio } from '@utsuwa/sim-core/format';
import { chartText, type ChartText } from './chart-text';

export interface ComparisonTableProps {
  /** Instances on the board (SimView.instances). */
  instances: readonly ComparisonInstance[];
  /** The simulation clock, to show how long a booting instance has been at it. */
  nowMs: number;
  /** Rows shown; the ratios still count every instance. Default 50. */
  maxRows?: number;
  /** Texts; default English. */
  strings?: ChartText;
}

/**
 * The textbook comparison, live: time to ready, memory, disk (own + shared image), which
 * kernel the system calls reach, and what isolates each instance, with the VM-to-container
 * ratios above it. It stays a real table (not role="img") so screen readers can walk the cells.
 */
export function ComparisonTable({ instances, nowMs, maxRows = 50, strings = chartText('en') }: ComparisonTableProps) {
  const rows = useMemo(() => instances.map(comparisonRow), [instances]);
  const ratios = useMemo(() => vmContainerRatios(rows), [rows]);
  const fastest = useMemo(() => Math.min(...rows.map((r) => r.startupMs ?? Infinity)), [rows]);
  const ratioParts = [
    ratios.startup !== null ? strings('ratioStartup', { ratio: formatRatio(ratios.startup) }) : null,
    ratios.memory !== null ? strings('ratioMemory', { ratio: formatRatio(ratios.memory) }) : null,
    ratios.disk !== null ? strings('ratioDisk', { ratio: formatRatio(ratios.disk) }) : null,
  ].filter((p): p is string => p !== null);
  const shown = rows.slice(0, maxRows);
  const cell = { padding: '2px 8px', textAlign: 'left' as const };
  const num = { ...cell, textAlign: 'right' as const, fontVariantNumeric: 'tabular-nums' as const };

  return (
    <section data-testid="comparison-table" data-anchor="comparison-table" className="chart comparison-table" aria-label={strings('comparisonAria', { count: rows.length })}>
      {ratioParts.length > 0 && (
        <p data-testid="comparison-ratio" style={{ fontWeight: 'bold', margin: '4px 0' }}>{ratioParts.join(', ')}</p>
      )}
      <table style={{ borderCollapse: 'collapse', fontSize: 13 }}>
        <caption style={{ textAlign: 'left', fontWeight: 'bold' }}>{strings('comparisonTitle')}</caption>
        <thead>
          <tr>
            <th scope="col" style={cell}>{strings('colName')}</th>
            <th scope="col" style={num}>{strings('colStartup')}</th>
            <th scope="col" style={num}>{strings('colMemory')}</th>
            <th scope="col" style={num}>{strings('colDisk')}</th>
            <th scope="col" style={cell}>{strings('colKernel')}</th>
            <th scope="col" style={cell}>{strings('colIsolation')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((row) => (
            <tr key={row.name} data-instance={row.name} data-kind={row.kind}>
              <th scope="row" style={cell}>
                {row.name} <small style={{ opacity: 0.7 }}>{`${row.technology} · ${row.software}`}</small>
              </th>
              <td style={{ ...num, fontWeight: row.startupMs !== null && row.startupMs === fastest ? 'bold' : undefined }} data-column="startup">
                {startupText(row, instances.find((i) => i.name === row.name), nowMs, strings)}
              </td>
              <td style={num} data-column="memory">{formatBytes(row.memoryBytes)}</td>
              <td style={num} data-column="disk">
                {row.kind === 'container'
                  ? strings('diskOwnPlusImage', { own: formatBytes(row.diskOwnBytes), image: formatBytes(row.diskImageBytes) })
                  : formatBytes(row.diskOwnBytes)}
              </td>
              <td style={cell} data-column="kernel">{kernelText(row, strings)}</td>
              <td style={cell} data-column="isolation">{strings(`isolation.${row.isolation}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length > shown.length && (
        <p style={{ fontSize: 12, margin: '4px 0' }}>
          {strings('more', { count: rows.length - shown.length, bytes: formatBytes(rows.slice(maxRows).reduce((s, r) => s + r.memoryBytes, 0)) })}
        </p>
      )}
    </section>
  );
}

function startupText(row: ComparisonRow, inst: ComparisonInstance | undefined, nowMs: number, strings: ChartText): string {
  if (row.startupMs !== null) return formatDuration(row.startupMs);
  if (row.state === 'booting') {
    const start = inst?.phases[0]?.startMs;
    return start === undefined ? strings('booting') : `${strings('booting')} ${formatDuration(nowMs - start)}`;
  }
  if (row.state === 'created') return strings('notStarted');
  return '—';
}

function kernelText(row: ComparisonRow, strings: ChartText): string {
  if (row.kernelMode === 'own') return strings('kernelOwn');
  return row.kernel === 'host' ? strings('kernelSharedHost') : strings('kernelSharedVm', { vm: row.kernel });
}
