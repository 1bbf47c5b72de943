/**
 * The palette: a VM and a container, each with its choices. Drag an item onto the host or a
 * VM; or focus it and press Enter (or click) to add it to the selected VM, else the host.
 */
import { useDragSource } from './drag-hooks';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { catalogue, catalogueReady } from '../document/catalogue';
import type { RuntimeId } from '@utsuwa/sim-core';
import { formatBytes } from '@utsuwa/sim-core/format';
import { CPU_LIMIT_CHOICES, MEMORY_LIMIT_CHOICES } from '@utsuwa/sim-core/rules';
import { useWorkspace, useWorkspaceStore } from '../store/context';
import type { WorkspaceState } from '../store/types';
import { selectLoaded } from '../store/selectors';
import type { DragItem } from '../document/drops';
import { Icon } from './Icon';
import { profileLabel, runtimeLabel } from './catalogue-labels';
import { ScenarioNote } from './ScenarioNote';

const selectVmChoice = (s: WorkspaceState) => s.vmChoice;
const selectContainerChoice = (s: WorkspaceState) => s.containerChoice;

/** The choices the catalogue offers; empty until it has loaded (the first load waits for it). */
function choices() {
  if (!catalogueReady()) return { PROFILES: [], GUEST_OSES: [], RUNTIMES: [], IMAGES: [] };
  const c = catalogue();
  return {
    PROFILES: Object.values(c.vmProfiles).map((p) => p.id),
    GUEST_OSES: Object.keys(c.guestOses).sort(),
    RUNTIMES: Object.values(c.runtimes).map((r) => r.id),
    IMAGES: Object.keys(c.images).sort(),
  };
}

function PaletteHandle({ kind }: { kind: 'vm' | 'container' }) {
  const { t } = useTranslation();
  const store = useWorkspaceStore();
  const data: DragItem = { source: 'palette', kind };
  const { setNodeRef, listeners, attributes, isDragging } = useDragSource({ id: `palette:${kind}`, data });
  return (
    <button
      ref={setNodeRef}
      type="button"
      {...attributes}
      {...listeners}
      className={`palette-handle palette-handle-${kind}${isDragging ? ' is-dragging' : ''}`}
      data-testid={`palette-${kind}`}
      onClick={() => store.getState().addByKeyboard(kind)}
    >
      <span className="palette-icon"><Icon name={kind} size="1.2em" /></span>
      <span className="palette-name">{t(kind === 'vm' ? 'palette.vm' : 'palette.container')}</span>
      <span className="palette-grip" aria-hidden="true">⋮⋮</span>
    </button>
  );
}

export function Palette() {
  const { t } = useTranslation();
  const store = useWorkspaceStore();
  const vm = useWorkspace(selectVmChoice);
  const ct = useWorkspace(selectContainerChoice);
  const loaded = useWorkspace(selectLoaded);
  const { PROFILES, GUEST_OSES, RUNTIMES, IMAGES } = useMemo(choices, [loaded]);
  return (
    <aside className="palette panel" data-anchor="palette" aria-label={t('palette.title')}>
      <h2 className="panel-title">{t('palette.title')}</h2>

      <section className="palette-item palette-item-vm">
        <PaletteHandle kind="vm" />
        <label className="field">
          <span>{t('palette.profile')}</span>
          <select value={vm.profile} onChange={(e) => store.getState().setVmChoice({ ...vm, profile: e.target.value })} data-testid="palette-vm-profile">
            {PROFILES.map((id) => <option key={id} value={id}>{profileLabel(t, id)}</option>)}
          </select>
        </label>
        <label className="field">
          <span>{t('palette.os')}</span>
          <select value={vm.os} onChange={(e) => store.getState().setVmChoice({ ...vm, os: e.target.value })} data-testid="palette-vm-os">
            {GUEST_OSES.map((id) => <option key={id} value={id}>{id}</option>)}
          </select>
        </label>
      </section>

      <section className="palette-item palette-item-container">
        <PaletteHandle kind="container" />
        <label className="field">
          <span>{t('palette.runtime')}</span>
          <select value={ct.runtime} onChange={(e) => store.getState().setContainerChoice({ ...ct, runtime: e.target.value as RuntimeId })} data-testid="palette-container-runtime">
            {RUNTIMES.map((id) => <option key={id} value={id}>{runtimeLabel(t, id)}</option>)}
          </select>
        </label>
        <label className="field">
          <span>{t('palette.image')}</span>
          <select value={ct.image} onChange={(e) => store.getState().setContainerChoice({ ...ct, image: e.target.value })} data-testid="palette-container-image">
            {IMAGES.map((id) => <option key={id} value={id}>{id}</option>)}
          </select>
        </label>
        {/* Docker's default is no limit; a limit is a choice (checked where the container lands). */}
        <label className="field">
          <span>{t('inspector.memoryLimit')}</span>
          <select value={ct.memoryBytes ?? 'none'} onChange={(e) => store.getState().setContainerChoice({ ...ct, memoryBytes: e.target.value === 'none' ? null : Number(e.target.value) })} data-testid="palette-container-memory">
            <option value="none">{t('inspector.unlimited')}</option>
            {MEMORY_LIMIT_CHOICES.map((b) => <option key={b} value={b}>{formatBytes(b)}</option>)}
          </select>
        </label>
        <label className="field">
          <span>{t('inspector.cpuLimit')}</span>
          <select value={ct.cpus ?? 'none'} onChange={(e) => store.getState().setContainerChoice({ ...ct, cpus: e.target.value === 'none' ? null : Number(e.target.value) })} data-testid="palette-container-cpus">
            <option value="none">{t('inspector.unlimited')}</option>
            {CPU_LIMIT_CHOICES.map((n) => <option key={n} value={n}>{n}</option>)}
          </select>
        </label>
      </section>

      <p className="palette-hint">{t('palette.hint')}</p>
      <ScenarioNote />
    </aside>
  );
}
