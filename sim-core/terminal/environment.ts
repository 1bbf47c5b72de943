/**
 * The environment a shell has in each place, as `env` prints it: a container's is Docker's
 * (PATH, HOSTNAME, the `-e` variables in order, HOME), a login shell's on the host or a VM
 * what bash and login set.
 */
import type { Simulation } from '../engine/state';
import type { Place } from './place';

const PATH = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

export function environment(sim: Simulation, place: Place): string[] {
  const pwd = `PWD=${place.cwd}`;
  if (place.kind === 'container') {
    const spec = sim.state.instances[place.where]?.spec;
    // `-e NAME` alone passes the client's NAME, which this terminal's client does not have: docker then sets nothing.
    const own = spec?.kind === 'container' ? (spec.env ?? []).filter((e) => e.includes('=')) : [];
    // moby's CreateDaemonEnvironment: PATH and HOSTNAME, then the container's variables replace
    // or append (ReplaceOrAppendEnvValues); HOME is added when none was given.
    const env = [PATH, `HOSTNAME=${place.view.hostname}`];
    for (const e of own) {
      const key = e.slice(0, e.indexOf('=') + 1);
      const at = env.findIndex((x) => x.startsWith(key));
      if (at >= 0) env[at] = e;
      else env.push(e);
    }
    if (!env.some((x) => x.startsWith('HOME='))) env.push(`HOME=${place.identity.home}`);
    return [...env, pwd];
  }
  const shell = place.identity.shell === 'ash' ? '/bin/ash' : '/bin/bash';
  return [`SHELL=${shell}`, pwd, `LOGNAME=${place.user.name}`, `HOME=${place.identity.home}`, 'LANG=C.UTF-8', `USER=${place.user.name}`, `HOSTNAME=${place.view.hostname}`, 'SHLVL=1', PATH, '_=/usr/bin/env'];
}
