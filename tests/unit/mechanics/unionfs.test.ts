import { describe, expect, it } from 'vitest';
import type { LayerDef } from '../../../sim-core/catalogue/types';
import {
  createOverlay, resolvePath, writeFile, copyUp, deleteFile, deleteTree, listDir, upperBytes, sharedLayerBytes,
  MAX_DEPTH_ERROR, type OverlayState,
} from '../../../sim-core/unionfs';

const MiB = 1024 * 1024;

function layer(id: string, files: Array<[string, number]>, sizeBytes = 1000): LayerDef {
  return {
    id, createdBy: `test ${id}`,
    sizeBytes: { value: sizeBytes, source: 'test' }, compressedBytes: { value: sizeBytes / 2, source: 'test' },
    files: files.map(([path, size]) => ({ path, sizeBytes: size })),
  };
}

const layers: Record<string, LayerDef> = {
  base: layer('base', [['/etc/os-release', 400], ['/usr/lib/libc.so.6', 2 * MiB], ['/etc/nginx/nginx.conf', 100], ['/var/cache/apt/pkgcache.bin', 5000]], 80 * MiB),
  app: layer('app', [['/usr/share/nginx/html/index.html', MiB], ['/etc/nginx/nginx.conf', 200], ['/var/cache/apt/.wh..wh..opq', 0], ['/etc/.wh.os-release', 0]], 40 * MiB),
  other: layer('other', [['/opt/tool', 10]], 7 * MiB),
};

function overlayOf(ids: string[]): OverlayState {
  const r = createOverlay(ids);
  if (!r.ok) throw new Error(r.error);
  return r.overlay;
}

describe('overlay: creating the mount', () => {
  it('accepts 128 lower layers and refuses 129 with overlay2\'s own message', () => {
    const ids = (n: number) => Array.from({ length: n }, (_, i) => `l${i}`);
    expect(createOverlay(ids(128)).ok).toBe(true);
    expect(createOverlay(ids(129))).toEqual({ ok: false, error: 'max depth exceeded' });
    expect(MAX_DEPTH_ERROR).toBe('max depth exceeded');
  });
});

describe('overlay: the merged view', () => {
  it('shows the topmost lower layer\'s copy of a file', () => {
    const o = overlayOf(['base', 'app']);
    expect(resolvePath(o, layers, '/etc/nginx/nginx.conf')).toMatchObject({ found: true, sizeBytes: 200, source: { layerId: 'app' } });
  });

  it('honours whiteouts and opaque directories recorded inside image layers', () => {
    const o = overlayOf(['base', 'app']);
    expect(resolvePath(o, layers, '/etc/os-release')).toMatchObject({ found: false, hiddenBy: 'whiteout' });
    expect(resolvePath(o, layers, '/var/cache/apt/pkgcache.bin')).toMatchObject({ found: false, hiddenBy: 'opaque-dir' });
    // Without the upper image layer the base files are there.
    expect(resolvePath(overlayOf(['base']), layers, '/etc/os-release')).toMatchObject({ found: true, sizeBytes: 400 });
  });

  it('lists a directory merged across layers, without whiteout entries', () => {
    const o = overlayOf(['base', 'app']);
    writeFile(o, layers, '/etc/hostname', 13);
    expect(listDir(o, layers, '/etc').map((e) => `${e.type}:${e.name}`)).toEqual(['file:hostname', 'dir:nginx']);
    expect(listDir(o, layers, '/').map((e) => e.name)).toEqual(['etc', 'usr']);
  });
});

describe('overlay: copy-up', () => {
  it('copies a 1 MiB lower file up whole on a metadata change: 1 MiB in the upper layer', () => {
    const o = overlayOf(['base', 'app']);
    expect(upperBytes(o)).toBe(0);
    const r = copyUp(o, layers, '/usr/share/nginx/html/index.html');
    expect(r).toMatchObject({ ok: true, copiedUpBytes: MiB, upperBytes: MiB });
    expect(upperBytes(o)).toBe(MiB);
    expect(layers.app!.files.find((f) => f.path === '/usr/share/nginx/html/index.html')!.sizeBytes).toBe(MiB);
  });

  it('a write to a lower file reports the copy-up, then the file takes its new size', () => {
    const o = overlayOf(['base', 'app']);
    const r = writeFile(o, layers, '/usr/lib/libc.so.6', 3 * MiB);
    expect(r.copiedUpBytes).toBe(2 * MiB);
    expect(r.events).toEqual([
      { kind: 'copy-up', path: '/usr/lib/libc.so.6', bytes: 2 * MiB, fromLayer: 'base' },
      { kind: 'write', path: '/usr/lib/libc.so.6', bytes: 3 * MiB },
    ]);
    expect(upperBytes(o)).toBe(3 * MiB);
    // Second write: already up, nothing copied.
    expect(writeFile(o, layers, '/usr/lib/libc.so.6', MiB).copiedUpBytes).toBe(0);
    expect(upperBytes(o)).toBe(MiB);
  });

  it('a new file lands in the upper layer without a copy-up', () => {
    const o = overlayOf(['base']);
    const r = writeFile(o, layers, 'tmp//data.bin', 4096);
    expect(r).toMatchObject({ copiedUpBytes: 0, upperBytes: 4096 });
    expect(resolvePath(o, layers, '/tmp/data.bin')).toMatchObject({ found: true, source: 'upper' });
  });
});

