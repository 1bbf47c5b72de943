/**
 * Crowded boards for the page benchmark (bench/ui.ts) and its screenshots: N containers
 * (and a VM per fifty) starting over the first minute, as a share link (`#s=`) the page opens.
 */
import lzString from 'lz-string';

export function crowdScenario(count: number): object {
  const instances: unknown[] = [];
  const events: unknown[] = [];
  const images = ['nginx:1.27', 'redis:7', 'alpine:3.20', 'python:3.12-slim'];
  const vms = Math.round(count / 50);
  for (let i = 0; i < count - vms; i++) {
    instances.push({ name: `c${i}`, kind: 'container', image: images[i % images.length] });
    events.push({ at: `${(i * 61) % 60_000}ms`, start: `c${i}` });
  }
  for (let i = 0; i < vms; i++) {
    instances.push({ name: `vm${i}`, kind: 'vm', profile: 'kvm-qemu', os: 'ubuntu-22.04', cpus: 1, memory: '1GiB', apps: ['nginx'] });
    events.push({ at: `${(i * 997) % 60_000}ms`, start: `vm${i}` });
  }
  return { version: 1, name: `bench: ${count.toLocaleString('en')} instances`, host: { cpus: 64, memory: '1TiB', disk: '16TiB' }, instances, events, until: '30m' };
}

export function crowdLink(count: number): string {
  return '#s=' + lzString.compressToEncodedURIComponent(JSON.stringify(crowdScenario(count)));
}
