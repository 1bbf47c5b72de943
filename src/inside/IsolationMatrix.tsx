/**
 * Which kernel and which of the eight namespaces every pair on the board shares: a grid whose
 * cells are coloured when the pair shares a kernel, with one small square per namespace kind
 * (filled when shared). Compromised rows and columns are marked after an attack.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspaceShallow } from '../store/context';
import type { WorkspaceState } from '../store/types';
import { useSimQuery } from './useSimQuery';
import { matrixGrid } from './matrix';

const selectCompromised = (s: WorkspaceState): string[] => [
  ...(s.view?.host.compromised ? ['host'] : []),
  ...(s.view?.instances.filter((i) => i.compromised).map((i) => i.name) ?? []),
];

export function IsolationMatrix() {
  const { t } = useTranslation();
  const matrix = useSimQuery('isolation', null);
  const compromised = useWorkspaceShallow(selectCompromised);
  const grid = useMemo(() => (matrix ? matrixGrid(matrix, new Set(compromised)) : []), [matrix, compromised]);
  if (!matrix) return null;
  const hit = new Set(compromised);
  const label = (n: string) => (n === 'host' ? t('inside:host') : n);

  return (
    <figure className="iso-matrix" data-testid="isolation-matrix">
      <figcaption>{t('inside:matrix.title')}</figcaption>
      <div className="iso-scroll">
        <table>
          <thead>
            <tr><td />{matrix.names.map((n) => <th key={n} scope="col" title={label(n)} className={`iso-col${hit.has(n) ? ' is-hit' : ''}`}><span>{label(n)}</span></th>)}</tr>
          </thead>
          <tbody>
            {grid.map((row, i) => (
              <tr key={matrix.names[i]}>
                <th scope="row" className={hit.has(matrix.names[i]!) ? 'is-hit' : undefined} data-testid="matrix-row" data-name={matrix.names[i]} data-compromised={hit.has(matrix.names[i]!) ? 'true' : undefined}>
                  {label(matrix.names[i]!)}{hit.has(matrix.names[i]!) && <span className="iso-hit-mark" title={t('inside:matrix.compromised')}> ⚠</span>}
                  {matrix.surfaces[matrix.names[i]!]?.seccomp === 'unconfined' && (
                    <span className="iso-unconfined" data-testid="matrix-unconfined" title={t('inside:matrix.unconfined', { reachable: matrix.surfaces[matrix.names[i]!]!.reachable.join(', ') })}> ◇</span>
                  )}
                </th>
                {row.map((c) => (
                  <td
                    key={c.b}
                    className={['iso-cell', c.self && 'is-self', c.sameKernel ? 'kernel-shared' : 'kernel-own', c.bothCompromised && 'is-hit'].filter(Boolean).join(' ')}
                    title={c.self ? c.a : t('inside:matrix.cellTitle', {
                      a: label(c.a), b: label(c.b),
                      kernel: c.sameKernel ? t('inside:matrix.sharedKernel') : t('inside:matrix.ownKernel'),
                      kinds: c.sharedKinds.length ? c.sharedKinds.join(', ') : t('inside:matrix.none'),
                      processes: c.processes ? t(`inside:matrix.processes.${c.processes}`, { a: label(c.a), b: label(c.b), pids: c.vmmPids.join(', ') }) : '',
                    })}
                    data-same-kernel={c.sameKernel}
                    data-processes={c.processes ?? undefined}
                  >
                    {!c.self && <span className="ns-dots" aria-hidden>{c.shared.map((s, k) => <i key={k} className={s ? 'on' : undefined} />)}</span>}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="iso-legend">
        <span className="swatch kernel-shared" /> {t('inside:matrix.sharedKernel')}
        <span className="swatch kernel-own" /> {t('inside:matrix.ownKernel')}
        <span className="swatch is-hit" /> {t('inside:matrix.compromised')}
        <br />{t('inside:matrix.legend', { kinds: matrix.kinds.join(' · ') })}
        <br /><span data-testid="matrix-processes-legend">{t('inside:matrix.processesLegend')}</span>
      </p>
    </figure>
  );
}
