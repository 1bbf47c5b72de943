/**
 * Where the textbook's figure for a VM ("1-5 minutes, GB of memory, tens of GB of disk")
 * differs from the model's, both side by side and why, so a teacher can reconcile them in
 * front of a class. The textbook's range is the catalogue's cited figure (textbook-vm-boot-*);
 * the model's are the VM's own on the board now.
 */
import { useTranslation } from 'react-i18next';
import { formatBytes, formatDuration } from '@utsuwa/sim-core/format';
import type { InstanceView } from '@utsuwa/sim-core';
import { catalogue } from '../document/catalogue';
import { InlineCode } from '../classroom/InlineCode';

/** The VM the note speaks of: the first one on the board that is ready. */
export function textbookVm(instances: readonly InstanceView[]): InstanceView | null {
  return instances.find((i) => i.kind === 'vm' && i.readyMs !== null) ?? null;
}

export function TextbookNote({ instances }: { instances: readonly InstanceView[] }) {
  const { t } = useTranslation('charts');
  const vm = textbookVm(instances);
  if (!vm || vm.readyMs === null) return null;
  // The catalogue's cited figures (sim-core/catalogue/figures.ts), read without its index (which the page loads on its own).
  const figure = (id: string): number => catalogue().figures?.find((f) => f.id === id)?.value.value ?? Number.NaN;
  const values = {
    low: formatDuration(figure('textbook-vm-boot-low')),
    high: formatDuration(figure('textbook-vm-boot-high')),
    name: vm.name,
    ready: formatDuration(vm.readyMs),
    memory: formatBytes(vm.memoryBytes),
    disk: formatBytes(vm.diskBytes),
  };
  return (
    <aside className="textbook-note" data-testid="textbook-note" aria-label={t('textbookTitle')}>
      <h3>{t('textbookTitle')}</h3>
      <p data-testid="textbook-figures">{t('textbookVm', values)}</p>
      <p><InlineCode text={t('textbookWhy', values)} /></p>
    </aside>
  );
}
