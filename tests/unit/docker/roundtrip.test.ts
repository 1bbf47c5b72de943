/**
 * The real tools' inputs and the spec say the same thing both ways: a ContainerSpec written
 * as a `docker run` line and read back by the docker CLI grammar is the same spec; a VmSpec
 * written as a Vagrantfile or a virt-install line and read back is the same VM; and the new
 * container settings survive a save and a load of the scenario.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { ContainerSpec, MountSpec, PortBinding, RestartPolicy, Scenario, VmSpec } from '../../../sim-core/index';
import { CATALOGUE, catalogueNames } from '../../../sim-core/catalogue/index';
import { tokenize } from '../../../sim-core/terminal/index';
import { findCommand } from '../../../sim-core/docker/commands';
import { parseRunArgs } from '../../../sim-core/docker/run-options';
import { dockerRunLine } from '../../../sim-core/docker/run-line';
import { resolveImage } from '../../../sim-core/docker/image-resolve';
import { CAPABILITIES } from '../../../sim-core/docker/container-rules';
import { vagrantfileFor } from '../../../sim-core/vm-tools/vagrantfile-block';
import { parseVirtInstall, virtInstallLine } from '../../../sim-core/vm-tools/virt-install';
import { importVagrantfile } from '../../../sim-core/import/vagrantfile';
import { parseScenario, scenarioToJson, scenarioToYaml, HOST_DEFAULTS } from '../../../sim-core/scenario/index';

const MiB = 1024 ** 2;
const GiB = 1024 ** 3;
const HOST_CPUS = 8;
const NETWORKS = ['front', 'back', 'db-net'];

const word = fc.stringMatching(/^[a-z][a-z0-9]{0,7}$/);
const path = fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => `/${w.join('/')}`);
/** Any text a user might put in an argument: blanks, quotes, $, >, =, non-ASCII. */
const arg = fc.string({ unit: fc.constantFrom('a', 'Z', '9', ' ', "'", '"', '$', '>', '=', '-', '/', 'é', '日', ';'), maxLength: 12 });

const port: fc.Arbitrary<PortBinding> = fc.record({
  containerPort: fc.integer({ min: 1, max: 65535 }),
  protocol: fc.constantFrom('tcp', 'udp', 'sctp'),
  hostPort: fc.option(fc.integer({ min: 1, max: 60000 }), { nil: null }),
  hostIp: fc.constantFrom('', '127.0.0.1', '::1'),
}).chain((p) => (p.hostPort === null ? fc.constant(p) : fc.option(fc.integer({ min: p.hostPort + 1, max: 65535 }), { nil: undefined }).map((end) => (end === undefined ? p : { ...p, hostPortEnd: end }))));

const mount: fc.Arbitrary<MountSpec> = fc.oneof(
  fc.record({ type: fc.constant('bind' as const), source: path, target: path, readOnly: fc.boolean() }),
  fc.record({ type: fc.constant('volume' as const), source: fc.stringMatching(/^[a-z][a-z0-9_.-]{1,8}$/), target: path, readOnly: fc.boolean() }),
  fc.record({ type: fc.constant('volume' as const), source: fc.constant(''), target: path, readOnly: fc.constant(false) }),
  fc.record({ type: fc.constant('tmpfs' as const), source: fc.constant(''), target: path, readOnly: fc.boolean() }, { requiredKeys: ['type', 'source', 'target', 'readOnly'] })
    .chain((m) => fc.option(fc.integer({ min: 1, max: 4096 }), { nil: undefined }).map((mib) => (mib === undefined ? m : { ...m, sizeBytes: mib * MiB }))),
);

const restart: fc.Arbitrary<RestartPolicy> = fc.oneof(
  fc.constantFrom<RestartPolicy>({ name: 'always' }, { name: 'unless-stopped' }, { name: 'on-failure' }),
  fc.integer({ min: 1, max: 20 }).map((n): RestartPolicy => ({ name: 'on-failure', maxRetries: n })),
);

