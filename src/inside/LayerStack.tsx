/**
 * Layers and disks: a container's union filesystem drawn as the textbook does (its writable
 * layer on top of the image's read-only layers, each with size, files and who shares it);
 * a VM's disk image growing; the host's disk with shared layers counted once.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LayerStackView, VmDiskView } from '@utsuwa/sim-core/views';
import { formatBytes } from '@utsuwa/sim-core/format';
import { useWorkspace } from '../store/context';
import { selectHost, selectSelected } from '../store/selectors';
import { formatClock } from '../format';
import { useSimQuery } from './useSimQuery';
import { InstancePicker, stillThere, useBoardInstances } from './InstancePicker';

function shortId(id: string): string {
  return id.length > 28 ? `${id.slice(0, 27)}…` : id;
}

function ContainerStack({ stack }: { stack: LayerStackView }) {
  const { t } = useTranslation();
  const w = stack.writable;
  return (
    <div className="layer-stack" data-testid="layer-stack" data-name={stack.name}>
      <div className="ls-layer ls-writable" data-testid="writable-layer">
        <div className="ls-head"><strong>{t('inside:layers.writable')}</strong><span>{formatBytes(w?.sizeBytes ?? 0)}</span></div>
        {!w && <p className="inside-muted">{t('inside:layers.noOverlay')}</p>}
        {w && w.files.length === 0 && w.whiteouts.length === 0 && <p className="inside-muted">{t('inside:layers.empty')}</p>}
        {w && (
          <ul className="ls-files">
            {w.files.map((f) => (
              <li key={f.path} data-testid="writable-file" data-path={f.path} data-copied-up={f.copiedUpFrom ? 'true' : 'false'}>
                <code>{f.path}</code> {formatBytes(f.sizeBytes)}{' '}
                <span className={f.copiedUpFrom ? 'ls-tag ls-copied' : 'ls-tag ls-new'}>
                  {f.copiedUpFrom ? t('inside:layers.copiedUp', { layer: shortId(f.copiedUpFrom) }) : t('inside:layers.newFile')}
                </span>
              </li>
            ))}
            {w.whiteouts.map((p) => <li key={p} data-testid="whiteout" data-path={p}><code>{p}</code> <span className="ls-tag ls-whiteout">{t('inside:layers.whiteout')}</span></li>)}
          </ul>
        )}
      </div>
      {stack.readOnly.map((l) => (
        <div key={l.id} className="ls-layer ls-readonly" data-testid="readonly-layer" data-layer={l.id} data-shared-count={l.sharedWith.length}>
          <div className="ls-head">
            <span className="ls-ro">{t('inside:layers.ro')}</span>
            <strong title={l.id}>{shortId(l.id)}</strong>
            <span>{formatBytes(l.sizeBytes)}</span>
            <span className="ls-shared" title={l.sharedWith.join(', ')}>
              {l.sharedWith.length > 0
                ? t('inside:layers.sharedWith', { count: l.sharedWith.length, names: l.sharedWith.slice(0, 4).join(', ') + (l.sharedWith.length > 4 ? ', …' : '') })
                : t('inside:layers.notShared')}
            </span>
          </div>
          <div className="ls-created" title={l.createdBy}>{l.createdBy}</div>
          <ul className="ls-files">
            {l.files.map((f) => (
              <li key={f.path} className={`ls-file-${f.status}`}>
                <code>{f.path}</code> {formatBytes(f.sizeBytes)}
                {f.status !== 'visible' && <span className="ls-tag">{t(`inside:layers.status.${f.status}`)}</span>}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}

function Changes({ stack }: { stack: LayerStackView }) {
  const { t } = useTranslation();
  return (
    <section className="ls-changes" data-testid="layer-changes">
      <h4>{t('inside:layers.changes')}</h4>
      {stack.changes.length === 0 && <p className="inside-muted">{t('inside:layers.noChanges')}</p>}
      <ol>
        {stack.changes.slice(-20).map((c, i) => (
          <li key={i} data-type={c.type}>
            <time>{formatClock(c.atMs)}</time> <span className={`ls-tag ls-${c.type}`}>{t(`inside:layers.change.${c.type}`)}</span> <code>{c.path}</code>
            {c.bytes !== null && ` ${formatBytes(c.bytes)}`}
          </li>
        ))}
      </ol>
    </section>
  );
}

function VmDisk({ disk }: { disk: VmDiskView }) {
  const { t } = useTranslation();
  const max = Math.max(disk.virtualBytes, 1);
  return (
    <div className="vm-disk" data-testid="vm-disk">
      <p>{t('inside:layers.vmDisk', { name: disk.name, now: formatBytes(disk.diskBytes), size: formatBytes(disk.virtualBytes) })}</p>
      <div className="vm-disk-bar"><div style={{ width: `${Math.min(100, (disk.diskBytes / max) * 100)}%` }} /></div>
      <p className="inside-muted">{t('inside:layers.vmDiskNote')}</p>
      <ol className="ls-changes">
        {disk.history.map((h, i) => <li key={i}><time>{formatClock(h.atMs)}</time> {formatBytes(h.diskBytes)}</li>)}
      </ol>
    </div>
  );
}

export function LayersView() {
  const { t } = useTranslation();
  const instances = useBoardInstances();
  const names = instances.map((i) => i.name);
  const selected = useWorkspace(selectSelected);
  const [pick, setPick] = useState<string | null>(null);
  const name = stillThere(pick ?? selected, names, names[0] ?? '');
  const kind = instances.find((i) => i.name === name)?.kind;
  const stack = useSimQuery('layers', { name }, kind === 'container');
  const vm = useSimQuery('vmDisk', { name }, kind === 'vm');
  // The same breakdown the board's disk bar and the disk chart read, from the same frame.
  const host = useWorkspace(selectHost);
  if (names.length === 0) return <p className="inside-muted">{t('inside:noInstances')}</p>;
  return (
    <div className="layers-view">
      <div className="inside-row">
        <InstancePicker value={name} onChange={setPick} label={t('inside:layers.container')} testId="layers-pick" />
        {host && (
          <p className="inside-note" data-testid="host-disk">
            {t('inside:layers.host', {
              used: formatBytes(host.disk.totalBytes), layers: formatBytes(host.disk.imagesBytes), pulling: formatBytes(host.disk.pullingBytes),
              inUse: formatBytes(host.disk.layersInUseBytes), without: formatBytes(host.disk.layersIfUnsharedBytes),
              count: host.disk.writable.length, writable: formatBytes(host.disk.writableBytes), vms: formatBytes(host.disk.vmDisksBytes),
            })}
          </p>
        )}
      </div>
      {kind === 'container' && stack && stack.name === name && (
        <div className="layers-pair"><ContainerStack stack={stack} /><Changes stack={stack} /></div>
      )}
      {kind === 'vm' && vm && vm.name === name && <VmDisk disk={vm} />}
    </div>
  );
}
