/**
 * The inspector's command line for an instance (docker run, virt-install, ...). A chunk of its
 * own: the docker and VM-tool writers load when an instance is first inspected.
 */
import type { InstanceSpec, InstanceView } from '@utsuwa/sim-core';
import { commandFor, dockerUpdateCommand } from '../document/commands';

export default function InstanceCommand({ spec, view }: { spec: InstanceSpec; view: InstanceView | undefined }) {
  const active = view?.state === 'running' || view?.state === 'booting';
  // A live limit change shows as the `docker update` that would make it.
  const update = spec.kind === 'container' && active && view ? dockerUpdateCommand(spec, view.memoryLimitBytes, view.cpuLimit) : null;
  return <code>{commandFor(spec)}{update ? `\n${update}` : ''}</code>;
}