const ALIASES: Record<string, string[]> = { 'nginx:1.27': ['nginx', 'docker.io/library/nginx:1.27'], 'debian:12': ['debian:bookworm'], 'redis:7': ['redis:7-bookworm'] };
const LINUX_IMAGES = Object.values(CATALOGUE.images).filter((i) => i.os === 'linux').map((i) => i.ref);

/** Specs in their one canonical form: Docker's defaults left out, settings docker accepts. */
const containerSpec: fc.Arbitrary<ContainerSpec> = fc.record({
  name: fc.stringMatching(/^[a-z][a-z0-9-]{1,10}$/),
  runtime: fc.constantFrom('runc', 'gvisor', 'kata'),
  image: fc.constantFrom(...LINUX_IMAGES),
  memoryMiB: fc.option(fc.integer({ min: 6, max: 8192 }), { nil: null }),
  swap: fc.constantFrom('none', 'unlimited', 'more'),
  reservation: fc.boolean(),
  cpuLimit: fc.constantFrom('none', 'cpus', 'quota'),
  cpus: fc.integer({ min: 1, max: HOST_CPUS * 100 }).map((k) => k / 100),
  period: fc.integer({ min: 1000, max: 1_000_000 }),
  quota: fc.integer({ min: 1000, max: 2_000_000 }),
  cpuShares: fc.oneof(fc.constant(1024), fc.integer({ min: 2, max: 262_144 })),
  cpuset: fc.option(fc.constantFrom('0', '0-3', '1,3', '0-1,4-7'), { nil: undefined }),
  pidsLimit: fc.option(fc.integer({ min: 1, max: 100_000 }), { nil: null }),
  share: fc.subarray(['pid', 'net', 'ipc', 'uts', 'user'] as const),
  networks: fc.option(fc.oneof(fc.constant(['none'] as string[]), fc.subarray(NETWORKS, { minLength: 1 })), { nil: undefined }),
  ports: fc.array(port, { maxLength: 3 }),
  publishAll: fc.boolean(),
  env: fc.array(fc.tuple(fc.stringMatching(/^[A-Z_][A-Z0-9_]{0,6}$/), fc.option(arg, { nil: undefined })).map(([k, v]) => (v === undefined ? k : `${k}=${v}`)), { maxLength: 3 }),
  mounts: fc.array(mount, { maxLength: 3 }),
  lifecycle: fc.oneof(fc.constant('none'), fc.constant('rm'), restart),
  flags: fc.record({ readOnly: fc.boolean(), privileged: fc.boolean(), oomKillDisable: fc.boolean() }),
  capAdd: fc.subarray([...CAPABILITIES.slice(0, 6), 'ALL']),
  capDrop: fc.subarray(['NET_RAW', 'MKNOD', 'ALL']),
  securityOpt: fc.subarray(['no-new-privileges', 'seccomp=unconfined', 'apparmor=unconfined', 'label=disable']),
  hostname: fc.option(word, { nil: undefined }),
  workdir: fc.option(path, { nil: undefined }),
  user: fc.option(fc.constantFrom('www-data', '1000:1000', 'root'), { nil: undefined }),
  entrypoint: fc.option(fc.oneof(fc.constant([] as string[]), arg.filter((a) => a !== '').map((a) => [a])), { nil: undefined }),
  command: fc.array(arg, { maxLength: 4 }),
  platform: fc.option(fc.constantFrom('linux/arm64', 'linux/amd64', 'linux/arm/v7'), { nil: undefined }),
  alias: fc.nat(),
}).map((g) => {
  const memoryBytes = g.memoryMiB === null ? null : g.memoryMiB * MiB;
  const spec: ContainerSpec = {
    kind: 'container', name: g.name, runtime: g.runtime, image: g.image, memoryBytes,
    memorySwapBytes: g.swap === 'unlimited' ? -1 : g.swap === 'more' && memoryBytes !== null ? memoryBytes * 2 : null,
    cpus: g.cpuLimit === 'cpus' ? g.cpus : null, cpuShares: g.cpuShares, pidsLimit: g.pidsLimit, in: null,
    share: g.share.filter((ns) => !(ns === 'net' && g.networks)),
  };
  const aliases = ALIASES[g.image];
  if (aliases) {
    const pick = aliases[g.alias % (aliases.length + 1)];
    if (pick) spec.imageRef = pick;
  }
  if (g.reservation && memoryBytes !== null) spec.memoryReservationBytes = memoryBytes;
  if (g.cpuLimit === 'quota') [spec.cpuPeriodUs, spec.cpuQuotaUs] = [g.period, g.quota];
  if (g.cpuset) spec.cpusetCpus = g.cpuset;
  if (g.networks) spec.networks = g.networks;
  if (g.ports.length) spec.ports = g.ports;
  if (g.publishAll) spec.publishAll = true;
  if (g.env.length) spec.env = g.env;
  if (g.mounts.length) spec.mounts = g.mounts;
  if (g.lifecycle === 'rm') spec.autoRemove = true;
  else if (g.lifecycle !== 'none') spec.restart = g.lifecycle;
  if (g.flags.readOnly) spec.readOnly = true;
  if (g.flags.privileged) spec.privileged = true;
  if (g.flags.oomKillDisable) spec.oomKillDisable = true;
  if (g.capAdd.length) spec.capAdd = g.capAdd;
  if (g.capDrop.length) spec.capDrop = g.capDrop;
  if (g.securityOpt.length) spec.securityOpt = g.securityOpt;
  if (g.hostname) spec.hostname = g.hostname;
  if (g.workdir) spec.workdir = g.workdir;
  if (g.user) spec.user = g.user;
  if (g.entrypoint) spec.entrypoint = g.entrypoint;
  if (g.command.length) spec.command = g.command;
  if (g.platform) spec.platform = g.platform;
  return spec;
});

