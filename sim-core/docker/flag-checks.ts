/**
 * What each flag's Value.Set accepts, as the docker CLI checks it while parsing (before the
 * daemon sees anything): pflag's own types, docker's opts types (MemBytes, MemSwapBytes,
 * NanoCPUs, ListOpts with their validators, FilterOpt, UlimitOpt) with their error texts
 * (docker/cli v27.3.1 opts/*.go, go-units ulimit.go).
 */
import type { FlagDef, SetCheck } from '../terminal/flags';
import { parseBool, parseCpus, parseDuration, parseFloat, parseInt, parseUint, ramInBytes } from './go-parse';
import { parseMountFlag } from './mounts';

const err = (r: { ok: boolean; error?: string }): string | null => (r.ok ? null : r.error!);

/** opts.ValidateEnv: only an empty name is refused. */
function validateEnv(v: string): string | null {
  return v.split('=')[0] === '' ? `invalid environment variable: ${v}` : null;
}

/** opts.ValidateLabel. */
function validateLabel(v: string): string | null {
  const key = v.split('=')[0]!;
  if (key.trim() === '') return `invalid label '${v}': empty name`;
  if (/\s/.test(key)) return `label '${key}' contains whitespaces`;
  return null;
}

/** container/opts.go validateAttach. */
function validateAttach(v: string): string | null {
  return ['stdin', 'stdout', 'stderr'].includes(v.toLowerCase()) ? null : 'valid streams are STDIN, STDOUT and STDERR';
}

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
const looksLikeIp = (v: string): boolean => IPV4.test(v) || (/^[0-9a-fA-F:.]+$/.test(v) && v.includes(':'));

/** opts.ValidateIPAddress (--dns). */
function validateIp(v: string): string | null {
  return looksLikeIp(v.trim()) ? null : `IP address is not correctly formatted: ${v}`;
}

/** opts.ValidateDNSSearch (--dns-search): `.` or a domain name. */
export function validateDnsSearch(v: string): string | null {
  const d = v.trim();
  if (d === '.') return null;
  const label = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
  const ok = /[a-zA-Z]/.test(d) && new RegExp(`^${label}(?:\\.${label})*\\.?\\s*$`).test(d) && d.length < 255;
  return ok ? null : `${d} is not a valid domain`;
}

/** opts.ValidateIPAddress, exported for the scenario's `dns` field. */
export function dnsServerProblem(v: string): string | null {
  return validateIp(v);
}

/**
 * opts.ValidateExtraHost (--add-host host:ip, or host=ip since 25.0; `host-gateway` allowed):
 * what the CLI hands the API, `host:ip` with the address as typed but out of its brackets.
 */
export function parseExtraHost(v: string): { ok: true; value: string } | { ok: false; error: string } {
  const cut = v.includes('=') ? v.indexOf('=') : v.indexOf(':');
  const name = v.slice(0, Math.max(0, cut));
  if (cut <= 0 || name.includes(':')) return { ok: false, error: `bad format for add-host: "${v}"` };
  const ip = v.slice(cut + 1).replace(/^\[(.*)\]$/, '$1');
  if (ip === 'host-gateway' || looksLikeIp(ip)) return { ok: true, value: `${name}:${ip}` };
  return { ok: false, error: `invalid IP address in add-host: "${ip}"` };
}

function validateExtraHost(v: string): string | null {
  const r = parseExtraHost(v);
  return r.ok ? null : r.error;
}

/** opts.ValidateLink: `name` or `name:alias`. */
function validateLink(v: string): string | null {
  if (v === '') return 'empty string specified for links';
  return v.split(':').length > 2 ? `bad format for links: ${v}` : null;
}

const ULIMITS = new Set(['core', 'cpu', 'data', 'fsize', 'locks', 'memlock', 'msgqueue', 'nice', 'nofile', 'nproc', 'rss', 'rtprio', 'rttime', 'sigpending', 'stack']);

/** go-units ParseUlimit: `nofile=1024[:2048]`. */
export function validateUlimit(v: string): string | null {
  const parts = v.split('=');
  if (parts.length !== 2) return `invalid ulimit argument: ${v}`;
  if (!ULIMITS.has(parts[0]!)) return `invalid ulimit type: ${parts[0]}`;
  const limits = parts[1]!.split(':');
  if (limits.length > 2) return `too many limit value arguments - ${parts[1]}, can only have up to two, \`soft[:hard]\``;
  const nums: number[] = [];
  for (const l of limits) {
    const n = parseInt(l);
    if (!n.ok) return n.error;
    nums.push(n.value);
  }
  if (nums.length === 2 && nums[0] !== -1 && nums[1] !== -1 && nums[0]! > nums[1]!) {
    return `ulimit soft limit must be less than or equal to hard limit: ${nums[0]} > ${nums[1]}`;
  }
  return null;
}

const LIST_CHECKS: Record<string, (v: string) => string | null> = {
  env: validateEnv,
  label: validateLabel,
  attach: validateAttach,
  dns: validateIp,
  'dns-search': validateDnsSearch,
  'add-host': validateExtraHost,
  link: validateLink,
};

/** The check pflag runs through Value.Set for a docker flag; null accepts. */
export const dockerSetCheck: SetCheck = (def: FlagDef, value: string): string | null => {
  switch (def.type) {
    case 'bool': return err(parseBool(value));
    case 'int': case 'int64': return err(parseInt(value, 64));
    case 'uint16': return err(parseUint(value, 16));
    case 'uint32': return err(parseUint(value, 32));
    case 'uint': case 'uint64': return err(parseUint(value, 64));
    case 'float': return err(parseFloat(value));
    case 'duration': return err(parseDuration(value));
    // MemSwapBytes takes -1 (unlimited swap) besides a size.
    case 'bytes': return def.name === 'memory-swap' && value === '-1' ? null : err(ramInBytes(value));
    case 'decimal': return err(parseCpus(value));
    case 'filter': return value.includes('=') ? null : 'bad format of filter (expected name=value)';
    case 'ulimit': return validateUlimit(value);
    case 'mount': return err(parseMountFlag(value));
    case 'list': return LIST_CHECKS[def.name]?.(value) ?? null;
    default: return null;
  }
};
