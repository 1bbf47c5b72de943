import type { ContainerOptions, RuntimeId } from '../scenario/types';

/** `--runtime` (and Compose's `runtime:`) names as daemons register them, to the catalogue's runtimes. */
export const RUNTIMES: Record<string, RuntimeId> = {
  runc: 'runc', runsc: 'gvisor', gvisor: 'gvisor', 'kata-runtime': 'kata', kata: 'kata', 'io.containerd.kata.v2': 'kata', 'io.containerd.runc.v2': 'runc',
  'runsc-systrap': 'gvisor', 'runsc-kvm': 'gvisor', 'runsc-ptrace': 'gvisor',
};

type GvisorPlatform = NonNullable<ContainerOptions['gvisorPlatform']>;

/**
 * Runtimes registered with a `--platform=` runtime argument, named as gVisor's platform guide
 * names them in its daemon.json example (`runsc-kvm`, `runsc-systrap`).
 */
export const RUNTIME_PLATFORMS: Record<string, GvisorPlatform> = {
  'runsc-systrap': 'systrap', 'runsc-kvm': 'kvm', 'runsc-ptrace': 'ptrace',
};

/** The name `--runtime` takes for a runtime (and gVisor platform); null for Docker's default, runc. */
export function runtimeFlagName(runtime: RuntimeId, platform: GvisorPlatform | undefined): string | null {
  if (runtime === 'gvisor') return platform === undefined ? 'runsc' : `runsc-${platform}`;
  return runtime === 'kata' ? 'io.containerd.kata.v2' : null;
}
