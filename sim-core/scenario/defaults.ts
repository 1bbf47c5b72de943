/**
 * Defaults for what a file leaves out. The host's are the spec's (HOST_DEFAULTS in
 * ./types.ts); a VM's and a container's are the rules' (../rules/defaults.ts), the same the
 * palette and the terminal use. Documented in docs/scenario-format.md.
 */
export { VM_DEFAULTS, CONTAINER_DEFAULTS, defaultVmProfile } from '../rules/defaults';

export const DEFAULT_SEED = 1;

/**
 * Key in Scenario.extensions holding instance fields the format does not define (kept so
 * that saving a file loses nothing): `{ [instanceName]: { field: value } }`.
 */
export const INSTANCE_FIELDS_KEY = '$instanceFields';
