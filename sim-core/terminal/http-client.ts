/**
 * `curl URL` and BusyBox `wget -O- URL`: what a learner types after `docker run -p 8080:80
 * nginx`. The request goes where the kernel would send it: a published port on the daemon's
 * machine (docker-proxy, which accepts and then resets when nothing serves behind it), a
 * container's own address on a bridge, or a name the network's DNS resolves. What answers is
 * the container's app: nginx and httpd serve their default page from the container's
 * filesystem (a page the container changed has only its size in the model); the databases
 * answer HTTP as they really do; other servers are said to answer, their pages not simulated.
 */
import type { Simulation, InstanceRecord } from '../engine/state';
import type { ContainerSpec } from '../scenario/types';
import { containerNetInterfaces } from '../engine/addresses';
import { layerIndex } from '../engine/catalogue-index';
import { resolvePath } from '../unionfs/index';
import { fileText } from '../catalogue/file-texts';
import type { CommandResult } from './types';
import { fail, ok } from './types';
import type { Place } from './place';
import { containerBindings } from './docker-ports';
import { resolveFrom } from './name-lookup';

type ContainerRecord = InstanceRecord & { spec: ContainerSpec };

interface Url {
  host: string;
  port: number;
  path: string;
}

function parseUrl(text: string): Url | null {
  const m = /^(?:(https?):\/\/)?(\[[^\]]+\]|[^/:?#]+)(?::(\d+))?([^?#]*)/.exec(text);
  if (!m) return null;
  const scheme = m[1] ?? 'http';
  return { host: m[2]!.replace(/^\[|\]$/g, ''), port: m[3] ? Number(m[3]) : scheme === 'https' ? 443 : 80, path: m[4] || '/' };
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '0.0.0.0', '::1', '::']);

function kernelOf(place: Place): string | null {
  return place.kind === 'host' ? null : place.kind === 'vm' ? place.where : null;
}

function listensOn(sim: Simulation, c: ContainerRecord): number[] {
  const image = sim.catalogue.images[c.spec.image];
  return image ? sim.catalogue.apps[image.app]?.listensOn ?? [] : [];
}

function up(inst: InstanceRecord): boolean {
  return inst.state === 'running' || inst.state === 'booting';
}

type Target = { container: ContainerRecord; port: number; viaProxy: boolean } | { refused: true } | { unresolved: true };

/** Where a connection to host:port from this place lands. */
function targetOf(sim: Simulation, place: Place, url: Url): Target {
  const containers = sim.state.order.map((n) => sim.state.instances[n]!).filter((i): i is ContainerRecord => i.spec.kind === 'container' && up(i));
  const local = LOOPBACK.has(url.host) || url.host === place.view.hostname;
  if (place.kind === 'container') {
    const self = sim.state.instances[place.where] as ContainerRecord;
    if (local) return listensOn(sim, self).includes(url.port) ? { container: self, port: url.port, viaProxy: false } : { refused: true };
  } else if (local) {
    // The daemon of this machine: a published port (docker-proxy), or a --network host container.
    const daemon = kernelOf(place);
    for (const c of containers) {
      if ((c.spec.in ?? null) !== daemon) continue;
      if (c.spec.share.includes('net') && listensOn(sim, c).includes(url.port)) return { container: c, port: url.port, viaProxy: false };
      const b = containerBindings(sim, c.spec.name).find((x) => x.hostPort === url.port && x.protocol === 'tcp');
      if (b) return { container: c, port: b.containerPort, viaProxy: true };
    }
    return { refused: true };
  }
  let ip = url.host;
  if (!/^\d+\.\d+\.\d+\.\d+$/.test(ip)) {
    const resolved = place.kind === 'container' ? resolveFrom(sim, place.where, url.host) : null;
    if (resolved === null) return { unresolved: true };
    ip = resolved;
  }
  const kernel = place.kind === 'container' ? (sim.state.instances[place.where]!.spec as ContainerSpec).in ?? null : kernelOf(place);
  for (const c of containers) {
    if ((c.spec.in ?? null) !== kernel) continue;
    if (containerNetInterfaces(sim, c.spec.name).some((i) => i.address?.split('/')[0] === ip)) {
      return listensOn(sim, c).includes(url.port) ? { container: c, port: url.port, viaProxy: false } : { refused: true };
    }
  }
  return { refused: true };
}

