/**
 * The container settings the scenario format gains (docs/scenario-format.md): written as
 * docker run takes them, checked with docker's ranges and words, kept through a save.
 */
import { describe, expect, it } from 'vitest';
import { CATALOGUE, catalogueNames } from '../../../sim-core/catalogue/index';
import { parseScenario, scenarioToYaml } from '../../../sim-core/scenario/index';

const names = catalogueNames(CATALOGUE);
const file = (container: string, host = '') => `version: 1\nname: t\n${host}instances:\n  - name: web\n    kind: container\n    image: "nginx:1.27"\n${container.replace(/^/gm, '    ')}\n`;
const parse = (container: string, host = '') => parseScenario(file(container, host), 'web.yaml', names);
const errors = (container: string, host = '') => {
  const r = parse(container, host);
  return r.ok ? [] : r.errors;
};

describe('the added container fields', () => {
  it('read as docker run takes them', () => {
    const r = parse([
      'ports: ["8080:80", "127.0.0.1:5353:53/udp", 9000]', 'env: { MODE: prod, EMPTY: null }', 'mounts: ["/srv/site:/usr/share/nginx/html:ro", "cache:/var/cache/nginx", { type: tmpfs, target: /run, size: 64m }]',
      'restart: on-failure:3', 'readOnly: true', 'capAdd: [net_admin, CAP_SYS_TIME]', 'capDrop: [ALL]', 'securityOpt: [no-new-privileges]',
      'memory: 512m', 'memoryReservation: 256m', 'memorySwap: -1', 'cpuPeriod: 100000', 'cpuQuota: 50000', 'cpusetCpus: "0-1"',
      'hostname: web', 'workdir: /app', 'user: "1000:1000"', 'entrypoint: ""', 'command: nginx -g "daemon off;"', 'platform: linux/arm64', 'networks: [front]',
    ].join('\n'));
    if (!r.ok) throw new Error(r.errors.join('\n'));
    expect(r.scenario.instances[0]).toMatchObject({
      ports: [{ containerPort: 80, hostPort: 8080, hostIp: '', protocol: 'tcp' }, { containerPort: 53, hostPort: 5353, hostIp: '127.0.0.1', protocol: 'udp' }, { containerPort: 9000, hostPort: null, hostIp: '', protocol: 'tcp' }],
      env: ['MODE=prod', 'EMPTY'], restart: { name: 'on-failure', maxRetries: 3 }, readOnly: true, capAdd: ['NET_ADMIN', 'SYS_TIME'], capDrop: ['ALL'],
      memoryReservationBytes: 256 * 1024 ** 2, memorySwapBytes: -1, cpuPeriodUs: 100000, cpuQuotaUs: 50000, cpusetCpus: '0-1', entrypoint: [], command: ['nginx', '-g', 'daemon off;'],
      mounts: [
        { type: 'bind', source: '/srv/site', target: '/usr/share/nginx/html', readOnly: true },
        { type: 'volume', source: 'cache', target: '/var/cache/nginx', readOnly: false },
        { type: 'tmpfs', source: '', target: '/run', readOnly: false, sizeBytes: 64 * 1024 ** 2 },
      ],
    });
    // Saved in the same notation.
    expect(scenarioToYaml(r.scenario)).toContain('    ports:\n      - 8080:80\n      - 127.0.0.1:5353:53/udp\n      - "9000"\n');
  });

  it("refused with docker's ranges and words", () => {
    expect(errors('ports: ["80:abc"]')).toEqual(['web.yaml: instances[0].ports[0]: expected a port mapping such as 8080:80 (as docker run -p), got "80:abc": invalid containerPort: abc']);
    expect(errors('restart: sometimes')).toEqual(["web.yaml: instances[0].restart: invalid restart policy: unknown policy 'sometimes'; use one of 'no', 'always', 'on-failure', or 'unless-stopped'"]);
    expect(errors('capAdd: [FLY]')).toEqual(['web.yaml: instances[0].capAdd[0]: unknown capability: "CAP_FLY"; expected a capability name such as NET_ADMIN or ALL']);
    expect(errors('cpuPeriod: 50')).toEqual(['web.yaml: instances[0].cpuPeriod: CPU cfs period can not be less than 1ms (i.e. 1000) or larger than 1s (i.e. 1000000)']);
    expect(errors('workdir: app')).toEqual(["web.yaml: instances[0].workdir: the working directory 'app' is invalid, it needs to be an absolute path"]);
    expect(errors('mounts: ["data/x:/data"]')[0]).toContain('includes invalid characters for a local volume name');
    expect(errors('networks: [host]')).toEqual(['web.yaml: instances[0].networks[0]: the host network is share: [net], not a network to join']);
  });

  it('checked against each other and the host as the daemon checks them', () => {
    expect(errors('memory: 256m\nmemoryReservation: 512m')).toEqual(['web.yaml: instances[0].memoryReservation: docker would refuse this: Minimum memory limit can not be less than memory reservation limit, see usage']);
    expect(errors('cpus: 1\ncpuQuota: 50000')).toEqual(['web.yaml: instances[0].cpuQuota: docker would refuse this: Conflicting options: Nano CPUs and CPU Quota cannot both be set']);
    expect(errors('cpusetCpus: "0-7"', 'host: { cpus: 4 }\n')).toEqual(['web.yaml: instances[0].cpusetCpus: docker would refuse this: Requested CPUs are not available - requested 0-7, available: 0-3']);
    expect(errors('autoRemove: true\nrestart: always')).toEqual(['web.yaml: instances[0].restart: docker would refuse this: Conflicting options: --restart and --rm']);
  });

  it('belong to containers: a VM is told which field is not its own; a VM may have a private address', () => {
    const vm = (extra: string) => parseScenario(`version: 1\nname: t\ninstances:\n  - { name: v, kind: vm, ${extra} }\n`, 'vm.yaml', names);
    expect(vm('ports: ["80:80"]')).toEqual({ ok: false, errors: ['vm.yaml: instances[0].ports: ports applies to containers only'] });
    const ok = vm('ip: 192.168.56.10');
    expect(ok.ok && ok.scenario.instances[0]).toMatchObject({ ip: '192.168.56.10' });
    expect(vm('ip: 300.1.1.1')).toMatchObject({ ok: false, errors: [expect.stringContaining('instances[0].ip: expected an IPv4 address')] });
  });
});

