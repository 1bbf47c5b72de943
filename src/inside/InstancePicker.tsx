/** A small select of `host` (optional) and the instances on the board. */
import { useTranslation } from 'react-i18next';
import { useWorkspaceShallow } from '../store/context';
import type { WorkspaceState } from '../store/types';

const selectNamesAndKinds = (s: WorkspaceState): string[] => (s.view?.instances ?? []).map((i) => `${i.kind}:${i.name}`);

export function useBoardInstances(): Array<{ name: string; kind: 'vm' | 'container' }> {
  const raw = useWorkspaceShallow(selectNamesAndKinds);
  return raw.map((r) => {
    const i = r.indexOf(':');
    return { kind: r.slice(0, i) as 'vm' | 'container', name: r.slice(i + 1) };
  });
}

export function InstancePicker({ value, onChange, withHost = false, only, label, testId }: {
  value: string;
  onChange: (name: string) => void;
  withHost?: boolean;
  only?: 'vm' | 'container';
  label: string;
  testId: string;
}) {
  const { t } = useTranslation();
  const all = useBoardInstances().filter((i) => !only || i.kind === only);
  return (
    <label className="inside-pick">
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)} data-testid={testId}>
        {withHost && <option value="host">{t('inside:host')}</option>}
        {all.map((i) => <option key={i.name} value={i.name}>{i.name}</option>)}
      </select>
    </label>
  );
}

/** The current pick if still on the board, else the fallback. */
export function stillThere(pick: string | null, names: string[], fallback: string): string {
  return pick !== null && (pick === 'host' || names.includes(pick)) ? pick : fallback;
}
