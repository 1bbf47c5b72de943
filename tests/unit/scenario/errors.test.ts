import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../../sim-core/scenario/index';
import { NAMES, SPEC_EXAMPLE } from './fixtures';

function errorsOf(text: string, fileName = 'web.yaml'): string[] {
  const result = parseScenario(text, fileName, NAMES);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.errors;
}

const base = 'version: 1\nname: t\n';
const withInstances = (instances: string, events = '[]') => `${base}instances: ${instances}\nevents: ${events}\n`;

describe('bad values name the place and what was expected', () => {
  it('gives the spec example message for a bad size', () => {
    expect(errorsOf(SPEC_EXAMPLE.replace('memory: 512m ', 'memory: lots '))).toEqual([
      'web.yaml: instances[1].memory: expected a size such as 512m or 1GiB, got "lots"',
    ]);
  });

  it.each([
    ['host: { cpus: many }', 'web.yaml: host.cpus: expected a whole number of cores such as 8, got "many"'],
    ['host: { os: macos }', 'web.yaml: host.os: expected linux or windows, got "macos"'],
    ['host: { network: fast }', 'web.yaml: host.network: expected a bandwidth such as 1Gbps or 100Mbps, got "fast"'],
    ['host: { imageCache: hot }', 'web.yaml: host.imageCache: expected warm or cold, got "hot"'],
    ['host: { ram: 1g }', 'web.yaml: host: unknown field ram; host has cpus, memory, disk, os, network, imageCache or swap'],
    ['seed: 1.5', 'web.yaml: seed: expected a whole number from 0 to 4294967295 such as 42, got 1.5'],
    ['until: later', 'web.yaml: until: expected a duration such as 250ms, 1.5s, 2m or 1h, got "later"'],
    ['instances: { web: 1 }', 'web.yaml: instances: expected a list of instances, got a mapping'],
  ])('%s', (line, message) => {
    expect(errorsOf(`${base}${line}\n`)).toEqual([message]);
  });

  it.each([
    ['[{ kind: vm }]', 'web.yaml: instances[0].name: expected a name (1 to 64 characters, no leading or trailing spaces), got nothing'],
    ['[{ name: a }]', 'web.yaml: instances[0].kind: expected vm or container, got nothing'],
    ['[{ name: a, kind: pod }]', 'web.yaml: instances[0].kind: expected vm or container, got "pod"'],
    ['[web]', 'web.yaml: instances[0]: expected an instance (a mapping with name and kind), got "web"'],
    ['[{ name: a, kind: container }]', 'web.yaml: instances[0].image: expected an image such as nginx:1.27, got nothing'],
    ['[{ name: a, kind: container, image: nginx:1.27, memory: 4m }]', "web.yaml: instances[0].memory: expected at least 6MiB, docker's smallest memory limit, got \"4m\""],
    ['[{ name: a, kind: container, image: nginx:1.27, cpus: 0 }]', 'web.yaml: instances[0].cpus: expected a number of cores such as 0.5 (at least 0.01), got 0'],
    ['[{ name: a, kind: container, image: nginx:1.27, share: [net, time] }]', 'web.yaml: instances[0].share: expected a list of namespaces from pid, net, ipc, uts, mnt, user, got a list'],
    ['[{ name: a, kind: vm, cpus: 1.5 }]', 'web.yaml: instances[0].cpus: expected a whole number of vCPUs such as 2, got 1.5'],
    ['[{ name: a, kind: vm, image: ubuntu:22.04 }]', 'web.yaml: instances[0].image: a VM boots a guest OS: use os (such as ubuntu-22.04), not image'],
    ['[{ name: a, kind: container, image: nginx:1.27, disk: 1g }]', 'web.yaml: instances[0].disk: a container has no disk of its own: its files live in its writable layer'],
  ])('instances: %s', (instances, message) => {
    expect(errorsOf(withInstances(instances))).toEqual([message]);
  });

  it.each([
    ['[{ start: a }]', 'web.yaml: events[0].at: expected a duration such as 250ms, 1.5s, 2m or 1h, got nothing'],
    ['[{ at: 1s }]', 'web.yaml: events[0]: expected exactly one action (start, stop, remove, load, write, exploit, limits, delete, exit, kill, pause, unpause, suspend, resume), got none'],
    ['[{ at: 1s, start: a, stop: a }]', 'web.yaml: events[0]: expected exactly one action (start, stop, remove, load, write, exploit, limits, delete, exit, kill, pause, unpause, suspend, resume), got start and stop'],
    ['[{ at: 1s, strat: a }]', 'web.yaml: events[0]: unknown field strat (did you mean start?); an event has at, start, stop, remove, load, write, exploit, limits, delete, exit, kill, pause, unpause, suspend or resume'],
    ['[{ at: 1s, load: { target: a, memory: heaps } }]', 'web.yaml: events[0].load.memory: expected a size such as 512m or 1GiB, got "heaps"'],
    ['[{ at: 1s, write: { target: a, path: etc/x, size: 1k } }]', 'web.yaml: events[0].write.path: expected an absolute path such as /var/log/app.log, got "etc/x"'],
    ['[{ at: 1s, exploit: { target: a, kind: root } }]', 'web.yaml: events[0].exploit.kind: expected app or kernel, got "root"'],
    ['[{ at: -1s, start: a }]', 'web.yaml: events[0].at: expected a duration such as 250ms, 1.5s, 2m or 1h, got "-1s"'],
  ])('events: %s', (events, message) => {
    expect(errorsOf(withInstances('[{ name: a, kind: container, image: nginx:1.27 }]', events))).toEqual([message]);
  });

  it('reports every problem of a file at once', () => {
    expect(errorsOf(withInstances('[{ name: a, kind: vm, cpus: x }, { name: b, kind: container, image: nginx:1.27, memory: y }]'))).toHaveLength(2);
  });
});

