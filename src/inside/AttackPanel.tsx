/**
 * Attack: an instance and an exploit kind; the button applies `instance/exploit` live. Before,
 * it shows what the exploit would reach; after, what it reached, with why it stops there.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExploitKind, LogEntry, LogEntryOf } from '@utsuwa/sim-core';
import type { BlastReason, KernelSurface } from '@utsuwa/sim-core/views';
import { blastReason } from '@utsuwa/sim-core/views';
import { useWorkspace } from '../store/context';
import { useRunAction } from '../actions/useActions';
import { selectDoc, selectLog, selectSelected } from '../store/selectors';
import { useSimQuery } from './useSimQuery';
import { InstancePicker, stillThere, useBoardInstances } from './InstancePicker';

function lastAttack(log: readonly LogEntry[]): LogEntryOf<'security/compromised'> | null {
  for (let i = log.length - 1; i >= 0; i--) {
    const e = log[i]!;
    if (e.type === 'security/compromised') return e;
  }
  return null;
}

/** What stands between the container and the kernel it shares: seccomp, AppArmor, capabilities. */
function SurfaceNote({ surface }: { surface: KernelSurface }) {
  const { t } = useTranslation();
  const open = surface.seccomp === 'unconfined';
  return (
    <p className="blast-surface" data-testid="blast-surface" data-seccomp={surface.seccomp} data-apparmor={surface.apparmor}>
      {open ? t('inside:attack.surface.unconfined', { reachable: surface.reachable.join(', ') }) : t('inside:attack.surface.filtered', { blocked: surface.blocked.join(', ') })}
      {!open && surface.reachable.length > 0 && <> {t('inside:attack.surface.opened', { reachable: surface.reachable.join(', ') })}</>}
      {' '}{t('inside:attack.surface.apparmor', { profile: surface.apparmor })}
      {surface.extraCapabilities.length > 0 && <> {t('inside:attack.surface.caps', { caps: surface.extraCapabilities.join(', ') })}</>}
      {surface.noNewPrivileges && <> {t('inside:attack.surface.nnp')}</>}
    </p>
  );
}

export function AttackPanel() {
  const { t } = useTranslation();
  const run = useRunAction();
  const names = useBoardInstances().map((i) => i.name);
  const selected = useWorkspace(selectSelected);
  const doc = useWorkspace(selectDoc);
  const log = useWorkspace(selectLog);
  const [pick, setPick] = useState<string | null>(null);
  const [kind, setKind] = useState<ExploitKind>('kernel');
  const target = stillThere(pick ?? selected, names, names[0] ?? '');
  const preview = useSimQuery('blast', { name: target, kind }, target !== '');
  const attack = lastAttack(log);
  const listNames = (targets: readonly string[]) => targets.map((n) => (n === 'host' ? t('inside:host') : n)).join(', ');

  let done: { reason: BlastReason; text: string } | null = null;
  if (attack) {
    const spec = doc.instances.find((i) => i.name === attack.subject);
    const k = attack.data.kind;
    const targets = attack.data.targets;
    if (spec) {
      done = {
        reason: blastReason(spec, k),
        text: t('inside:attack.reached', { attacker: attack.subject, kind: t(k === 'app' ? 'inside:attack.kindApp' : 'inside:attack.kindKernel'), targets: listNames(targets) }),
      };
    }
  }

  if (names.length === 0) return <p className="inside-muted">{t('inside:noInstances')}</p>;
  return (
    <section className="attack-panel" aria-label={t('inside:attack.title')}>
      <h4>{t('inside:attack.title')}</h4>
      <div className="inside-row">
        <InstancePicker value={target} onChange={setPick} label={t('inside:attack.target')} testId="attack-target" />
        <fieldset className="attack-kind">
          <legend>{t('inside:attack.kind')}</legend>
          {(['app', 'kernel'] as const).map((k) => (
            <label key={k}><input type="radio" name="exploit-kind" value={k} checked={kind === k} onChange={() => setKind(k)} data-testid={`attack-kind-${k}`} /> {t(`inside:attack.${k}`)}</label>
          ))}
        </fieldset>
        <button type="button" className="btn btn-danger" data-testid="attack" disabled={preview?.reason === 'not-running'}
          onClick={() => run(kind === 'app' ? 'exploitApp' : 'exploitKernel', { name: target })}>
          {t('inside:attack.button')}
        </button>
      </div>
      {done && (
        <div className="blast-explanation" data-testid="blast-explanation" data-reason={done.reason}>
          <p><strong>⚠ {done.text}</strong></p>
          <p>{t(`inside:attack.reasons.${done.reason}`)}</p>
        </div>
      )}
      {preview && (
        <div className="blast-preview" data-testid="blast-preview" data-reason={preview.reason}>
          {preview.targets.length > 0 && <p><strong>{t('inside:attack.wouldReach', { targets: listNames(preview.targets) })}</strong></p>}
          <p>{t(`inside:attack.reasons.${preview.reason}`)}</p>
          {preview.surface && <SurfaceNote surface={preview.surface} />}
        </div>
      )}
    </section>
  );
}
