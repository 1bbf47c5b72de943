/**
 * Vagrant's getting-started steps (developer.hashicorp.com/vagrant/tutorials/get-started):
 * `vagrant init hashicorp/bionic64` writes a Vagrantfile from Vagrant's template, `vagrant up`
 * brings up the machine it defines, `vagrant ssh -c` runs a command there.
 */
import { describe, expect, it } from 'vitest';
import { workspace } from './workspace';

describe('vagrant init, then vagrant up', () => {
  it('writes Vagrant\'s template with the box, and refuses to overwrite it without -f', async () => {
    const w = await workspace();
    expect(await w.type('vagrant init hashicorp/bionic64')).toMatch(/^A `Vagrantfile` has been placed in this directory\. You are now\nready to `vagrant up`/);
    const file = await w.type('cat Vagrantfile');
    expect(file).toMatch(/^# -\*- mode: ruby -\*-\n# vi: set ft=ruby :\n/);
    expect(file).toContain('Vagrant.configure("2") do |config|\n');
    expect(file).toContain('  config.vm.box = "hashicorp/bionic64"\n\n  # Disable automatic box update checking.');
    expect(await w.type('vagrant init')).toBe('`Vagrantfile` already exists in this directory. Remove it before\nrunning `vagrant init`.');
    expect(await w.type('echo $?')).toBe('1');
    expect(await w.type('vagrant init -f -m --box-version 1.0.282 hashicorp/bionic64')).toMatch(/^A `Vagrantfile`/);
    expect(await w.type('cat Vagrantfile')).toBe('# -*- mode: ruby -*-\n# vi: set ft=ruby :\n\nVagrant.configure("2") do |config|\n  config.vm.box = "hashicorp/bionic64"\n  config.vm.box_version = "1.0.282"\nend');
  });

  it('vagrant up makes the Vagrantfile\'s machine with its box, and ssh -c runs a command in it', async () => {
    const w = await workspace();
    await w.type('vagrant init -m debian/bookworm64');
    expect(await w.type('vagrant status')).toMatch(/^default\s+not created \(virtualbox\)$/m);
    const out = await w.type('vagrant up');
    expect(out).toContain("==> default: Importing base box 'debian/bookworm64'...");
    expect(out).toContain('==> default: Machine booted and ready!');
    const vm = w.store.getState().doc.instances.find((i) => i.name === 'default');
    expect(vm).toMatchObject({ kind: 'vm', os: 'debian-12' });
    expect(await w.type('vagrant ssh -c "cat /etc/hostname"')).toBe('default\nConnection to 127.0.0.1 closed.');
  });

  it('a multi-machine Vagrantfile written in the shell: vagrant up brings up each machine', async () => {
    const w = await workspace();
    for (const line of ['Vagrant.configure("2") do |config|', '  config.vm.box = "ubuntu/jammy64"', '  config.vm.define "web"', '  config.vm.define "db"', 'end']) {
      await w.type(`echo '${line}' >> Vagrantfile`);
    }
    const out = await w.type('vagrant up');
    expect(out).toContain("Bringing machine 'web' up with 'virtualbox' provider...");
    expect(out).toContain("Bringing machine 'db' up with 'virtualbox' provider...");
    expect(await w.type('vagrant status')).toMatch(/^web\s+running \(virtualbox\)\ndb\s+running \(virtualbox\)$/m);
  });
});
