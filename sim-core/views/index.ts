/** View data for the "see inside" panels: pure functions over a Simulation or its log. */
export * from './blast';
export * from './layers';
export * from './cgroup';
export type { KernelSurface } from '../engine/confinement';
