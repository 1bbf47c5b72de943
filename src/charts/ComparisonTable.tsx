import { Fragment, useMemo } from 'react';
import { kindFigures, type AppliedOverheads, type KindsFigures } from '@utsuwa/sim-core/stats';
import { overheadsLine } from '../viz/overheads';
import { comparisonRow, type ComparisonInstance, type ComparisonRow } from '../viz/comparison';
import { comparisonGroups } from '../viz/comparison-groups';
import { formatBytes, formatDuration, formatRatio } from '@utsuwa/sim-core/format';
import { chartText, type ChartText } from './chart-text';
import { ComparisonTotals } from './ComparisonTotals';
import { cellStyle, numStyle } from './table-style';

export interface ComparisonTableProps {
  /** Instances on the board (SimView.instances). */
  instances: readonly ComparisonInstance[];
  /** The simulation clock, to show how long a booting instance has been at it. */
  nowMs: number;
  /** Figures per kind (sim-core's kindFigures of the same instances); computed here when not given. */
  kinds?: KindsFigures;
  /** Instance rows shown, shared between VMs and containers; the totals and ratios count every instance. Default 50. */
  maxRows?: number;
  /** Texts; default English. */
  strings?: ChartText;
  /** Each instance's overheads (sim-core's instanceOverheads, as the report gives them), by name: a column when given. */
  overheads?: ReadonlyMap<string, AppliedOverheads>;
}

/**
 * The textbook comparison, live: time to ready, memory, disk (own + shared image), which
 * kernel the system calls reach, and what isolates each instance, with the VM-to-container
 * ratios above it. With more than one of a kind, a row per kind at the top gives the count,
 * the median and range of the times to ready and the totals; the instance rows below are
 * grouped by kind, VMs first. It stays a real table (not role="img") so screen readers can
 * walk the cells.
 */
export function ComparisonTable({ instances, nowMs, kinds: given, maxRows = 50, strings = chartText('en'), overheads }: ComparisonTableProps) {
  const rows = useMemo(() => instances.map(comparisonRow), [instances]);
  const computed = useMemo(() => (given ? null : kindFigures(instances)), [given, instances]);
  const kinds = given ?? computed!;
  const groups = useMemo(() => comparisonGroups(rows, maxRows), [rows, maxRows]);
  const fastest = useMemo(() => Math.min(...rows.map((r) => r.startupMs ?? Infinity)), [rows]);
  const startAt = useMemo(() => new Map(instances.map((i) => [i.name, i.phases[0]?.startMs])), [instances]);
  const ratioParts = [
    kinds.startupRatio !== null ? strings('ratioStartup', { ratio: formatRatio(kinds.startupRatio) }) : null,
    kinds.memoryRatio !== null ? strings('ratioMemory', { ratio: formatRatio(kinds.memoryRatio) }) : null,
    kinds.diskRatio !== null ? strings('ratioDisk', { ratio: formatRatio(kinds.diskRatio) }) : null,
  ].filter((p): p is string => p !== null);
  const showTotals = kinds.vm.count > 1 || kinds.container.count > 1;
  const columns = overheads ? 7 : 6;

  return (
    <section data-testid="comparison-table" data-anchor="comparison-table" className="chart comparison-table" aria-label={strings('comparisonAria', { count: rows.length })}>
      {ratioParts.length > 0 && (
        <p data-testid="comparison-ratio" style={{ fontWeight: 'bold', margin: '4px 0' }}>{ratioParts.join(strings('listSeparator'))}</p>
      )}
      <table style={{ borderCollapse: 'collapse', fontSize: 13 }}>
        <caption style={{ textAlign: 'left', fontWeight: 'bold' }}>{strings('comparisonTitle')}</caption>
        <thead>
          <tr>
            <th scope="col" style={cellStyle}>{strings('colName')}</th>
            <th scope="col" style={numStyle}>{strings('colStartup')}</th>
            <th scope="col" style={numStyle}>{strings('colMemory')}</th>
            <th scope="col" style={numStyle}>{strings('colDisk')}</th>
            <th scope="col" style={cellStyle}>{strings('colKernel')}</th>
            <th scope="col" style={cellStyle}>{strings('colIsolation')}</th>
            {overheads && <th scope="col" style={cellStyle} title={strings('overheadsTitle')}>{strings('colOverheads')}</th>}
          </tr>
        </thead>
        {showTotals && <ComparisonTotals groups={groups} kinds={kinds} strings={strings} columns={columns} />}
        <tbody data-testid="comparison-rows">
          {showTotals && <tr><th scope="colgroup" colSpan={columns} style={{ ...cellStyle, fontSize: 12, opacity: 0.8 }}>{strings('eachInstance')}</th></tr>}
          {groups.map((g) => (
            <Fragment key={g.kind}>
              {g.rows.map((row) => (
                <InstanceRow key={row.name} row={row} fastest={fastest} startMs={startAt.get(row.name)} nowMs={nowMs} strings={strings} overheads={overheads?.get(row.name) ?? (overheads ? null : undefined)} />
              ))}
              {g.hidden > 0 && (
                <tr data-testid="comparison-more" data-kind={g.kind}>
                  <td colSpan={columns} style={{ ...cellStyle, fontSize: 12 }}>
                    {strings(g.kind === 'vm' ? 'moreVms' : 'moreContainers', { count: g.hidden, bytes: formatBytes(g.hiddenMemoryBytes) })}
                  </td>
                </tr>
              )}
            </Fragment>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** `overheads`: undefined when the table has no such column, null when the instance's are unknown. */
function InstanceRow({ row, fastest, startMs, nowMs, strings, overheads }: { row: ComparisonRow; fastest: number; startMs: number | undefined; nowMs: number; strings: ChartText; overheads: AppliedOverheads | null | undefined }) {
  return (
    <tr data-instance={row.name} data-kind={row.kind}>
      <th scope="row" style={cellStyle}>
        {row.name} <small style={{ opacity: 0.7 }}>{`${row.technology} · ${row.software}`}</small>
      </th>
      <td style={{ ...numStyle, fontWeight: row.startupMs !== null && row.startupMs === fastest ? 'bold' : undefined }} data-column="startup">
        {startupText(row, startMs, nowMs, strings)}
      </td>
      <td style={numStyle} data-column="memory">{formatBytes(row.memoryBytes)}</td>
      <td style={numStyle} data-column="disk">
        {row.kind === 'container'
          ? strings('diskOwnPlusImage', { own: formatBytes(row.diskOwnBytes), image: formatBytes(row.diskImageBytes) })
          : formatBytes(row.diskOwnBytes)}
      </td>
      <td style={cellStyle} data-column="kernel">{kernelText(row, strings)}</td>
      <td style={cellStyle} data-column="isolation">{strings(`isolation.${row.isolation}`)}</td>
      {overheads !== undefined && <td style={cellStyle} data-column="overheads">{overheads ? overheadsLine(overheads, strings) : '—'}</td>}
    </tr>
  );
}

function startupText(row: ComparisonRow, startMs: number | undefined, nowMs: number, strings: ChartText): string {
  if (row.startupMs !== null) return formatDuration(row.startupMs);
  if (row.state === 'booting') {
    return startMs === undefined ? strings('booting') : `${strings('booting')} ${formatDuration(nowMs - startMs)}`;
  }
  if (row.state === 'created') return strings('notStarted');
  return '—';
}

function kernelText(row: ComparisonRow, strings: ChartText): string {
  if (row.kernelMode === 'own') return strings('kernelOwn');
  return row.kernel === 'host' ? strings('kernelSharedHost') : strings('kernelSharedVm', { vm: row.kernel });
}
