/**
 * `replicas: N` (the spec's "Added in version 1"): N instances alike, named NAME-1 ... NAME-N
 * as Compose names a service's containers; an event naming NAME applies to each replica.
 */
import { describe, expect, it } from 'vitest';
import { parseScenario, type ParseResult } from '../../../sim-core/scenario/index';
import { CATALOGUE, catalogueNames } from '../../../sim-core/catalogue/index';
import { createRun, finishRun, getReport } from '../../../sim-core/index';

const NAMES = catalogueNames(CATALOGUE);
const HEAD = 'version: 1\nname: replicas\nhost: { cpus: 8, memory: 64GiB, disk: 1TiB }\n';

function parse(body: string): ParseResult {
  return parseScenario(HEAD + body, 'web.yaml', NAMES);
}

function ok(body: string) {
  const result = parse(body);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result;
}

function errors(body: string): string[] {
  const result = parse(body);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.errors;
}

const WEB = '  - { name: web, kind: container, image: nginx:1.27, memory: 256m, replicas: 3 }\n';

describe('replicas: N', () => {
  it('makes N instances alike, named NAME-1 ... NAME-N, in place', () => {
    const { scenario } = ok(`instances:\n  - { name: db, kind: container, image: redis:7 }\n${WEB}  - { name: vm, kind: vm, os: ubuntu-22.04 }\n`);
    expect(scenario.instances.map((i) => i.name)).toEqual(['db', 'web-1', 'web-2', 'web-3', 'vm']);
    const [, one, two] = scenario.instances;
    expect(two).toEqual({ ...one, name: 'web-2' });
    expect(one).toMatchObject({ kind: 'container', image: 'nginx:1.27', memoryBytes: 256 * 1024 ** 2 });
  });

  it('an event naming NAME applies to every replica at its time; one may name a single replica', () => {
    const { scenario, actions } = ok(`instances:\n${WEB}events:\n  - { at: 0s, start: web }\n  - { at: 5s, stop: web-2 }\n  - { at: 6s, load: { target: web, cpu: 0.2 } }\nactions:\n  - { at: 8s, stop: web }\n`);
    expect(scenario.events).toEqual([
      { atMs: 0, action: { type: 'start', target: 'web-1' } },
      { atMs: 0, action: { type: 'start', target: 'web-2' } },
      { atMs: 0, action: { type: 'start', target: 'web-3' } },
      { atMs: 5000, action: { type: 'stop', target: 'web-2' } },
      { atMs: 6000, action: { type: 'load', load: { target: 'web-1', cpu: 0.2 } } },
      { atMs: 6000, action: { type: 'load', load: { target: 'web-2', cpu: 0.2 } } },
      { atMs: 6000, action: { type: 'load', load: { target: 'web-3', cpu: 0.2 } } },
    ]);
    expect(actions.map((a) => a.action)).toEqual(['web-1', 'web-2', 'web-3'].map((name) => ({ type: 'instance/stop', name })));
  });

  it('the report lists each replica, each started by the one event', () => {
    const { scenario } = ok(`instances:\n${WEB}  - { name: vm, kind: vm, os: ubuntu-22.04, replicas: 2, apps: [nginx] }\nevents:\n  - { at: 0s, start: web }\n  - { at: 0s, start: vm }\n  - { at: 10s, stop: web-3 }\nuntil: 2m\n`);
    const run = createRun(scenario, CATALOGUE);
    finishRun(run);
    const report = getReport(run.sim);
    expect(report.instances.map((i) => [i.name, i.kind, i.state])).toEqual([
      ['web-1', 'container', 'running'], ['web-2', 'container', 'running'], ['web-3', 'container', 'exited'],
      ['vm-1', 'vm', 'running'], ['vm-2', 'vm', 'running'],
    ]);
  });

  it('replicas: 1 names the one instance NAME-1, as Compose does', () => {
    expect(ok('instances:\n  - { name: web, kind: container, image: nginx:1.27, replicas: 1 }\n').scenario.instances.map((i) => i.name)).toEqual(['web-1']);
  });

  it('fields kept with the instance (position, ...) go with each replica', () => {
    const { scenario } = ok('instances:\n  - { name: web, kind: container, image: nginx:1.27, replicas: 2, position: { x: 1, y: 2 } }\n');
    expect(scenario.extensions.$instanceFields).toEqual({ 'web-1': { position: { x: 1, y: 2 } }, 'web-2': { position: { x: 1, y: 2 } } });
  });

  it('allows 100,000 instances', () => {
    const { scenario } = ok('instances:\n  - { name: c, kind: container, image: alpine:3.20, replicas: 100000 }\nevents:\n  - { at: 0s, start: c }\n');
    expect(scenario.instances).toHaveLength(100_000);
    expect(scenario.instances[99_999]!.name).toBe('c-100000');
    expect(scenario.events).toHaveLength(100_000);
  });
});