describe('unknown names list what would have been valid', () => {
  it.each([
    ['[{ name: a, kind: vm, profile: vmware }]', 'web.yaml: instances[0].profile: unknown VM profile "vmware"; valid: kvm-qemu, firecracker, virtualbox, hyperv'],
    ['[{ name: a, kind: vm, os: ubuntu-24.04 }]', 'web.yaml: instances[0].os: unknown guest OS "ubuntu-24.04" (did you mean ubuntu-22.04?); valid: ubuntu-22.04, debian-12, alpine-3.20, windows-server-2022'],
    ['[{ name: a, kind: vm, apps: [nginx, mysql] }]', 'web.yaml: instances[0].apps[1]: unknown app "mysql"; valid: nginx, redis, postgres, python, node'],
    ['[{ name: a, kind: container, image: nginx }]', 'web.yaml: instances[0].image: unknown image "nginx" (did you mean nginx:1.27?); valid: nginx:1.27, alpine:3.20, ubuntu:22.04, debian:12, python:3.12-slim, node:20, redis:7, postgres:16, mcr.microsoft.com/windows/nanoserver:ltsc2022'],
    ['[{ name: a, kind: container, image: nginx:1.27, runtime: crun }]', 'web.yaml: instances[0].runtime: unknown runtime "crun" (did you mean runc?); valid: runc, gvisor, kata'],
    ['[{ name: v, kind: vm }, { name: a, kind: container, image: nginx:1.27, in: vn }]', 'web.yaml: instances[1].in: unknown VM "vn" (did you mean v?); valid: v'],
    ['[{ name: b, kind: container, image: nginx:1.27 }, { name: a, kind: container, image: nginx:1.27, in: b }]', 'web.yaml: instances[1].in: "b" is a container: a container runs on the host or inside a VM, not inside another container; VMs: none in this file'],
  ])('%s', (instances, message) => {
    expect(errorsOf(withInstances(instances))).toEqual([message]);
  });

  it('refuses an event target naming no instance', () => {
    expect(errorsOf(withInstances('[{ name: web, kind: container, image: nginx:1.27 }]', '[{ at: 0s, load: { target: db, cpu: 1 } }]'))).toEqual([
      'web.yaml: events[0].load.target: unknown instance "db"; valid: web',
    ]);
  });

  it('refuses duplicate instance names', () => {
    expect(errorsOf(withInstances('[{ name: web, kind: vm }, { name: web, kind: container, image: nginx:1.27 }]'))).toEqual([
      'web.yaml: instances[1].name: "web" is already the name of instances[0]; names must be unique',
    ]);
  });

  it('holds a container to the host\'s cores and memorySwap to memory, as docker does', () => {
    expect(errorsOf(`${base}host: { cpus: 4 }\ninstances: [{ name: a, kind: container, image: nginx:1.27, cpus: 6 }]\n`)).toEqual([
      'web.yaml: instances[0].cpus: expected from 0.01 to 4 cores, as the host has only 4, got 6',
    ]);
    expect(errorsOf(withInstances('[{ name: a, kind: container, image: nginx:1.27, memorySwap: 1g }]'))).toEqual([
      'web.yaml: instances[0].memorySwap: memorySwap needs memory too: set the memory limit as well (as docker requires)',
    ]);
  });
});

describe('version, syntax and shape', () => {
  it('says which version it reads', () => {
    expect(errorsOf('name: t\n')).toEqual(['web.yaml: version: expected 1, the version this Utsuwa reads, got nothing']);
    expect(errorsOf('version: "1"\nname: t\n')).toEqual(['web.yaml: version: expected 1, the version this Utsuwa reads, got "1"']);
    expect(errorsOf('version: 0\nname: t\n')[0]).toMatch(/^web\.yaml: version: expected 1, the version this Utsuwa reads, got 0/);
    expect(errorsOf('version: 3\nname: t\n')[0]).toMatch(/^web\.yaml: version: this file is version 3, made by a newer Utsuwa/);
  });

  it('places YAML syntax errors at line and column', () => {
    expect(errorsOf('version: 1\nname: t\nhost: { cpus: 8\n')[0]).toMatch(/^web\.yaml:\d+:\d+: not valid YAML: /);
    expect(errorsOf('version: 1\nname: a\nname: b\n')[0]).toMatch(/^web\.yaml:3:1: not valid YAML: Map keys must be unique/);
  });

  it('places JSON syntax errors at line and column', () => {
    expect(errorsOf('{\n  "version": 1,\n  "name": "t",\n}', 'web.json')).toEqual(['web.json:4:1: not valid JSON: Expected double-quoted property name']);
  });

  it('refuses an empty file and a file that is not a mapping', () => {
    expect(errorsOf('  \n')).toEqual(['web.yaml: the file is empty; expected a scenario starting with "version: 1"']);
    expect(errorsOf('- 1\n- 2\n')).toEqual(['web.yaml: expected a scenario (a mapping of fields starting with "version: 1"), got a list']);
  });
});

describe('long lists of valid names are shortened', () => {
  it('lists at most 30 names and counts the rest', () => {
    const vms = Array.from({ length: 40 }, (_, i) => `{ name: vm${i}, kind: vm }`).join(', ');
    const [message] = errorsOf(withInstances(`[${vms}, { name: c, kind: container, image: nginx:1.27, in: elsewhere }]`));
    expect(message).toMatch(/^web\.yaml: instances\[40\]\.in: unknown VM "elsewhere"; valid: vm0, vm1, .*, vm29 and 10 more$/);
  });
});