/** The page a web server's document root holds at `path`, from the container's merged filesystem. */
function servedFile(sim: Simulation, c: ContainerRecord, root: string, path: string): { text: string } | { changedBytes: number } | null {
  const file = `${root}${path.endsWith('/') ? `${path}index.html` : path}`;
  if (!c.upper) return null;
  const r = resolvePath(c.upper, layerIndex(sim.catalogue), file);
  if (!r.found) return null;
  if (r.source === 'upper') return { changedBytes: r.sizeBytes };
  const text = fileText(r.source.layerId, file);
  return text === null ? { changedBytes: r.sizeBytes } : { text };
}

const NGINX_404 = (version: string) => `<html>\n<head><title>404 Not Found</title></head>\n<body>\n<center><h1>404 Not Found</h1></center>\n<hr><center>nginx/${version}</center>\n</body>\n</html>`;
const HTTPD_404 = '<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<html><head>\n<title>404 Not Found</title>\n</head><body>\n<h1>Not Found</h1>\n<p>The requested URL was not found on this server.</p>\n</body></html>';

interface Answer {
  /** What the response body is, or the client error curl reports (its exit code). */
  body?: string;
  status?: number;
  curlError?: { code: number; message: string };
  note?: string;
}

function answer(sim: Simulation, c: ContainerRecord, port: number, url: Url): Answer {
  const image = sim.catalogue.images[c.spec.image]!;
  const app = image.app;
  const version = /nginx ([\d.]+)/.exec(image.origin?.version ?? '')?.[1] ?? '';
  const web = (root: string, notFound: string): Answer => {
    const page = servedFile(sim, c, root, url.path);
    if (page === null) return { status: 404, body: notFound };
    if ('text' in page) return { status: 200, body: page.text.replace(/\n$/, '') };
    return { status: 200, note: `(utsuwa: ${c.spec.name} serves ${url.path} (${page.changedBytes} bytes); the model keeps the sizes of files, not their contents)` };
  };
  switch (app) {
    case 'nginx': return web('/usr/share/nginx/html', NGINX_404(version));
    case 'httpd': return web('/usr/local/apache2/htdocs', HTTPD_404);
    // redis drops a connection that sends HTTP headers (its cross-protocol guard); postgres closes an unknown startup packet.
    case 'redis':
    case 'postgres': return { curlError: { code: 52, message: 'Empty reply from server' } };
    // The MySQL protocol starts with the server's binary greeting, which curl refuses as HTTP/0.9.
    case 'mysql':
    case 'mariadb': return { curlError: { code: 1, message: 'Received HTTP/0.9 when not allowed' } };
    case 'mongo': return { status: 200, body: 'It looks like you are trying to access MongoDB over HTTP on the native driver port.' };
  }
  return { status: 200, note: `(utsuwa: ${c.spec.name} (${image.ref}) answers HTTP on port ${port}; its pages are not simulated)` };
}

/** The request: the body curl prints, or its error. */
function request(sim: Simulation, place: Place, url: Url): Answer & { connectError?: { code: number; message: string } } {
  const t = targetOf(sim, place, url);
  const hostPort = `${url.host} port ${url.port}`;
  if ('unresolved' in t) return { connectError: { code: 6, message: `Could not resolve host: ${url.host}` } };
  if ('refused' in t) return { connectError: { code: 7, message: `Failed to connect to ${hostPort} after 0 ms: Couldn't connect to server` } };
  const c = t.container;
  const serving = c.state === 'running' && !c.paused && listensOn(sim, c).includes(t.port);
  if (c.paused) return { note: `(utsuwa: ${c.spec.name} is paused: the connection waits until curl gives up)`, connectError: { code: 28, message: `Failed to connect to ${hostPort} after 0 ms: Timeout was reached` } };
  if (!serving) {
    // docker-proxy accepted the connection and finds nothing behind it.
    return t.viaProxy ? { connectError: { code: 56, message: 'Recv failure: Connection reset by peer' } } : { connectError: { code: 7, message: `Failed to connect to ${hostPort} after 0 ms: Couldn't connect to server` } };
  }
  return answer(sim, c, t.port, url);
}