/** A `docker run` line read back as the terminal reads it: shell words, the CLI's grammar, the catalogue. */
function readBack(line: string): ContainerSpec {
  const tokens = tokenize(line);
  if (tokens.error) throw new Error(tokens.error);
  const found = findCommand(tokens.argv.slice(1))!;
  const r = parseRunArgs(found, found.args, { hostCpus: HOST_CPUS, networks: NETWORKS });
  if (!r.ok) throw new Error(`${line}\n${r.output}`);
  const image = resolveImage(r.plan.imageTyped, CATALOGUE.images);
  if (!image.ok) throw new Error(`${line}: image ${r.plan.imageTyped}`);
  return {
    ...r.plan.spec, name: r.plan.name!, image: image.key, in: null,
    ...(r.plan.imageTyped !== image.key ? { imageRef: r.plan.imageTyped } : {}),
  };
}

describe('ContainerSpec → docker run line → ContainerSpec', () => {
  it('is the identity', () => {
    fc.assert(fc.property(containerSpec, (spec) => {
      expect(readBack(dockerRunLine(spec))).toEqual(spec);
    }), { numRuns: 400 });
  }, 60_000);

  it('reads a written line the way a person writes it', () => {
    const spec: ContainerSpec = {
      kind: 'container', name: 'web', runtime: 'runc', image: 'nginx:1.27', imageRef: 'nginx', memoryBytes: 512 * MiB, memorySwapBytes: null,
      cpus: 0.5, cpuShares: 1024, pidsLimit: 100, in: null, share: [], ports: [{ containerPort: 80, protocol: 'tcp', hostPort: 8080, hostIp: '' }],
      env: ['GREETING=hello world'], mounts: [{ type: 'bind', source: '/srv/site', target: '/usr/share/nginx/html', readOnly: true }], restart: { name: 'unless-stopped' },
    };
    expect(dockerRunLine(spec)).toBe("docker run -d --name web --memory=512m --cpus=0.5 --pids-limit=100 -p 8080:80 -e 'GREETING=hello world' -v /srv/site:/usr/share/nginx/html:ro --restart=unless-stopped nginx");
  });
});

