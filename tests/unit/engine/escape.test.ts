/**
 * The blast radius of an app exploit follows what the container lets its root do: contained by
 * default; the whole host kernel under --privileged, --cap-add SYS_MODULE, or --pid host with
 * SYS_PTRACE and AppArmor off (Docker's run reference, "Runtime privilege and Linux capabilities").
 */
import { describe, expect, it } from 'vitest';
import { createSimulation, advanceTo } from '../../../sim-core/index';
import { explainBlast } from '../../../sim-core/views/index';
import type { ContainerSpec } from '../../../sim-core/scenario/types';
import { FIXTURE, container, scenario, startAll, vm } from './fixture';

function blastOf(extra: Partial<ContainerSpec>, inVm = false) {
  const instances = [
    ...(inVm ? [vm('vm1')] : []),
    container('app', { ...extra, in: inVm ? 'vm1' : null }),
    container('other', { in: inVm ? 'vm1' : null }),
  ];
  const sim = createSimulation(scenario(instances, startAll(instances.map((i) => i.name))), FIXTURE);
  advanceTo(sim, 60_000);
  return explainBlast(sim, 'app', 'app')!;
}

describe('an app exploit and the container\'s privileges', () => {
  it('stays in a default container', () => {
    expect(blastOf({})).toMatchObject({ reason: 'app-contained', targets: ['app'], kernel: null });
  });
  it('reaches the host and everything on it from a --privileged container', () => {
    expect(blastOf({ privileged: true })).toMatchObject({ reason: 'privileged-escape', targets: ['host', 'app', 'other'], kernel: 'host' });
  });
  it('--cap-add SYS_MODULE (or ALL) is enough; --cap-drop of it takes it back', () => {
    expect(blastOf({ capAdd: ['SYS_MODULE'] }).reason).toBe('privileged-escape');
    expect(blastOf({ capAdd: ['ALL'] }).reason).toBe('privileged-escape');
    expect(blastOf({ capAdd: ['ALL'], capDrop: ['SYS_MODULE'] }).reason).toBe('app-contained');
    expect(blastOf({ capAdd: ['NET_ADMIN'] }).reason).toBe('app-contained');
  });
  it('--pid host with SYS_PTRACE escapes only with AppArmor off', () => {
    expect(blastOf({ share: ['pid'], capAdd: ['SYS_PTRACE'] }).reason).toBe('app-contained');
    expect(blastOf({ share: ['pid'], capAdd: ['SYS_PTRACE'], securityOpt: ['apparmor=unconfined'] }).reason).toBe('privileged-escape');
  });
  it('a non-root user holds no capabilities; inside a VM the escape stops at the guest kernel', () => {
    expect(blastOf({ privileged: true, user: '1000:1000' }).reason).toBe('app-contained');
    expect(blastOf({ privileged: true }, true)).toMatchObject({ reason: 'privileged-escape', targets: ['vm1', 'app', 'other'], kernel: 'vm1' });
  });
});