/** `curl [-s] [-f] [-L] [-o FILE] URL`. */
export function curl(sim: Simulation, place: Place, args: readonly string[]): CommandResult {
  let silent = false;
  let failOnError = false;
  const urls: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '-o' || a === '--output' || a === '-H' || a === '--header' || a === '-X' || a === '-m' || a === '--max-time' || a === '-w') i++;
    else if (/^-[a-zA-Z]+$/.test(a)) {
      if (a.includes('s')) silent = true;
      if (a.includes('f')) failOnError = true;
    } else if (!a.startsWith('-')) urls.push(a);
  }
  if (urls.length === 0) return fail("curl: try 'curl --help' or 'curl --manual' for more information", 2);
  const url = parseUrl(urls[0]!);
  if (!url) return fail(`curl: (3) URL rejected: Malformed input to a URL function`, 3);
  const r = request(sim, place, url);
  const err = r.connectError ?? r.curlError;
  if (err) return fail([r.note, silent ? null : `curl: (${err.code}) ${err.message}`].filter((x): x is string => !!x).join('\n'), err.code);
  if (failOnError && (r.status ?? 200) >= 400) return fail(silent ? '' : `curl: (22) The requested URL returned error: ${r.status}`, 22);
  return ok(r.body ?? r.note ?? '');
}

/** BusyBox `wget -qO- URL` (and `-O -`): the body on standard output; its own error words. */
export function wget(sim: Simulation, place: Place, args: readonly string[]): CommandResult {
  const toStdout = args.some((a, i) => /^-\w*O-$/.test(a) || (/^-\w*O$/.test(a) && args[i + 1] === '-'));
  const quiet = args.some((a) => /^-\w*q/.test(a));
  const target = args.filter((a, i) => !a.startsWith('-') && !(args[i - 1] !== undefined && /^-\w*O$/.test(args[i - 1]!))).pop();
  if (target === undefined) return fail('BusyBox v1.36.1 multi-call binary.\n\nUsage: wget [-cqS] [-O FILE] URL...', 1);
  const url = parseUrl(target);
  if (!url) return fail(`wget: bad address '${target}'`, 1);
  const r = request(sim, place, url);
  const head = quiet ? [] : [`Connecting to ${url.host}${url.port === 80 ? '' : `:${url.port}`}`];
  if (r.connectError?.code === 6) return fail(`wget: bad address '${url.host}'`, 1);
  if (r.connectError) return fail([...head, r.connectError.code === 56 ? 'wget: error getting response: Connection reset by peer' : "wget: can't connect to remote host: Connection refused"].join('\n'), 1);
  if (r.curlError) return fail([...head, 'wget: error getting response'].join('\n'), 1);
  if ((r.status ?? 200) >= 400) return fail([...head, `wget: server returned error: HTTP/1.1 ${r.status} Not Found`].join('\n'), 1);
  if (!toStdout) return ok([...head, "(utsuwa: wget saves to a file here; use wget -qO- URL to print the page)"].join('\n'));
  return ok([...head, r.body ?? r.note ?? ''].join('\n'));
}

/**
 * Whether the place has the tool: the host and the Linux guests have curl (and BusyBox wget on
 * Alpine); a container has what its image's layers install (nginx's and buildpack-deps' install
 * curl; BusyBox images have wget), so `curl` in debian:12 is "command not found", as it is.
 */
export function hasHttpTool(sim: Simulation, place: Place, tool: 'curl' | 'wget'): boolean {
  const busybox = place.identity.userland === 'busybox';
  if (place.kind !== 'container') return tool === 'curl' ? !busybox : true;
  if (tool === 'wget' && busybox) return true;
  const spec = sim.state.instances[place.where]?.spec;
  const image = spec?.kind === 'container' ? sim.catalogue.images[spec.image] : undefined;
  const installs = new RegExp(`(apt-get install|apk add)[^&|]*\\b${tool}\\b`);
  return image?.layers.some((l) => installs.test(l.createdBy)) ?? false;
}
