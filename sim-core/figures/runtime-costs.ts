/**
 * What a container's runtime costs it, once for the engine's plan, the report and the page:
 * gVisor's figures depend on its platform (how the Sentry intercepts system calls).
 */
import type { Cited, GvisorPlatform, IoByPattern, RuntimeDef } from '../catalogue/types';
import type { ContainerSpec } from '../scenario/types';
import { gvisorPlatformOf } from '../catalogue/gvisor-platforms';

export interface RuntimeCosts {
  /** gVisor's platform; absent for other runtimes. */
  platform?: GvisorPlatform;
  /** Fractional slowdown of system-call-heavy work (an app's start). */
  syscallOverhead: Cited;
  /** One raw system call, in ns, where a source measures it. */
  syscallNs?: Cited;
  ioByPattern?: IoByPattern<Cited>;
}

export function runtimeCosts(runtime: RuntimeDef, spec: Pick<ContainerSpec, 'gvisorPlatform'>): RuntimeCosts {
  const costs: RuntimeCosts = { syscallOverhead: runtime.syscallOverhead };
  if (runtime.syscallNs) costs.syscallNs = runtime.syscallNs;
  if (runtime.ioByPattern) costs.ioByPattern = runtime.ioByPattern;
  if (runtime.platforms) {
    const platform = gvisorPlatformOf(spec.gvisorPlatform);
    const def = runtime.platforms[platform];
    costs.platform = platform;
    costs.syscallOverhead = def.syscallOverhead;
    costs.syscallNs = def.syscallNs;
  }
  return costs;
}
