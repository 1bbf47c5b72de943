/**
 * A crowd of instances (a burst, a density test) drawn as tiles instead of full stack
 * columns: one small square each, coloured by state, so a board of a thousand stays readable
 * and smooth. A tile re-renders only when its own state changes. Click selects it (the
 * inspector edits it, Delete removes it); the full stack view returns below the threshold.
 * A board of more than CANVAS_THRESHOLD is drawn on canvases instead (./CanvasTiles.tsx), with the
 * same colours, clicks and keyboard, and the same `instance` elements for tools.
 */
import { lazy, memo, Suspense, useCallback, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { InstanceSpec } from '@utsuwa/sim-core';
import { useWorkspace, useWorkspaceStore } from '../store/context';
import { viewByName } from '../store/selectors';
import type { WorkspaceState } from '../store/types';

// The canvas board loads with the first crowd that needs it.
const CanvasTiles = lazy(() => import('./CanvasTiles').then((m) => ({ default: m.CanvasTiles })));

/** More instances directly on the host than this and the board shows tiles. */
export const COMPACT_THRESHOLD = 40;
/**
 * More tiles on the board than this and both groups are drawn on a canvas (CanvasTiles): DOM
 * tiles cost a layout each, and the 200 VMs beside 9,800 containers re-rendered as DOM at each
 * phase change of a crowd playing.
 */
export const CANVAS_THRESHOLD = 400;

const InstanceTile = memo(function InstanceTile({ name, kind }: { name: string; kind: 'vm' | 'container' }) {
  const { t } = useTranslation();
  const store = useWorkspaceStore();
  // One string per tile: equal strings skip the render, however often frames arrive.
  const key = useWorkspace(useCallback((s: WorkspaceState) => {
    const v = viewByName(s, name);
    return `${v?.state ?? 'created'}|${v?.compromised ? 1 : 0}|${s.selected === name ? 1 : 0}|${v?.phase ?? ''}`;
  }, [name]));
  const [state, compromised, selected, phase] = key.split('|');
  return (
    <button
      type="button"
      className={`tile tile-${kind} state-${state}${compromised === '1' ? ' is-compromised' : ''}${selected === '1' ? ' is-selected' : ''}`}
      data-testid="instance"
      data-kind={kind}
      data-name={name}
      data-state={state}
      data-compromised={compromised === '1' ? 'true' : 'false'}
      title={`${name}: ${t(`state.${state}`)}${phase ? ` (${t(`phase.${phase}`, { defaultValue: phase })})` : ''}`}
      aria-label={`${name}: ${t(`state.${state}`)}`}
      aria-current={selected === '1' ? 'true' : undefined}
      onClick={(e) => {
        e.stopPropagation();
        store.getState().select(name);
      }}
    />
  );
});

/** `onCanvas`: the board is crowded (more than CANVAS_THRESHOLD tiles in all): draw on a canvas. */
export function CompactInstances({ specs, onCanvas }: { specs: readonly InstanceSpec[]; onCanvas: boolean }) {
  const { t } = useTranslation();
  const summaryId = useId();
  // Counted once per view (the selector runs at every change of the store, and a crowd has thousands).
  const counts = useWorkspace(useMemo(() => {
    let countedView: unknown;
    let counted = '';
    return (s: WorkspaceState) => {
      if (s.view === countedView) return counted;
      countedView = s.view;
      let running = 0;
      let booting = 0;
      for (const spec of specs) {
        const st = viewByName(s, spec.name)?.state;
        if (st === 'running') running++;
        else if (st === 'booting') booting++;
      }
      counted = `${running}|${booting}`;
      return counted;
    };
  }, [specs]));
  const [running, booting] = counts.split('|');
  return (
    <div className="tiles-wrap">
      <p className="tiles-summary" id={summaryId}>{t(specs[0]?.kind === 'vm' ? 'board.tilesSummaryVm' : 'board.tilesSummary', { count: specs.length, running, booting })}</p>
      {onCanvas
        ? <Suspense fallback={<div className="tiles" />}><CanvasTiles specs={specs} labelledBy={summaryId} /></Suspense>
        : <div className="tiles" role="group" aria-labelledby={summaryId}>{specs.map((s) => <InstanceTile key={s.name} name={s.name} kind={s.kind} />)}</div>}
    </div>
  );
}
