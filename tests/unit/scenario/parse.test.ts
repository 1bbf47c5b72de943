import { describe, expect, it } from 'vitest';
import { HOST_DEFAULTS, VM_DEFAULTS, parseScenario, type ParseResult } from '../../../sim-core/scenario/index';
import { NAMES, SPEC_EXAMPLE } from './fixtures';

function ok(result: ParseResult) {
  if (!result.ok) throw new Error(`expected the file to parse, got:\n${result.errors.join('\n')}`);
  return result;
}

describe('parseScenario on the spec example', () => {
  const { scenario, warnings } = ok(parseScenario(SPEC_EXAMPLE, 'web.yaml', NAMES));

  it('reads the top level and the host', () => {
    expect(scenario.name).toBe('nginx in a VM vs in a container');
    expect(scenario.seed).toBe(42);
    expect(scenario.untilMs).toBe(120_000);
    expect(scenario.host).toEqual({ cpus: 8, memoryBytes: 16 * 1024 ** 3, diskBytes: 512 * 1024 ** 3, os: 'linux', networkBitsPerSecond: 1e9, imageCache: 'warm', swapBytes: 0 });
    expect(warnings).toEqual([]);
  });

  it('reads the VM and the container in file order, units converted', () => {
    expect(scenario.instances).toEqual([
      { kind: 'vm', name: 'web-vm', profile: 'kvm-qemu', os: 'ubuntu-22.04', cpus: 2, memoryBytes: 1024 ** 3, diskBytes: 10 * 1024 ** 3, apps: ['nginx'] },
      { kind: 'container', name: 'web', runtime: 'runc', image: 'nginx:1.27', memoryBytes: 512 * 1024 ** 2, memorySwapBytes: null, cpus: 0.5, cpuShares: 1024, pidsLimit: null, in: null, share: [] },
    ]);
  });

  it('reads the events', () => {
    expect(scenario.events).toEqual([
      { atMs: 0, action: { type: 'start', target: 'web-vm' } },
      { atMs: 0, action: { type: 'start', target: 'web' } },
      { atMs: 90_000, action: { type: 'load', load: { target: 'web', memoryBytes: 600 * 1024 ** 2 } } },
    ]);
  });
});

describe('defaults', () => {
  const minimal = 'version: 1\nname: tiny\ninstances:\n  - { name: v, kind: vm }\n  - { name: c, kind: container, image: alpine:3.20 }\n';
  const { scenario } = ok(parseScenario(minimal, 'tiny.yaml', NAMES));

  it('fills the host, seed, description and until', () => {
    expect(scenario.host).toEqual(HOST_DEFAULTS);
    expect(scenario.seed).toBe(1);
    expect(scenario.description).toBe('');
    expect(scenario.untilMs).toBeNull();
    expect(scenario.events).toEqual([]);
  });

  it('gives a VM a small cloud VM and a container runc without limits', () => {
    expect(scenario.instances[0]).toEqual({ kind: 'vm', name: 'v', profile: 'kvm-qemu', os: VM_DEFAULTS.os, cpus: 1, memoryBytes: 1024 ** 3, diskBytes: 10 * 1024 ** 3, apps: [] });
    expect(scenario.instances[1]).toMatchObject({ runtime: 'runc', memoryBytes: null, cpus: null, cpuShares: 1024, pidsLimit: null, in: null, share: [] });
  });

  it('gives a VM on a Windows host Hyper-V', () => {
    const { scenario: win } = ok(parseScenario('version: 1\nname: w\nhost: { os: windows }\ninstances: [{ name: v, kind: vm }]', 'w.yaml', NAMES));
    expect(win.instances[0]).toMatchObject({ profile: 'hyperv' });
  });
});

