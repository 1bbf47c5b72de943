import { describe, expect, it } from 'vitest';
import { checkDrop } from '../../../src/document/drops';
import { emptyScenario, newContainerSpec, newVmSpec } from '../../../src/document/specs';
import type { Scenario } from '../../../sim-core/index';

function board(): Scenario {
  const s = emptyScenario();
  s.instances.push(newVmSpec({ profile: 'kvm-qemu', os: 'ubuntu-22.04' }, s));
  s.instances.push(newContainerSpec({ runtime: 'runc', image: 'nginx:1.27' }, s, null));
  s.instances.push(newContainerSpec({ runtime: 'runc', image: 'redis:7' }, s, 'ubuntu-vm'));
  return s;
}

describe('what may be dropped where', () => {
  const s = board();
  it('palette items go onto the host', () => {
    expect(checkDrop(s, { source: 'palette', kind: 'vm' }, { name: null })).toEqual({ ok: true, effect: 'add-vm' });
    expect(checkDrop(s, { source: 'palette', kind: 'container' }, { name: null })).toEqual({ ok: true, effect: 'add-container', into: null });
  });
  it('a palette container goes into a VM', () => {
    expect(checkDrop(s, { source: 'palette', kind: 'container' }, { name: 'ubuntu-vm' })).toEqual({ ok: true, effect: 'add-container', into: 'ubuntu-vm' });
  });
  it('a VM cannot go into a container or another VM', () => {
    expect(checkDrop(s, { source: 'palette', kind: 'vm' }, { name: 'nginx' })).toEqual({ ok: false, reason: 'vm-into-container' });
    expect(checkDrop(s, { source: 'palette', kind: 'vm' }, { name: 'ubuntu-vm' })).toEqual({ ok: false, reason: 'vm-into-vm' });
  });
  it('a container dropped on a container card goes beside it: onto the host, or into that card\'s VM', () => {
    expect(checkDrop(s, { source: 'palette', kind: 'container' }, { name: 'nginx' })).toEqual({ ok: true, effect: 'add-container', into: null });
    expect(checkDrop(s, { source: 'palette', kind: 'container' }, { name: 'redis' })).toEqual({ ok: true, effect: 'add-container', into: 'ubuntu-vm' });
    expect(checkDrop(s, { source: 'board', name: 'redis' }, { name: 'nginx' })).toEqual({ ok: true, effect: 'move-container', name: 'redis', into: null });
    expect(checkDrop(s, { source: 'board', name: 'nginx' }, { name: 'redis' })).toEqual({ ok: true, effect: 'move-container', name: 'nginx', into: 'ubuntu-vm' });
    // Beside a card in the place it already is: nothing to do.
    expect(checkDrop(s, { source: 'board', name: 'redis' }, { name: 'redis' })).toEqual({ ok: true, effect: 'none' });
  });
  it('a board container moves into a VM or out onto the host; dropping where it already is does nothing', () => {
    expect(checkDrop(s, { source: 'board', name: 'nginx' }, { name: 'ubuntu-vm' })).toEqual({ ok: true, effect: 'move-container', name: 'nginx', into: 'ubuntu-vm' });
    expect(checkDrop(s, { source: 'board', name: 'redis' }, { name: null })).toEqual({ ok: true, effect: 'move-container', name: 'redis', into: null });
    expect(checkDrop(s, { source: 'board', name: 'redis' }, { name: 'ubuntu-vm' })).toEqual({ ok: true, effect: 'none' });
    expect(checkDrop(s, { source: 'board', name: 'nginx' }, { name: 'nginx' })).toEqual({ ok: true, effect: 'none' });
  });
});