describe('replicas refused, with the place the file wrote', () => {
  it('not a whole number from 1', () => {
    for (const bad of ['0', '-2', '1.5', 'three']) {
      expect(errors(`instances:\n  - { name: web, kind: container, image: nginx:1.27, replicas: ${bad} }\n`)).toEqual([
        `web.yaml: instances[0].replicas: expected a whole number of replicas from 1 to 100000, got ${bad === 'three' ? '"three"' : bad}`,
      ]);
    }
  });

  it('a mistake in a replicated instance is reported once, at its entry', () => {
    expect(errors(`instances:\n  - { name: web, kind: container, image: nginx:9, replicas: 50 }\nevents:\n  - { at: 0s, start: web }\n`)).toEqual([
      expect.stringMatching(/^web\.yaml: instances\[0\]\.image: unknown image "nginx:9"/),
    ]);
  });

  it('a replica whose name another instance has', () => {
    expect(errors(`instances:\n  - { name: web-2, kind: container, image: nginx:1.27 }\n${WEB}`)).toEqual([
      'web.yaml: instances[1].replicas: makes "web-2", already the name of instances[0]; names must be unique',
    ]);
  });

  it('a replicated name another instance has, in either order', () => {
    const message = (at: number, earlier: number) => `web.yaml: instances[${at}].name: "web" is already the name of instances[${earlier}]; names must be unique`;
    expect(errors(`instances:\n${WEB}  - { name: web, kind: container, image: redis:7 }\n`)).toEqual([message(1, 0)]);
    expect(errors(`instances:\n  - { name: web, kind: container, image: redis:7 }\n${WEB}`)).toEqual([`${message(1, 0)} (an event naming it would mean both)`]);
  });

  it('a container in replicated VMs must name one of them', () => {
    expect(errors('instances:\n  - { name: vm, kind: vm, replicas: 2 }\n  - { name: app, kind: container, image: nginx:1.27, in: vm }\n')).toEqual([
      'web.yaml: instances[1].in: "vm" has replicas (vm-1 ... vm-2): name the one to run in',
    ]);
    expect(ok('instances:\n  - { name: vm, kind: vm, replicas: 2 }\n  - { name: app, kind: container, image: nginx:1.27, in: vm-2, replicas: 2 }\n').scenario.instances.map((i) => i.name)).toEqual(['vm-1', 'vm-2', 'app-1', 'app-2']);
  });

  it('names that would pass 64 characters', () => {
    const name = 'n'.repeat(62);
    expect(errors(`instances:\n  - { name: ${name}, kind: container, image: nginx:1.27, replicas: 10 }\n`)).toEqual([
      `web.yaml: instances[0].replicas: its replicas' names (${name}-1 ... ${name}-10) would be longer than 64 characters; shorten the name`,
    ]);
  });

  it('more than 100,000 instances in all, or 200,000 events once applied to each replica', () => {
    expect(errors('instances:\n  - { name: a, kind: container, image: nginx:1.27, replicas: 60000 }\n  - { name: b, kind: container, image: nginx:1.27, replicas: 40001 }\n')).toEqual([
      'web.yaml: instances: 100001 instances with their replicas; a scenario may have at most 100000',
    ]);
    expect(errors('instances:\n  - { name: a, kind: container, image: nginx:1.27, replicas: 100000 }\nevents:\n  - { at: 0s, start: a }\n  - { at: 1s, stop: a }\n  - { at: 2s, start: a }\n')).toEqual([
      'web.yaml: events: 300000 events once each naming replicated instances is applied to every replica; a scenario may have at most 200000',
    ]);
  });

  it('a tour or goal names one replica, not the replicated name', () => {
    const refused = errors(`instances:\n${WEB}tour:\n  - { say: Start it, start: web }\n`);
    expect(refused).toEqual([expect.stringMatching(/^web\.yaml: tour\[0\]\.start: unknown instance "web".*valid: web-1, web-2, web-3/)]);
  });
});
