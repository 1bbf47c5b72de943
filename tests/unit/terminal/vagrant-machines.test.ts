/**
 * Vagrant against the machines of an imported multi-machine Vagrantfile
 * (tests/fixtures/vagrant/multi/Vagrantfile, in the shape of
 * https://developer.hashicorp.com/vagrant/docs/multi-machine): a bare `vagrant up` brings up
 * every machine but those with autostart: false, one after another; halt and reload act on all
 * or the one named; global-status lists them with an id.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../../sim-core/import/index';
import { CATALOGUE } from '../../../sim-core/catalogue/index';
import { workspace } from './workspace';

async function multi() {
  const text = readFileSync(new URL('../../fixtures/vagrant/multi/Vagrantfile', import.meta.url), 'utf8');
  const r = importFile(text, 'Vagrantfile', CATALOGUE);
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return workspace(r.scenario);
}

const states = (out: string) => out.split('\n').filter((l) => /\(virtualbox\)$/.test(l)).map((l) => l.replace(/\s+/g, ' '));

describe('vagrant on a multi-machine Vagrantfile', () => {
  it('vagrant halt with no name halts every machine; vagrant up brings them back in order, leaving autostart: false', async () => {
    const w = await multi();
    await w.wait(120_000);
    expect(states(await w.type('vagrant status'))).toEqual(['web running (virtualbox)', 'db running (virtualbox)', 'spare not created (virtualbox)']);
    const halted = await w.type('vagrant halt');
    expect(halted.split('\n')).toEqual(['==> web: Attempting graceful shutdown of VM...', '==> db: Attempting graceful shutdown of VM...', '==> spare: VM not created. Moving on...']);
    const up = (await w.type('vagrant up')).split('\n');
    const order = up.filter((l) => l.startsWith('Bringing machine') || l.endsWith('Machine booted and ready!'));
    expect(order).toEqual([
      "Bringing machine 'web' up with 'virtualbox' provider...", '==> web: Machine booted and ready!',
      "Bringing machine 'db' up with 'virtualbox' provider...", '==> db: Machine booted and ready!',
    ]);
    expect(states(await w.type('vagrant status'))).toEqual(['web running (virtualbox)', 'db running (virtualbox)', 'spare not created (virtualbox)']);
  });

  it('vagrant reload web halts and boots web only; global-status lists every machine with an id', async () => {
    const w = await multi();
    await w.wait(120_000);
    const reload = await w.type('vagrant reload web');
    expect(reload).toMatch(/^==> web: Attempting graceful shutdown of VM\.\.\.\n/);
    expect(reload).toContain('==> web: Machine booted and ready!');
    expect(reload).not.toContain('db:');
    const global = (await w.type('vagrant global-status')).split('\n');
    expect(global[0]).toMatch(/^id\s+name\s+provider\s+state\s+directory$/);
    // spare was never brought up, so Vagrant's machine index does not hold it.
    expect(global.slice(2, 5).map((l) => l.split(/\s+/).slice(1, 4).join(' '))).toEqual(['web virtualbox running', 'db virtualbox running', '']);
  });
});
