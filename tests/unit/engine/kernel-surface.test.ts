/**
 * What stands between a runc container and the kernel it shares, as the blast-radius view and
 * the isolation matrix show it: Docker's default seccomp profile (moby/profiles
 * seccomp/default.json, vendored in moby/moby b985e2313a8676e18072b442911fc8f64f17d440) stops
 * keyctl, add_key, kexec_load, bpf, mount, unshare, reboot, clock_settime, ... unless a
 * capability opens them; seccomp=unconfined and --privileged let every call through.
 */
import { describe, expect, it } from 'vitest';
import { createSimulation, advanceTo, isolationMatrix } from '../../../sim-core/index';
import { explainBlast } from '../../../sim-core/views/index';
import { confinementOf, effectiveCapabilities } from '../../../sim-core/engine/confinement';
import type { ContainerSpec } from '../../../sim-core/scenario/types';
import { FIXTURE, container, scenario, startAll } from './fixture';

function sim(extra: Partial<ContainerSpec>) {
  const instances = [container('app', extra), container('plain', {})];
  const s = createSimulation(scenario(instances, startAll(['app', 'plain'])), FIXTURE);
  advanceTo(s, 60_000);
  return s;
}
const surfaceOf = (extra: Partial<ContainerSpec>) => explainBlast(sim(extra), 'app', 'kernel')!.surface!;

describe('the kernel surface of a runc container', () => {
  it('by default the profile stops the calls the docs list, and the radius is the host kernel still', () => {
    const b = explainBlast(sim({}), 'app', 'kernel')!;
    expect(b.targets).toEqual(['host', 'app', 'plain']);
    expect(b.surface).toMatchObject({ seccomp: 'default', apparmor: 'docker-default', noNewPrivileges: false, extraCapabilities: [], reachable: [] });
    for (const call of ['keyctl', 'add_key', 'kexec_load', 'bpf', 'mount', 'unshare', 'reboot', 'clock_settime']) expect(b.surface!.blocked).toContain(call);
  });
  it('seccomp=unconfined: every listed call reaches the kernel; the radius does not change (a kernel exploit already owns it)', () => {
    const s = surfaceOf({ securityOpt: ['seccomp=unconfined'] });
    expect(s.seccomp).toBe('unconfined');
    expect(s.blocked).toEqual([]);
    expect(s.reachable).toContain('keyctl');
  });
  it('--privileged: no filter, AppArmor unconfined, every capability', () => {
    const s = surfaceOf({ privileged: true });
    expect(s).toMatchObject({ seccomp: 'unconfined', apparmor: 'unconfined' });
    expect(s.extraCapabilities).toContain('SYS_ADMIN');
  });
  it('a capability opens only the calls it guards: SYS_TIME opens clock_settime, not keyctl', () => {
    const s = surfaceOf({ capAdd: ['SYS_TIME'] });
    expect(s.reachable).toEqual(['clock_settime', 'settimeofday']);
    expect(s.blocked).toContain('keyctl');
  });
  it('no-new-privileges (alone or :true) and apparmor=unconfined are read as the daemon reads them', () => {
    expect(confinementOf(container('x', { securityOpt: ['no-new-privileges'] }) as ContainerSpec).noNewPrivileges).toBe(true);
    expect(confinementOf(container('x', { securityOpt: ['no-new-privileges:true'] }) as ContainerSpec).noNewPrivileges).toBe(true);
    expect(confinementOf(container('x', { securityOpt: ['no-new-privileges=false'] }) as ContainerSpec).noNewPrivileges).toBe(false);
    expect(confinementOf(container('x', { securityOpt: ['apparmor=unconfined', 'label=disable'] }) as ContainerSpec)).toMatchObject({ apparmor: 'unconfined', labels: false });
  });
  it('--cap-drop ALL --cap-add NET_BIND_SERVICE leaves that one (moby oci/caps TweakCapabilities)', () => {
    expect(effectiveCapabilities({ capDrop: ['ALL'], capAdd: ['NET_BIND_SERVICE'] })).toEqual(['NET_BIND_SERVICE']);
    expect(effectiveCapabilities({ capAdd: ['ALL'], capDrop: ['SYS_ADMIN'] })).not.toContain('SYS_ADMIN');
    expect(effectiveCapabilities({ capDrop: ['NET_RAW'] })).not.toContain('NET_RAW');
  });
  it('the isolation matrix carries each runc container\'s surface', () => {
    const m = isolationMatrix(sim({ securityOpt: ['seccomp=unconfined'] }));
    expect(m.surfaces.app!.seccomp).toBe('unconfined');
    expect(m.surfaces.plain!.seccomp).toBe('default');
    expect(m.surfaces.host).toBeUndefined();
  });
});