describe('the rest of the format', () => {
  it('reads every action and sorts events stably by time', () => {
    const text = `version: 1
name: all actions
instances:
  - { name: vm1, kind: vm, apps: [nginx, redis] }
  - { name: c1, kind: container, image: redis:7, in: vm1, share: [net, pid], memorySwap: 1g, memory: 512m, cpuShares: 512, pidsLimit: 100 }
events:
  - { at: 2m, exploit: { target: c1, kind: kernel } }
  - { at: 1s, write: { target: c1, path: /data/dump.rdb, size: 64MB } }
  - { at: 1s, load: { target: c1, cpu: 1.5 } }
  - { at: 0s, start: vm1 }
  - { at: 3m, stop: c1 }
  - { at: 3m, remove: c1 }
`;
    const { scenario } = ok(parseScenario(text, 'all.yaml', NAMES));
    expect(scenario.instances[1]).toMatchObject({ in: 'vm1', share: ['net', 'pid'], memorySwapBytes: 1024 ** 3, cpuShares: 512, pidsLimit: 100 });
    expect(scenario.events.map((e) => [e.atMs, e.action.type])).toEqual([
      [0, 'start'], [1000, 'write'], [1000, 'load'], [120_000, 'exploit'], [180_000, 'stop'], [180_000, 'remove'],
    ]);
    expect(scenario.events[1]?.action).toEqual({ type: 'write', target: 'c1', path: '/data/dump.rdb', sizeBytes: 64_000_000 });
    expect(scenario.events[2]?.action).toEqual({ type: 'load', load: { target: 'c1', cpu: 1.5 } });
    expect(scenario.events[3]?.action).toEqual({ type: 'exploit', target: 'c1', exploitKind: 'kernel' });
  });

  it('reads JSON by extension or by content, to the same scenario as YAML', () => {
    const fromYaml = ok(parseScenario(SPEC_EXAMPLE, 'web.yaml', NAMES)).scenario;
    const json = JSON.stringify({
      version: 1, name: 'nginx in a VM vs in a container', description: 'The same web server, booted both ways on one host.', seed: 42,
      host: { cpus: 8, memory: '16GiB', disk: '512GiB', os: 'linux' },
      instances: [
        { name: 'web-vm', kind: 'vm', profile: 'kvm-qemu', os: 'ubuntu-22.04', cpus: 2, memory: '1GiB', disk: '10GiB', apps: ['nginx'] },
        { name: 'web', kind: 'container', runtime: 'runc', image: 'nginx:1.27', memory: '512m', cpus: 0.5 },
      ],
      events: [{ at: '0s', start: 'web-vm' }, { at: '0s', start: 'web' }, { at: '90s', load: { target: 'web', memory: '600MiB' } }],
      until: '120s',
    });
    expect(ok(parseScenario(json, 'web.json', NAMES)).scenario).toEqual(fromYaml);
    expect(ok(parseScenario(json, 'pasted', NAMES)).scenario).toEqual(fromYaml);
  });

  it('keeps unknown top-level and instance fields as extensions', () => {
    const text = `version: 1
name: with extras
title: { en: Boot race, ja: 起動レース }
lessonPlan: [{ step: 1 }]
instances:
  - { name: web, kind: container, image: nginx:1.27, position: { x: 10, y: 20 } }
`;
    const { scenario, warnings } = ok(parseScenario(text, 'x.yaml', NAMES));
    expect(scenario.extensions.title).toEqual({ en: 'Boot race', ja: '起動レース' });
    expect(scenario.extensions.lessonPlan).toEqual([{ step: 1 }]);
    expect(scenario.extensions.$instanceFields).toEqual({ web: { position: { x: 10, y: 20 } } });
    expect(warnings).toEqual([]);
  });
});

describe('warnings', () => {
  it('warns of a likely typo in a field name, a lower-case SI size and a bare-number duration', () => {
    const text = 'version: 1\nname: w\nuntil: 90\ninstances: [{ name: c, kind: container, image: nginx:1.27, memroy: 512m, memory: 512mb }]';
    const { warnings } = ok(parseScenario(text, 'w.yaml', NAMES));
    expect(warnings).toContain('w.yaml: instances[0].memroy: unknown field (did you mean memory?); kept but not used');
    expect(warnings.some((w) => w.startsWith('w.yaml: instances[0].memory: "512mb" is read as SI'))).toBe(true);
    expect(warnings.some((w) => w.startsWith('w.yaml: until: a number with no unit is read as milliseconds'))).toBe(true);
  });

  it('warns of an event after until', () => {
    const text = 'version: 1\nname: w\nuntil: 10s\ninstances: [{ name: c, kind: container, image: nginx:1.27 }]\nevents: [{ at: 20s, start: c }]';
    expect(ok(parseScenario(text, 'w.yaml', NAMES)).warnings).toEqual(['w.yaml: events[0].at: at 20 s, after until (10 s): it will never happen']);
  });
});