describe('the added container settings survive saving and loading a scenario', () => {
  const scenarioOf = (instances: ContainerSpec[]): Scenario => ({
    version: 1, name: 'round trip', description: '', seed: 1, host: { ...HOST_DEFAULTS }, events: [], untilMs: null, tour: null, goals: null, extensions: {},
    instances: instances.map((c, i) => ({ ...c, name: `${c.name}-${i}` })),
  });
  const names = catalogueNames(CATALOGUE);
  it('through YAML and JSON', () => {
    fc.assert(fc.property(fc.array(containerSpec, { minLength: 1, maxLength: 3 }), (specs) => {
      const s = scenarioOf(specs);
      for (const [text, file] of [[scenarioToYaml(s), 'saved.yaml'], [scenarioToJson(s), 'saved.json']] as const) {
        const parsed = parseScenario(text, file, names);
        if (!parsed.ok) throw new Error(`${parsed.errors.join('\n')}\n${text}`);
        expect(parsed.scenario).toEqual(s);
      }
    }), { numRuns: 80 });
  }, 60_000);
});

const vmSpec = (profiles: VmSpec['profile'][]): fc.Arbitrary<VmSpec> => fc.record({
  kind: fc.constant('vm' as const),
  name: fc.stringMatching(/^[a-z][a-z0-9-]{0,10}$/),
  profile: fc.constantFrom(...profiles),
  os: fc.constantFrom(...Object.keys(CATALOGUE.guestOses)),
  cpus: fc.integer({ min: 1, max: 16 }),
  memoryBytes: fc.integer({ min: 128, max: 32_768 }).map((m) => m * MiB),
  diskBytes: fc.oneof(fc.integer({ min: 1, max: 512 }).map((g) => g * GiB), fc.integer({ min: 1024, max: 100_000 }).map((m) => m * MiB)),
  apps: fc.subarray(Object.keys(CATALOGUE.apps).filter((a) => ['nginx', 'redis', 'postgres', 'python', 'node'].includes(a))),
  ip: fc.option(fc.tuple(fc.integer({ min: 1, max: 254 }), fc.integer({ min: 1, max: 254 })).map(([a, b]) => `192.168.${a}.${b}`), { nil: undefined }),
}, { requiredKeys: ['kind', 'name', 'profile', 'os', 'cpus', 'memoryBytes', 'diskBytes', 'apps'] });

describe('VmSpec → Vagrantfile → VmSpec and VmSpec → virt-install → VmSpec', () => {
  it('a Vagrantfile of several machines reads back to the same VMs', () => {
    fc.assert(fc.property(fc.uniqueArray(vmSpec(['virtualbox', 'kvm-qemu', 'hyperv']), { selector: (v) => v.name, minLength: 1, maxLength: 3 }), (vms) => {
      const r = importVagrantfile(vagrantfileFor(vms), 'Vagrantfile');
      if (!r.ok) throw new Error(r.errors.join('\n'));
      expect(r.value.vms).toEqual(vms);
    }), { numRuns: 200 });
  }, 60_000);

  it('a virt-install line reads back to the same KVM guest', () => {
    const defaults = { cpus: 1, memoryBytes: GiB, diskBytes: 10 * GiB, os: 'ubuntu-22.04' };
    const kvm = fc.tuple(vmSpec(['kvm-qemu']), fc.boolean())
      .map(([{ ip: _ip, ...vm }, balloon]) => (balloon ? { ...vm, balloon: 'free-page-reporting' as const } : vm));
    fc.assert(fc.property(kvm, (vm) => {
      const r = parseVirtInstall(virtInstallLine(vm), defaults);
      if (!r.ok) throw new Error(r.error);
      expect(r.spec).toEqual(vm);
      expect(r.notSimulated).toEqual([]);
    }), { numRuns: 200 });
  });

  it('the balloon option is virt-install\'s --memballoon freePageReporting=on', () => {
    const vm = { kind: 'vm' as const, name: 'g', profile: 'kvm-qemu', os: 'ubuntu-22.04', cpus: 1, memoryBytes: GiB, diskBytes: 10 * GiB, apps: [], balloon: 'free-page-reporting' as const };
    expect(virtInstallLine(vm)).toContain('--memballoon virtio,freePageReporting=on');
    const { balloon: _b, ...off } = vm;
    expect(virtInstallLine(off)).not.toContain('--memballoon');
  });
});
