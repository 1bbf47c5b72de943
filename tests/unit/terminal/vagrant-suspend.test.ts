/**
 * `vagrant suspend`, `resume`, `provision` and `box` as Vagrant's VirtualBox provider does them,
 * in Vagrant's words (templates/locales/en.yml): suspend saves the VM's memory to a state file
 * and frees its host RAM; resume (or up) reads it back, much faster than a boot; halt discards
 * it. Commands from https://developer.hashicorp.com/vagrant/docs/cli/suspend, /resume,
 * /provision and /box.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../../sim-core/import/index';
import { CATALOGUE } from '../../../sim-core/catalogue/index';
import { workspace, type Typist } from './workspace';

const view = (w: Typist, name: string) => w.store.getState().view!.instances.find((i) => i.name === name)!;
const realMs = (out: string): number => {
  const m = /real\t(\d+)m([\d.]+)s/.exec(out)!;
  return (Number(m[1]) * 60 + Number(m[2])) * 1000;
};

async function multi(): Promise<Typist> {
  const text = readFileSync(new URL('../../fixtures/vagrant/multi/Vagrantfile', import.meta.url), 'utf8');
  const r = importFile(text, 'Vagrantfile', CATALOGUE);
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return workspace(r.scenario);
}

describe('vagrant suspend and resume', () => {
  it('suspend saves the state: status says saved, the VM holds no host RAM and its state file is on the disk', async () => {
    const w = await workspace();
    const boot = realMs(await w.type('time vagrant up'));
    const before = view(w, 'default').memoryBytes;
    expect(before).toBeGreaterThan(0);
    expect(await w.type('vagrant suspend')).toBe('==> default: Saving VM state and suspending execution...');
    expect(await w.type('vagrant status')).toBe('Current machine states:\n\ndefault                   saved (virtualbox)\n\nTo resume this VM, simply run `vagrant up`.');
    expect(view(w, 'default').state).toBe('saved');
    expect(view(w, 'default').memoryBytes).toBe(0);
    const file = w.store.getState().view!.host.disk.vmDisks.find((d) => d.name === 'default (saved state)');
    expect(file!.bytes).toBeGreaterThan(0);
    const resumed = await w.type('time vagrant resume');
    expect(resumed.split('\n').slice(0, 3)).toEqual(['==> default: Resuming suspended VM...', '==> default: Booting VM...', '==> default: Waiting for machine to boot. This may take a few minutes...']);
    expect(resumed).toContain('==> default: Machine booted and ready!\n==> default: Machine already provisioned.');
    expect(realMs(resumed)).toBeLessThan(boot / 5);
    expect(view(w, 'default').state).toBe('running');
    expect(view(w, 'default').memoryBytes).toBe(before);
  });

  it('up resumes a saved machine; halt discards its state; suspend of a stopped machine says nothing', async () => {
    const w = await workspace();
    await w.type('vagrant up');
    await w.type('vagrant suspend');
    expect(await w.type('vagrant up')).toMatch(/^Bringing machine 'default' up with 'virtualbox' provider\.\.\.\n==> default: Checking if box 'ubuntu\/jammy64' version '20240126\.0\.0' is up to date\.\.\.\n==> default: Resuming suspended VM\.\.\./);
    await w.type('vagrant suspend');
    expect(await w.type('vagrant halt')).toBe('==> default: Discarding saved state of VM...');
    expect(view(w, 'default').state).toBe('exited');
    expect(await w.type('vagrant suspend')).toBe('');
    expect(await w.type('vagrant resume; echo $?')).toMatch(/^The guest machine entered an invalid state while waiting for it\nto boot\. Valid states are 'restoring, running'\. The machine is in the\n'poweroff' state\./);
    expect(await w.type('vagrant suspend nosuch')).toBe('==> nosuch: VM not created. Moving on...');
  });

  it('multi-machine: vagrant suspend web saves web only', async () => {
    const w = await multi();
    await w.wait(120_000);
    await w.type('vagrant suspend web');
    const states = (await w.type('vagrant status')).split('\n').filter((l) => l.endsWith('(virtualbox)')).map((l) => l.replace(/\s+/g, ' '));
    expect(states).toEqual(['web saved (virtualbox)', 'db running (virtualbox)', 'spare not created (virtualbox)']);
  });
});

describe('vagrant provision', () => {
  it('runs the Vagrantfile\'s provisioners in order, global first, in Vagrant\'s shape', async () => {
    const w = await multi();
    await w.wait(120_000);
    expect((await w.type('vagrant provision web')).split('\n')).toEqual([
      '==> web: Running provisioner: shell...', '    web: Running: inline script', '    web: Hello',
      '==> web: Running provisioner: shell...', '    web: Running: inline script',
      'utsuwa: not run here: apt-get install -y nginx (the packages it installs are on the VM from the Vagrantfile)',
    ]);
    // --provision runs them again on a reload (without it: the sentinel's message).
    expect(await w.type('vagrant reload --provision web')).toMatch(/\/vagrant => \/root\n==> web: Running provisioner: shell\.\.\.\n {4}web: Running: inline script\n {4}web: Hello\n/);
    expect(await w.type('vagrant reload web')).toMatch(/==> web: Machine already provisioned\. Run `vagrant provision` or use the `--provision`\n==> web: flag to force provisioning\. Provisioners marked to run always will still run\.$/);
    await w.type('vagrant halt db');
    expect(await w.type('vagrant provision db')).toBe('==> db: VM is not currently running. Please, first bring it up with `vagrant up` then run this command.');
  });

  it('a first vagrant up runs them after the shared folders are mounted', async () => {
    const w = await multi();
    const up = await w.type('vagrant up spare');
    expect(up).toMatch(/Mounting shared folders\.\.\.\n {4}spare: \/vagrant => \/root\n==> spare: Running provisioner: shell\.\.\.\n {4}spare: Running: inline script\n {4}spare: Hello$/);
  });
});

describe('vagrant box', () => {
  it('list shows the boxes the machines came from; add downloads a catalogue box over the network; remove refuses one in use', async () => {
    const w = await workspace();
    expect(await w.type('vagrant box list')).toBe('There are no installed boxes! Use `vagrant box add` to add some.');
    await w.type('vagrant up');
    expect(await w.type('vagrant box list')).toBe('ubuntu/jammy64 (virtualbox, 20240126.0.0)');
    const t0 = w.store.getState().view!.nowMs;
    const added = await w.type('vagrant box add debian/bookworm64');
    expect(added.split('\n')).toEqual([
      "==> box: Loading metadata for box 'debian/bookworm64'",
      '    box: URL: https://vagrantcloud.com/debian/bookworm64',
      "==> box: Adding box 'debian/bookworm64' (v12.20250126.1) for provider: virtualbox",
      '    box: Downloading: https://vagrantcloud.com/debian/boxes/bookworm64/versions/12.20250126.1/providers/virtualbox.box',
      "==> box: Successfully added box 'debian/bookworm64' (v12.20250126.1) for 'virtualbox'!",
    ]);
    // The box (the estimate vagrant-box-download, 600 MB) over the default host's 1 Gb/s.
    expect(w.store.getState().view!.nowMs - t0).toBe(4_800);
    expect(await w.type('vagrant box list')).toBe('debian/bookworm64 (virtualbox, 12.20250126.1)\nubuntu/jammy64    (virtualbox, 20240126.0.0)');
    expect((await w.type('vagrant box add debian/bookworm64')).split('\n')[0]).toBe("The box you're attempting to add already exists. Remove it before");
    const inUse = await w.type('vagrant box remove ubuntu/jammy64');
    expect(inUse).toMatch(/^Box 'ubuntu\/jammy64' \(v20240126\.0\.0\) with provider 'virtualbox' and\n/);
    expect(inUse).toMatch(/\ndefault \(ID: [0-9a-f]{32}\)\n/);
    expect(await w.type('vagrant box list')).toContain('ubuntu/jammy64');
    expect(await w.type('vagrant box remove debian/bookworm64')).toBe("Removing box 'debian/bookworm64' (v12.20250126.1) with provider 'virtualbox'...");
    expect(await w.type('vagrant box remove -f ubuntu/jammy64')).toBe("Removing box 'ubuntu/jammy64' (v20240126.0.0) with provider 'virtualbox'...");
    expect(await w.type('vagrant box list')).toBe('There are no installed boxes! Use `vagrant box add` to add some.');
    expect(await w.type('vagrant box remove nosuch/box')).toBe("The box you requested to be removed could not be found. No\nboxes named 'nosuch/box' could be found.");
  });
});
