/**
 * The shape of a user action, checked before the engine acts on it: an action reaches the
 * engine from the page, the terminal, tours and the worker protocol (structured-cloned data,
 * not checked by TypeScript), so an unknown type, a missing name or a NaN, negative or
 * infinite number is refused here with a reason rather than thrown or kept. The ranges are
 * the rules' (sim-core/rules), the same the parser applies to a file.
 */
import { describeValue } from '../scenario/describe';
import { MAX_CONTAINER_NAME_CHARS, MAX_CORES, MAX_CPU_SHARES, MAX_PIDS, MIN_CPU_SHARES } from '../rules/index';

const TYPES = [
  'instance/add', 'instance/remove', 'instance/start', 'instance/stop', 'instance/set-limits',
  'instance/load', 'instance/write', 'instance/delete-file', 'instance/exploit',
  'instance/exit', 'instance/kill', 'instance/pause', 'instance/unpause', 'instance/suspend', 'instance/resume',
] as const;
const EXPLOITS = ['app', 'kernel'];
/** Longest instance name anywhere (a container's; a VM's is shorter and checked where it is added). */
const MAX_NAME_CHARS = MAX_CONTAINER_NAME_CHARS;
const MAX_PATH_CHARS = 4096;

type Fields = Record<string, unknown>;

function isRecord(v: unknown): v is Fields {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A byte count: a whole number from 0 to the largest the engine counts exactly. */
function bytesProblem(what: string, v: unknown, optional: boolean): string | null {
  if (v === undefined && optional) return null;
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) return `${what}: expected a whole number of bytes from 0 to ${Number.MAX_SAFE_INTEGER}, got ${describeValue(v)}`;
  return null;
}

function numberProblem(what: string, v: unknown, min: number, max: number): string | null {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max) return `${what}: expected a number from ${min} to ${max}, got ${describeValue(v)}`;
  return null;
}

function nameProblem(what: string, v: unknown): string | null {
  if (typeof v !== 'string' || v === '') return `${what}: expected the name of an instance, got ${describeValue(v)}`;
  if (v.length > MAX_NAME_CHARS) return `${what}: a name has at most ${MAX_NAME_CHARS} characters, got ${v.length}`;
  return null;
}

function specProblem(spec: unknown): string | null {
  if (!isRecord(spec)) return `spec: expected an instance, got ${describeValue(spec)}`;
  const named = nameProblem('spec.name', spec.name);
  if (named) return named;
  if (spec.kind === 'vm') {
    if (!Number.isInteger(spec.cpus) || (spec.cpus as number) < 1 || (spec.cpus as number) > MAX_CORES) return `spec.cpus: expected a whole number of vCPUs from 1 to ${MAX_CORES}, got ${describeValue(spec.cpus)}`;
    return bytesProblem('spec.memoryBytes', spec.memoryBytes, false) ?? bytesProblem('spec.diskBytes', spec.diskBytes, false);
  }
  if (spec.kind !== 'container') return `spec.kind: expected vm or container, got ${describeValue(spec.kind)}`;
  if (spec.memoryBytes !== null) {
    const p = bytesProblem('spec.memoryBytes', spec.memoryBytes, false);
    if (p) return p;
  }
  if (spec.memorySwapBytes !== null && spec.memorySwapBytes !== -1) {
    const p = bytesProblem('spec.memorySwapBytes', spec.memorySwapBytes, false);
    if (p) return p;
  }
  if (spec.cpus !== null) {
    const p = numberProblem('spec.cpus', spec.cpus, 0, MAX_CORES);
    if (p) return p;
  }
  if (!Number.isInteger(spec.cpuShares) || (spec.cpuShares as number) < MIN_CPU_SHARES || (spec.cpuShares as number) > MAX_CPU_SHARES) {
    return `spec.cpuShares: expected a whole number from ${MIN_CPU_SHARES} to ${MAX_CPU_SHARES}, got ${describeValue(spec.cpuShares)}`;
  }
  if (spec.pidsLimit !== null && (!Number.isInteger(spec.pidsLimit) || (spec.pidsLimit as number) < 1 || (spec.pidsLimit as number) > MAX_PIDS)) {
    return `spec.pidsLimit: expected a whole number from 1 to ${MAX_PIDS}, got ${describeValue(spec.pidsLimit)}`;
  }
  if (spec.in !== null && typeof spec.in !== 'string') return `spec.in: expected the name of a VM or null, got ${describeValue(spec.in)}`;
  if (!Array.isArray(spec.share)) return `spec.share: expected a list of namespaces, got ${describeValue(spec.share)}`;
  return null;
}

/** Why this is not an action the engine can act on (its shape); null when it is one. Ranges that depend on the run are checked where it applies. */
export function actionShapeProblem(action: unknown): string | null {
  if (!isRecord(action)) return `expected an action, got ${describeValue(action)}`;
  const type = action.type;
  if (typeof type !== 'string' || !(TYPES as readonly string[]).includes(type)) return `unknown action type ${describeValue(type)} (valid: ${TYPES.join(', ')})`;
  if (type === 'instance/add') return specProblem(action.spec);
  const named = nameProblem('name', action.name);
  if (named) return named;
  switch (type) {
    case 'instance/set-limits': {
      if (action.memoryBytes !== undefined && action.memoryBytes !== null) {
        const p = bytesProblem('memoryBytes', action.memoryBytes, false);
        if (p) return p;
      }
      if (action.cpus !== undefined && action.cpus !== null) return numberProblem('cpus', action.cpus, 0, MAX_CORES);
      return null;
    }
    case 'instance/load':
      return bytesProblem('memoryBytes', action.memoryBytes, true) ?? (action.cpu === undefined ? null : numberProblem('cpu', action.cpu, 0, MAX_CORES));
    case 'instance/write':
    case 'instance/delete-file': {
      const path = action.path;
      if (typeof path !== 'string' || !path.startsWith('/') || path.length > MAX_PATH_CHARS) return `path: expected an absolute path of at most ${MAX_PATH_CHARS} characters, got ${describeValue(path)}`;
      return type === 'instance/write' ? bytesProblem('sizeBytes', action.sizeBytes, false) : null;
    }
    case 'instance/exit':
      return Number.isInteger(action.exitCode) && (action.exitCode as number) >= 0 && (action.exitCode as number) <= 255
        ? null : `exitCode: expected a whole number from 0 to 255, got ${describeValue(action.exitCode)}`;
    case 'instance/exploit':
      return EXPLOITS.includes(action.kind as string) ? null : `kind: expected ${EXPLOITS.join(' or ')}, got ${describeValue(action.kind)}`;
    default:
      return null;
  }
}
