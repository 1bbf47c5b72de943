/**
 * Vagrantfiles read without running Ruby: the `vagrant init` template's shape and a
 * multi-machine file (both written for these tests) become VMs; what needs Ruby is refused
 * naming the line; what Vagrant would do but the simulation does not is listed.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../sim-core/catalogue/index';
import { importFile } from '../../../sim-core/import/index';
import { importVagrantfile } from '../../../sim-core/import/vagrantfile';
import { createSimulation, getReport, runToEnd } from '../../../sim-core/index';

const fixture = (name: string): string => readFileSync(new URL(`../../fixtures/vagrant/${name}/Vagrantfile`, import.meta.url), 'utf8');
const GiB = 1024 ** 3;
const MiB = 1024 ** 2;

describe('the vagrant init template', () => {
  it('is one machine, "default", with its box, memory, private network and the apps its provisioner installs', () => {
    const r = importFile(fixture('init'), 'Vagrantfile', CATALOGUE);
    if (!r.ok) throw new Error(r.errors.join('\n'));
    expect(r.kind).toBe('vagrantfile');
    expect(r.scenario.instances).toEqual([{ kind: 'vm', name: 'default', profile: 'virtualbox', os: 'ubuntu-22.04', cpus: 2, memoryBytes: GiB, diskBytes: 40 * GiB, apps: ['nginx'], ip: '192.168.33.10' }]);
    expect(r.notSimulated).toEqual([]);
    const sim = createSimulation(r.scenario, CATALOGUE);
    runToEnd(sim);
    expect(getReport(sim).instances[0]).toMatchObject({ name: 'default', state: 'running' });
  });
});

describe('a multi-machine Vagrantfile', () => {
  const r = importFile(fixture('multi'), 'Vagrantfile', CATALOGUE);
  it('is one VM per define block, the shared settings merged in, the machine\'s own on top', () => {
    if (!r.ok) throw new Error(r.errors.join('\n'));
    expect(r.scenario.instances).toEqual([
      { kind: 'vm', name: 'web', profile: 'virtualbox', os: 'ubuntu-22.04', cpus: 1, memoryBytes: 512 * MiB, diskBytes: 40 * GiB, apps: ['nginx'], ip: '192.168.56.10' },
      { kind: 'vm', name: 'db', profile: 'virtualbox', os: 'debian-12', cpus: 2, memoryBytes: 2 * GiB, diskBytes: 20 * GiB, apps: ['postgres', 'redis'], ip: '192.168.56.11' },
      { kind: 'vm', name: 'spare', profile: 'virtualbox', os: 'alpine-3.20', cpus: 2, memoryBytes: GiB, diskBytes: 40 * GiB, apps: [] },
    ]);
  });
  it('vagrant up starts every machine but one marked autostart: false', () => {
    if (!r.ok) throw new Error();
    expect(r.scenario.events.map((e) => e.action.type === 'start' && e.action.target)).toEqual(['web', 'db']);
  });
  it('lists what it does not simulate', () => {
    if (!r.ok) throw new Error();
    expect(r.notSimulated).toEqual([
      'web: forwarded_port 8080 => 80',
      'db: virtualbox name = "db-machine"',
      'vagrant up brings machines up one after another; here they all start at once',
      'spare: autostart: false, so vagrant up leaves it off',
    ]);
  });
});

describe('providers and boxes', () => {
  const vms = (text: string) => {
    const r = importVagrantfile(text, 'Vagrantfile');
    if (!r.ok) throw new Error(r.errors.join('\n'));
    return r.value;
  };
  it('libvirt is KVM, hyperv is Hyper-V; the first provider listed is the one vagrant up uses', () => {
    const v = vms('Vagrant.configure("2") do |config|\n  config.vm.box = "debian/bookworm64"\n  config.vm.provider :libvirt do |lv|\n    lv.memory = 2048\n    lv.cpus = 4\n  end\n  config.vm.provider "virtualbox" do |vb|\n    vb.memory = 512\n  end\nend\n');
    expect(v.vms[0]).toMatchObject({ profile: 'kvm-qemu', os: 'debian-12', cpus: 4, memoryBytes: 2 * GiB });
  });
  it('a box the catalogue lacks runs as the closest guest OS, and says so; constants are read', () => {
    const v = vms('VAGRANTFILE_API_VERSION = "2"\nBOX = "hashicorp/bionic64"\nVagrant.configure(VAGRANTFILE_API_VERSION) do |config|\n  config.vm.box = BOX\nend\n');
    expect(v.vms[0]).toMatchObject({ name: 'default', os: 'ubuntu-22.04' });
    expect(v.notSimulated).toEqual(['default: box hashicorp/bionic64 runs as ubuntu-22.04, the catalogue\'s closest guest OS']);
  });
});

describe('refused: what needs Ruby to evaluate, named by its line', () => {
  const errors = (text: string) => {
    const r = importVagrantfile(text, 'Vagrantfile');
    return r.ok ? [] : r.errors;
  };
  it('a condition, a method call in a string, a loop too long to be a machine list', () => {
    expect(errors('Vagrant.configure("2") do |config|\n  if ENV["BIG"]\n    config.vm.box = "x"\n  end\nend\n')[0]).toMatch(/^Vagrantfile:2: if ENV\["BIG"\]: if needs Ruby to evaluate/);
    expect(errors('Vagrant.configure("2") do |config|\n  config.vm.box = "ubuntu/jammy64"\n  config.vm.hostname = "web-#{rand(9)}"\nend\n')[0]).toMatch(/^Vagrantfile:3: .*a string with #\{rand\(9\)\} needs Ruby to evaluate/);
    expect(errors('Vagrant.configure("2") do |config|\n  config.vm.box = "ubuntu/jammy64"\n  (1..1000).each do |i|\n    config.vm.define "n#{i}"\n  end\nend\n')[0]).toMatch(/^Vagrantfile:3: .*a loop of 1000 turns/);
    expect(errors('Vagrant.configure("2") do |config|\n  config.vm.box = "ubuntu/jammy64"\n  (1..2).each do |i|\n    config.vm.define "n#{i}"\nend\n')).toEqual(['Vagrantfile: a block is not closed with end']);
  });
  it('no configure block, no box', () => {
    expect(errors('puts "hello"\n')[0]).toMatch(/^Vagrantfile:1: puts "hello": puts needs Ruby to evaluate/);
    expect(errors('# just a comment\n')).toEqual(['Vagrantfile: no Vagrant.configure("2") do |config| ... end block; is this a Vagrantfile?']);
    expect(errors('Vagrant.configure("2") do |config|\nend\n')).toEqual(['Vagrantfile: machine default: no config.vm.box (Vagrant needs a box to start from)']);
  });
});

describe('machines defined in a loop (Vagrant docs, "Multi-Machine: Looping Over VM Definitions")', () => {
  const read = (text: string) => {
    const r = importVagrantfile(text, 'Vagrantfile');
    if (!r.ok) throw new Error(r.errors.join('\n'));
    return r.value;
  };
  it('(1..3).each do |i| with "node-#{i}": three machines, each with its own provisioner text', () => {
    const v = read(`Vagrant.configure("2") do |config|
  config.vm.box = "ubuntu/jammy64"
  (1..3).each do |i|
    config.vm.define "node-#{i}" do |node|
      node.vm.provision "shell",
        inline: "echo hello from node #{i}"
    end
  end
end
`);
    expect(v.vms.map((m) => m.name)).toEqual(['node-1', 'node-2', 'node-3']);
    expect(v.machines['node-2']!.provisioners).toEqual([{ type: 'shell', inline: 'echo hello from node 2' }]);
  });
  it('arithmetic on the loop variable in an address, a constant as the bound, N.times and each_with_index over an array', () => {
    const v = read(`NODES = 2
Vagrant.configure("2") do |config|
  config.vm.box = "ubuntu/jammy64"
  (1..NODES).each do |i|
    config.vm.define "worker#{i}" do |w|
      w.vm.network "private_network", ip: "192.168.56.#{100 + i}"
      w.vm.provider "virtualbox" do |vb|
        vb.memory = 1024
      end
    end
  end
  2.times do |k|
    config.vm.define "spare#{k}"
  end
  ["db", "cache"].each_with_index do |name, n|
    config.vm.define name do |m|
      m.vm.network "private_network", ip: "10.0.0.#{n + 10}"
    end
  end
end
`);
    expect(v.vms.map((m) => [m.name, m.ip ?? null])).toEqual([
      ['worker1', '192.168.56.101'], ['worker2', '192.168.56.102'], ['spare0', null], ['spare1', null], ['db', '10.0.0.10'], ['cache', '10.0.0.11'],
    ]);
  });
});