describe('extraHosts (docker run --add-host, Compose extra_hosts)', () => {
  it('reads host:ip and host=ip as the CLI hands them to the API, keeps host-gateway, and saves them back', () => {
    const r = parse('extraHosts: ["somehost:162.242.195.82", "otherhost=50.31.209.229", "host.docker.internal:host-gateway", "v6host=[::1]"]');
    if (!r.ok) throw new Error(r.errors.join('\n'));
    expect(r.scenario.instances[0]).toMatchObject({ extraHosts: ['somehost:162.242.195.82', 'otherhost:50.31.209.229', 'host.docker.internal:host-gateway', 'v6host:::1'] });
    const again = parseScenario(scenarioToYaml(r.scenario), 'again.yaml', names);
    expect(again.ok && again.scenario.instances[0]).toMatchObject({ extraHosts: ['somehost:162.242.195.82', 'otherhost:50.31.209.229', 'host.docker.internal:host-gateway', 'v6host:::1'] });
  });

  it('refuses what the CLI refuses, in its words', () => {
    expect(errors('extraHosts: [somehost]').join('\n')).toContain('bad format for add-host: "somehost"');
    expect(errors('extraHosts: ["somehost:not-an-ip"]').join('\n')).toContain('invalid IP address in add-host: "not-an-ip"');
  });
});

describe('dns, dnsSearch, dnsOptions (docker run --dns, --dns-search, --dns-option; Compose dns, dns_search, dns_opt)', () => {
  it('reads and saves them back', () => {
    const r = parse('dns: ["8.8.8.8", "2001:4860:4860::8888"]\ndnsSearch: [example.com]\ndnsOptions: ["ndots:2"]');
    if (!r.ok) throw new Error(r.errors.join('\n'));
    expect(r.scenario.instances[0]).toMatchObject({ dns: ['8.8.8.8', '2001:4860:4860::8888'], dnsSearch: ['example.com'], dnsOptions: ['ndots:2'] });
    const again = parseScenario(scenarioToYaml(r.scenario), 'again.yaml', names);
    expect(again.ok && again.scenario.instances[0]).toMatchObject({ dns: ['8.8.8.8', '2001:4860:4860::8888'], dnsSearch: ['example.com'], dnsOptions: ['ndots:2'] });
  });

  it('refuses what the CLI refuses, in its words', () => {
    expect(errors('dns: [x]').join('\n')).toContain('IP address is not correctly formatted: x');
    expect(errors('dnsSearch: ["bad domain"]').join('\n')).toContain('bad domain is not a valid domain');
  });
});