describe('the recorded actions (`actions:`)', () => {
  const base = `version: 1
name: acts
host: { cpus: 4 }
until: 60s
instances:
  - { name: vm, kind: vm }
  - { name: web, kind: container, image: nginx:1.27 }
events:
  - { at: 0s, start: web }
`;
  const MiB = 1024 ** 2;

  it('are read in the engine\'s form, in time order (same-time entries in file order), beside the scenario', () => {
    const text = `${base}actions:
  - { at: 20s, delete: { target: web, path: /etc/nginx/nginx.conf } }
  - { at: 5s, limits: { target: web, memory: 256m, cpus: null } }
  - { at: 5s, stop: web }
`;
    const { scenario, actions, warnings } = ok(parseScenario(text, 'a.yaml', NAMES));
    expect(warnings).toEqual([]);
    expect(scenario.events).toHaveLength(1); // the actions are not events
    expect(actions).toEqual([
      { atMs: 5_000, action: { type: 'instance/set-limits', name: 'web', memoryBytes: 256 * MiB, cpus: null } },
      { atMs: 5_000, action: { type: 'instance/stop', name: 'web' } },
      { atMs: 20_000, action: { type: 'instance/delete-file', name: 'web', path: '/etc/nginx/nginx.conf' } },
    ]);
    expect(ok(parseScenario(base, 'a.yaml', NAMES)).actions).toEqual([]);
  });

  it('are checked like events: names, a limit on a VM or beyond the host, the time', () => {
    const text = `${base}actions:
  - { at: 1s, stop: db }
  - { at: 2s, limits: { target: vm, memory: 1g } }
  - { at: 3s, limits: { target: web, cpus: 6 } }
  - { at: 4s, limits: { target: web, memory: 4m } }
`;
    const result = parseScenario(text, 'a.yaml', NAMES);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toEqual([
      'a.yaml: actions[3].limits.memory: expected at least 6MiB, docker\'s smallest memory limit, or null to lift the limit, got "4m"',
    ]);
    const names = parseScenario(text.replace(/\n {2}- \{ at: 4s.*\n$/, '\n'), 'a.yaml', NAMES);
    expect(!names.ok && names.errors).toEqual([
      'a.yaml: actions[0].stop: unknown instance "db"; valid: vm, web',
      'a.yaml: actions[1].limits.target: "vm" is a VM: limits change a container\'s cgroup; a VM\'s RAM and vCPUs are set in its definition',
      'a.yaml: actions[2].limits.cpus: expected from 0.01 to 4 cores, as the host has only 4, got 6',
    ]);
    const late = ok(parseScenario(`${base}actions:\n  - { at: 90s, stop: web }\n`, 'a.yaml', NAMES));
    expect(late.warnings).toEqual(['a.yaml: actions[0].at: at 1 min 30 s, after until (1 min): it will never happen']);
  });
});

describe('a VM\'s balloon (Utsuwa)', () => {
  const file = (vmFields: string) => `version: 1\nname: b\ninstances:\n  - { name: v, kind: vm, ${vmFields} }\n`;
  it('is off unless asked for, and free-page-reporting survives a save', async () => {
    const { scenarioToYaml } = await import('../../../sim-core/scenario/serialize');
    const off = ok(parseScenario(file('profile: kvm-qemu'), 'b.yaml', NAMES)).scenario.instances[0]!;
    expect(off.kind === 'vm' && off.balloon).toBeFalsy();
    const on = ok(parseScenario(file('profile: kvm-qemu, balloon: free-page-reporting'), 'b.yaml', NAMES));
    expect(on.scenario.instances[0]).toMatchObject({ balloon: 'free-page-reporting' });
    const again = ok(parseScenario(scenarioToYaml(on.scenario), 'b.yaml', NAMES));
    expect(again.scenario.instances[0]).toMatchObject({ balloon: 'free-page-reporting' });
    expect(ok(parseScenario(file('balloon: none'), 'b.yaml', NAMES)).scenario.instances[0]).not.toHaveProperty('balloon');
  });
  it('is refused on a container and warned about on a VM profile without a virtio-balloon', () => {
    const bad = parseScenario('version: 1\nname: b\ninstances:\n  - { name: c, kind: container, image: nginx:1.27, balloon: free-page-reporting }\n', 'b.yaml', NAMES);
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.errors.join('\n')).toContain('instances[0].balloon: balloon applies to VMs only');
    const typo = parseScenario(file('balloon: on'), 'b.yaml', NAMES);
    expect(!typo.ok && typo.errors.join('\n')).toContain('expected none or free-page-reporting');
    const vbox = ok(parseScenario(file('profile: virtualbox, balloon: free-page-reporting'), 'b.yaml', NAMES));
    expect(vbox.warnings.join('\n')).toContain('free-page reporting needs a virtio-balloon device');
  });
});

describe('the host\'s swap (Utsuwa)', () => {
  const file = (host: string) => `version: 1\nname: s\nhost: { ${host} }\n`;
  it('is 0 unless given, and a size when given', () => {
    expect(ok(parseScenario(file('cpus: 2'), 's.yaml', NAMES)).scenario.host.swapBytes).toBe(0);
    expect(ok(parseScenario(file('swap: 2GiB'), 's.yaml', NAMES)).scenario.host.swapBytes).toBe(2 * 1024 ** 3);
    expect(ok(parseScenario(file('swap: 0'), 's.yaml', NAMES)).scenario.host.swapBytes).toBe(0);
    const bad = parseScenario(file('swap: lots'), 's.yaml', NAMES);
    expect(!bad.ok && bad.errors.join('\n')).toContain('host.swap: expected a size such as 512m or 1GiB (swap space; 0 for none), got "lots"');
  });
});
