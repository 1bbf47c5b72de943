import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../sim-core/catalogue/index';
import { numberSourcesFor } from '../../../src/document/number-sources';
import { newContainerSpec, newVmSpec, emptyScenario } from '../../../src/document/specs';

describe('why these numbers', () => {
  it('a VM lists its boot phases, memory and disk defaults, each with a source that exists', () => {
    const s = emptyScenario();
    const vm = { ...newVmSpec({ profile: 'kvm-qemu', os: 'ubuntu-22.04' }, s), apps: ['nginx'] };
    const rows = numberSourcesFor(CATALOGUE, vm);
    expect(rows.map((r) => r.what)).toEqual(expect.arrayContaining(['firmware', 'bootloader', 'kernel', 'init', 'vmm', 'guestKernel', 'services', 'guestDisk', 'appInit', 'appMemory']));
    for (const r of rows) expect(CATALOGUE.sources[r.sourceId], r.what).toBeDefined();
    expect(rows.find((r) => r.what === 'firmware')!.value).toBe(CATALOGUE.vmProfiles['kvm-qemu']!.firmware!.ms.value);
  });

  it('Firecracker has no firmware or bootloader to explain; a container explains its runtime and app', () => {
    const s = emptyScenario();
    const fc = numberSourcesFor(CATALOGUE, newVmSpec({ profile: 'firecracker', os: 'alpine-3.20' }, s));
    expect(fc.map((r) => r.what)).not.toContain('firmware');
    expect(fc.map((r) => r.what)).not.toContain('bootloader');
    const ct = numberSourcesFor(CATALOGUE, newContainerSpec({ runtime: 'gvisor', image: 'redis:7' }, s, null));
    expect(ct.map((r) => r.what)).toEqual(['create', 'runtimeStart', 'sandbox', 'appInit', 'appMemory', 'baseLayer']);
    expect(ct.find((r) => r.what === 'sandbox')!.value).toBe(CATALOGUE.runtimes.gvisor!.sandboxMemoryBytes.value);
  });

  it('says how each number is known: a quote with conditions, or an estimate with its range', () => {
    const s = emptyScenario();
    const kata = numberSourcesFor(CATALOGUE, newContainerSpec({ runtime: 'kata', image: 'nginx:1.27' }, s, null));
    const sandbox = kata.find((r) => r.what === 'sandbox')!;
    expect(sandbox.kind).toBe('measured');
    expect(sandbox.quote).toContain('midval = 122832.40');
    expect(sandbox.conditions).toContain('Equinix m3.small.x86');
    const layer = kata.find((r) => r.what === 'baseLayer')!;
    expect(layer.kind).toBe('estimate');
    expect(layer.range![0]).toBeLessThanOrEqual(layer.value);
    expect(layer.range![1]).toBeGreaterThanOrEqual(layer.value);
    expect(layer.reasoning!.length).toBeGreaterThan(20);
    const vm = numberSourcesFor(CATALOGUE, newVmSpec({ profile: 'firecracker', os: 'ubuntu-22.04' }, s));
    expect(vm.every((r) => r.kind === 'estimate' ? r.range !== undefined : r.quote !== undefined)).toBe(true);
  });
});
