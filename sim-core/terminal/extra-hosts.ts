/**
 * `--add-host` / Compose's `extra_hosts`: the entries Docker writes into a container's
 * /etc/hosts after its defaults (moby libnetwork buildHostsFile: the defaults, then the extra
 * hosts, then the container's own address). `host-gateway` stands for the daemon's
 * host-gateway-ip, by default the default bridge's gateway.
 */
import type { ContainerSpec } from '../scenario/types';
import { DOCKER_BRIDGE_ADDRESS } from '../namespaces/net';

export interface HostEntry {
  name: string;
  ip: string;
}

const HOST_GATEWAY_IP = DOCKER_BRIDGE_ADDRESS.split('/')[0]!;

/** The spec's extra hosts, `name:ip` each (the address may be IPv6 and hold colons), resolved. */
export function extraHostsOf(spec: Pick<ContainerSpec, 'extraHosts'>): HostEntry[] {
  return (spec.extraHosts ?? []).map((h) => {
    const cut = h.indexOf(':');
    const ip = h.slice(cut + 1);
    return { name: h.slice(0, cut), ip: ip === 'host-gateway' ? HOST_GATEWAY_IP : ip };
  });
}
