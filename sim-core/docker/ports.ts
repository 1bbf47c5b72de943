/**
 * Published ports as `docker run -p` reads them (docker/cli v27.3.1
 * container/opts.go convertToStandardNotation, then go-connections v0.5.0
 * nat.ParsePortSpec): `80`, `8080:80`, `127.0.0.1:8080:80/udp`, `[::1]:80:80`,
 * `8000-8002:8000-8002` (one binding per port), `8000-8010:80` (a host range to pick from),
 * and the long form `published=8080,target=80,protocol=udp`. Errors in their words.
 */
import type { PortBinding } from '../scenario/types';
import { goQuote, type Parsed } from './go-parse';

const PROTOCOLS = ['tcp', 'udp', 'sctp'] as const;

/** strconv.ParseUint(s, 10, 16), as nat.ParsePortRange calls it. */
function portNumber(s: string): Parsed<number> {
  if (!/^\d+$/.test(s)) return { ok: false, error: `strconv.ParseUint: parsing ${goQuote(s)}: invalid syntax` };
  const n = Number(s);
  return n > 65535 ? { ok: false, error: `strconv.ParseUint: parsing ${goQuote(s)}: value out of range` } : { ok: true, value: n };
}

/** nat.ParsePortRange: `80` or `8000-9000`, each a uint16, with its errors. */
export function parsePortRange(text: string): Parsed<[number, number]> {
  if (text === '') return { ok: false, error: 'empty string specified for ports' };
  const parts = text.split('-');
  const start = portNumber(parts[0]!);
  if (!start.ok) return start;
  if (parts.length === 1) return { ok: true, value: [start.value, start.value] };
  const end = portNumber(parts[1]!);
  if (!end.ok) return end;
  if (end.value < start.value) return { ok: false, error: `invalid range specified for port: ${text}` };
  return { ok: true, value: [start.value, end.value] };
}

/** One `--expose` value (`80`, `8000-8010/udp`) checked as container/opts.go checks it; null when fine. */
export function exposeProblem(e: string): string | null {
  if (e.includes(':')) return `invalid port format for --expose: ${e}`;
  const port = e.split('/')[0]!;
  const r = parsePortRange(port);
  return r.ok ? null : `invalid range format for --expose: ${e}, error: ${r.error}`;
}

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
const IPV6 = /^[0-9a-fA-F:]*:[0-9a-fA-F:.]*$/;

/** The long syntax `published=8080,target=80[,protocol=udp]` in the short one. */
function standardNotation(spec: string): Parsed<string> {
  if (!spec.includes('=')) return { ok: true, value: spec };
  const params: Record<string, string> = { protocol: 'tcp' };
  for (const param of spec.split(',')) {
    const eq = param.indexOf('=');
    if (eq <= 0) return { ok: false, error: `invalid publish opts format (should be name=value but got '${param}')` };
    params[param.slice(0, eq)] = param.slice(eq + 1);
  }
  return { ok: true, value: `${params.published ?? ''}:${params.target ?? ''}/${params.protocol}` };
}

/** One `-p` value as the bindings it makes (one per container port). */
export function parsePublish(raw: string): Parsed<PortBinding[]> {
  const std = standardNotation(raw);
  if (!std.ok) return std;
  const rawPort = std.value;
  const parts = rawPort.split(':');
  const n = parts.length;
  let containerPart = parts[n - 1]!;
  const hostPart = n >= 2 ? parts[n - 2]! : '';
  let ip = n >= 3 ? parts.slice(0, n - 2).join(':') : '';
  const slash = containerPart.indexOf('/');
  let proto = 'tcp';
  if (slash >= 0) {
    proto = containerPart.slice(slash + 1) || 'tcp';
    containerPart = containerPart.slice(0, slash);
  }
  if (ip.startsWith('[')) {
    if (!ip.endsWith(']')) return { ok: false, error: `invalid IP address ${ip}: address ${ip}: missing ']' in address` };
    ip = ip.slice(1, -1);
  }
  if (ip !== '' && !IPV4.test(ip) && !IPV6.test(ip)) return { ok: false, error: `invalid IP address: ${ip}` };
  if (containerPart === '') return { ok: false, error: `no port specified: ${rawPort}<empty>` };
  const ctr = parsePortRange(containerPart);
  if (!ctr.ok) return { ok: false, error: `invalid containerPort: ${containerPart}` };
  let host: [number, number] | null = null;
  if (hostPart !== '') {
    const h = parsePortRange(hostPart);
    if (!h.ok) return { ok: false, error: `invalid hostPort: ${hostPart}` };
    host = h.value;
  }
  const [start, end] = ctr.value;
  if (host && end - start !== host[1] - host[0] && end !== start) {
    return { ok: false, error: `invalid ranges specified for container and host Ports: ${containerPart} and ${hostPart}` };
  }
  const protocol = proto.toLowerCase();
  if (!(PROTOCOLS as readonly string[]).includes(protocol)) return { ok: false, error: `invalid proto: ${proto}` };
  const out: PortBinding[] = [];
  for (let p = start; p <= end; p++) {
    const binding: PortBinding = { containerPort: p, protocol: protocol as PortBinding['protocol'], hostPort: host ? host[0] + (p - start) : null, hostIp: ip };
    if (host && start === end && host[0] !== host[1]) binding.hostPortEnd = host[1];
    out.push(binding);
  }
  return { ok: true, value: out };
}

/** A binding back in `-p` syntax: `8080:80`, `127.0.0.1:8080:80/udp`, `80`, `[::1]:8080:80`. */
export function publishText(b: PortBinding): string {
  const proto = b.protocol === 'tcp' ? '' : `/${b.protocol}`;
  const host = b.hostPort === null ? '' : b.hostPortEnd !== undefined ? `${b.hostPort}-${b.hostPortEnd}` : String(b.hostPort);
  const ip = b.hostIp.includes(':') ? `[${b.hostIp}]` : b.hostIp;
  if (ip !== '') return `${ip}:${host}:${b.containerPort}${proto}`;
  if (host !== '') return `${host}:${b.containerPort}${proto}`;
  return `${b.containerPort}${proto}`;
}