describe('overlay: deleting', () => {
  it('a whiteout hides a lower file in the merged view while the lower layer is unchanged', () => {
    const o = overlayOf(['base', 'app']);
    const before = structuredClone(layers.app);
    const r = deleteFile(o, layers, '/usr/share/nginx/html/index.html');
    expect(r).toEqual({ ok: true, upperBytes: 0, events: [{ kind: 'whiteout', path: '/usr/share/nginx/html/index.html' }] });
    expect(resolvePath(o, layers, '/usr/share/nginx/html/index.html')).toMatchObject({ found: false, hiddenBy: 'whiteout' });
    expect(listDir(o, layers, '/usr/share/nginx/html')).toEqual([]);
    expect(layers.app).toEqual(before);
    // A new container on the same image still sees it.
    expect(resolvePath(overlayOf(['base', 'app']), layers, '/usr/share/nginx/html/index.html').found).toBe(true);
  });

  it('a file only in the upper layer is plainly removed, and its bytes are freed', () => {
    const o = overlayOf(['base']);
    writeFile(o, layers, '/tmp/x', 500);
    const r = deleteFile(o, layers, '/tmp/x');
    expect(r).toEqual({ ok: true, upperBytes: 0, events: [{ kind: 'remove', path: '/tmp/x' }] });
    expect(o.whiteouts).toEqual({});
  });

  it('deleting a copied-up file frees its upper copy and whiteouts the lower one', () => {
    const o = overlayOf(['base', 'app']);
    writeFile(o, layers, '/etc/nginx/nginx.conf', 300);
    expect(deleteFile(o, layers, '/etc/nginx/nginx.conf')).toMatchObject({ ok: true, upperBytes: 0, events: [{ kind: 'whiteout' }] });
    expect(resolvePath(o, layers, '/etc/nginx/nginx.conf').found).toBe(false);
  });

  it('refuses what is not there, as rm does', () => {
    const o = overlayOf(['base']);
    expect(deleteFile(o, layers, '/nope')).toEqual({ ok: false, error: "rm: cannot remove '/nope': No such file or directory" });
    expect(deleteFile(o, layers, '/etc')).toEqual({ ok: false, error: "rm: cannot remove '/etc': Is a directory" });
  });

  it('rm -rf of a lower directory leaves one whiteout; recreating a file there makes the directory opaque', () => {
    const o = overlayOf(['base', 'app']);
    expect(deleteTree(o, layers, '/etc/nginx')).toMatchObject({ ok: true, events: [{ kind: 'whiteout', path: '/etc/nginx' }] });
    expect(listDir(o, layers, '/etc')).toEqual([]);
    const w = writeFile(o, layers, '/etc/nginx/site.conf', 10);
    expect(w.events[0]).toEqual({ kind: 'opaque-dir', path: '/etc/nginx' });
    expect(listDir(o, layers, '/etc/nginx').map((e) => e.name)).toEqual(['site.conf']);
    expect(resolvePath(o, layers, '/etc/nginx/nginx.conf')).toMatchObject({ found: false, hiddenBy: 'opaque-dir' });
  });
});

describe('overlay: host disk', () => {
  it('counts each shared layer once across containers and images', () => {
    const a = overlayOf(['base', 'app']);
    const b = overlayOf(['base', 'app']);
    expect(sharedLayerBytes([a, b], layers)).toBe(120 * MiB);
    expect(sharedLayerBytes([a, ['base', 'other']], layers)).toBe(127 * MiB);
    expect(sharedLayerBytes([], layers)).toBe(0);
  });

  it('state stays structured-clone safe', () => {
    const o = overlayOf(['base', 'app']);
    writeFile(o, layers, '/etc/nginx/nginx.conf', 1);
    deleteFile(o, layers, '/usr/lib/libc.so.6');
    expect(structuredClone(o)).toEqual(o);
  });
});
