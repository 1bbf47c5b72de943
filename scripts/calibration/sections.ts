/** The generated tables of docs/calibration.md, one function per catalogue section. */
import type { Catalogue, ImageDef } from '@utsuwa/sim-core';
import { tagsOf } from '@utsuwa/sim-core/catalogue';
import { bytesText, cell, citedRow, CITED_HEADER, kindText, sourceLink, valueText, type Unit } from './format';

function sum(ms: number[]): number {
  return ms.reduce((a, b) => a + b, 0);
}

/** What the defaults add up to on an idle host, beside the measurements they should match. */
export function totals(c: Catalogue): string {
  const os = c.guestOses['ubuntu-22.04']!;
  const nginx = c.apps.nginx!;
  const vm = (profile: string): [string, number] => {
    const p = c.vmProfiles[profile]!;
    const fw = p.firmware?.ms.value ?? 0;
    const loader = p.directKernelBoot ? 0 : os.bootloader.ms.value;
    const kernel = p.kernelToInit ? p.kernelToInit.ms.value : p.bootScale.value * os.kernel.ms.value;
    const scaled = kernel + p.bootScale.value * os.init.ms.value;
    const total = sum([fw, loader, scaled, nginx.init.ms.value]);
    const boot = p.kernelToInit
      ? `${kernel} ms to init + ${p.bootScale.value} x ${os.init.ms.value / 1000} s`
      : `${p.bootScale.value} x ${(os.kernel.ms.value + os.init.ms.value) / 1000} s`;
    const parts = [fw ? `${fw / 1000} s` : '', loader ? `${loader / 1000} s` : '', boot, `${nginx.init.ms.value} ms`].filter(Boolean);
    return [parts.join(' + '), total];
  };
  const ct = (runtime: string): [string, number] => {
    const r = c.runtimes[runtime]!;
    const total = sum([r.create.ms.value, r.start.ms.value, nginx.init.ms.value]);
    return [`${r.create.ms.value} + ${r.start.ms.value} + ${nginx.init.ms.value} ms`, total];
  };
  const rows: Array<[string, [string, number], string]> = [
    ['Ubuntu 22.04 on kvm-qemu, nginx', vm('kvm-qemu'), '14.7 s (systemd-analyze-ubuntu), 18-41 s (ubuntu-slow-boot), 10.4 s Vagrant VM with nginx (vm-vs-container-timing)'],
    ['Ubuntu 22.04 on virtualbox, nginx', vm('virtualbox'), 'under a minute for `vagrant up` (vagrant-boot), plus Vagrant\'s import and SSH wait'],
    ['Ubuntu 22.04 on firecracker, nginx', vm('firecracker'), '<= 125 ms to /sbin/init with a minimal kernel and rootfs (firecracker-spec); Ubuntu\'s systemd still has all its units to start'],
    ['nginx:1.27 with runc', ct('runc'), '568 ms `docker run` on Premium SSD (docker-startup-khan), 0.2 s podman nginx (vm-vs-container-timing), 603 ms for `docker run --rm alpine true` (moby-42096)'],
    ['nginx:1.27 with gvisor', ct('gvisor'), 'runsc as fast as runc through Docker (1144 vs 1193 ms, gvisor-benchmarks); runsc create + start 81-280 ms (gvisor-cold-start)'],
    ['nginx:1.27 with kata', ct('kata'), '0.71 s to workload with QEMU, 0.39 s with Cloud Hypervisor (kata-metrics); 2.2 s in Kata 1.x (kata-runtime-1025)'],
  ];
  return ['| Instance | Sum of phases | Compare with |', '|---|---|---|',
    ...rows.map(([what, [parts, total], compare]) => `| ${what} | ${parts} = **${valueText(Math.round(total), 'ms')}** | ${cell(compare)} |`)].join('\n');
}

function imageBlock(image: ImageDef): string {
  const o = image.origin;
  const head = `### ${image.ref}\n\nTags: ${tagsOf(image).map((t) => `\`${t}\``).join(', ')}.` +
    (o ? ` Build: ${o.platform}, ${o.version}, built ${o.built}${o.digest ? `, manifest \`sha256:${o.digest.slice(0, 12)}…\`` : ''}.` : '') +
    ` Source: ${sourceLink(image.source)}.`;
  const rows = image.layers.map((l) => `| \`${l.id}\` | ${cell(l.createdBy.length > 90 ? `${l.createdBy.slice(0, 87)}...` : l.createdBy)} | ${bytesText(l.compressedBytes.value)} (${l.compressedBytes.kind}) | ${bytesText(l.sizeBytes.value)} (${kindText(l.sizeBytes, 'bytes').replace(/^estimate \((.*)\)$/, 'estimate $1')}) | ${sourceLink(l.compressedBytes.source)} |`);
  const down = image.layers.reduce((a, l) => a + l.compressedBytes.value, 0);
  const disk = image.layers.reduce((a, l) => a + l.sizeBytes.value, 0);
  return [head, '', '| Layer (bottom first) | Created by | Download | On disk | Source |', '|---|---|---|---|---|', ...rows,
    `| **total** | | **${bytesText(down)}** | **${bytesText(disk)}** | |`].join('\n');
}

export function images(c: Catalogue): string {
  return Object.values(c.images).map(imageBlock).join('\n\n');
}

function table(rows: string[]): string {
  return [CITED_HEADER, ...rows].join('\n');
}

export function guestOses(c: Catalogue): string {
  return Object.values(c.guestOses).map((g) => `### ${g.id}\n\n` + table([
    citedRow(`boot: ${g.bootloader.name} (${g.bootloader.kind})`, g.bootloader.ms, 'ms'),
    citedRow(`boot: ${g.kernel.name} (${g.kernel.kind})`, g.kernel.ms, 'ms'),
    citedRow(`boot: ${g.init.name} (${g.init.kind})`, g.init.ms, 'ms'),
    citedRow('kernel memory after boot', g.kernelMemoryBytes, 'bytes'),
    citedRow('services memory after boot', g.servicesMemoryBytes, 'bytes'),
    citedRow('installed disk', g.diskBytes, 'bytes'),
    citedRow('read from disk while booting (on the host\'s shared disk)', g.bootReadBytes, 'bytes'),
    ...(g.shutdownMs ? [citedRow('clean shutdown (vagrant halt, ACPI)', g.shutdownMs, 'ms')] : []),
  ])).join('\n\n');
}

export function vmProfiles(c: Catalogue): string {
  return Object.values(c.vmProfiles).map((p) => `### ${p.id} (${p.label})\n\n` + table([
    ...(p.firmware ? [citedRow(`firmware (${p.firmware.kind})`, p.firmware.ms, 'ms')] : []),
    ...(p.kernelToInit ? [citedRow(`start to the guest's init, replacing the guest kernel phase (${p.kernelToInit.kind})`, p.kernelToInit.ms, 'ms')] : []),
    citedRow('boot scale on guest kernel + init', p.bootScale, 'factor'),
    citedRow('VMM memory overhead', p.vmmOverheadBytes, 'bytes'),
    citedRow('CPU slowdown', p.cpuOverhead, 'percent'),
    citedRow('I/O slowdown (time per I/O)', p.ioOverhead, 'percent'),
    citedRow('added network round trip', p.networkRttUs, 'µs'),
  ]) + (p.firmware ? '' : '\n\nNo firmware phase: the kernel is booted directly.')).join('\n\n');
}

export function runtimes(c: Catalogue): string {
  return Object.values(c.runtimes).map((r) => `### ${r.id} (${r.label})\n\n` + table([
    citedRow(`${r.create.name} (${r.create.kind})`, r.create.ms, 'ms'),
    citedRow(`${r.start.name} (${r.start.kind})`, r.start.ms, 'ms'),
    citedRow('sandbox memory', r.sandboxMemoryBytes, 'bytes'),
    citedRow('system-call slowdown', r.syscallOverhead, 'percent'),
    citedRow('CPU slowdown', r.cpuOverhead, 'percent'),
    citedRow('I/O slowdown', r.ioOverhead, 'percent'),
  ])).join('\n\n');
}

export function apps(c: Catalogue): string {
  return table(Object.values(c.apps).flatMap((a) => [
    citedRow(`${a.id}: ${a.init.name} (exec to serving)`, a.init.ms, 'ms'),
    citedRow(`${a.id}: memory once idle${a.listensOn.length ? ` (listens on ${a.listensOn.join(', ')})` : ''}`, a.memoryBytes, 'bytes'),
    ...(a.exitsAfter ? [citedRow(`${a.id}: exits with status ${a.exitsAfter.code} after`, a.exitsAfter.ms, 'ms')] : []),
    ...(a.stop ? [citedRow(`${a.id}: exits on docker stop's ${a.stop.signal} after`, a.stop.ms, 'ms')] : []),
  ])) + '\n\n' + `Ignore \`docker stop\`'s SIGTERM as PID 1 (killed after Docker's grace, exit 137): ${Object.values(c.apps).filter((a) => a.stop === null).map((a) => a.id).join(', ')}.`;
}

export function host(c: Catalogue): string {
  return table([
    citedRow('Linux host OS memory', c.host.linuxBaseMemoryBytes, 'bytes'),
    citedRow('Windows host OS memory', c.host.windowsBaseMemoryBytes, 'bytes'),
    citedRow('one stream on the host disk (layer extraction, a guest\'s boot reads)', c.host.diskBytesPerSecond, 'per-second'),
  ]) + `\n\nHost kernel (\`uname -r\`): ${c.host.linuxKernelVersion}.`;
}

const FIGURE_UNIT: Record<string, Unit> = { ms: 'ms', bytes: 'bytes', ns: 'ns', 'µs': 'µs', ratio: 'ratio', 'per-second': 'per-second', count: 'count' };

export function figures(c: Catalogue): string {
  return ['| Figure | Value | Kind | What the source states, or why this estimate | For | Source |', '|---|---|---|---|---|---|',
    ...(c.figures ?? []).map((f) => {
      const unit = FIGURE_UNIT[f.unit] ?? 'ratio';
      const row = citedRow(f.what, f.value, unit).split(' | ');
      // citedRow gives "| what | value | kind | statement | source |"; insert "for" before the source.
      return [...row.slice(0, 4), cell(f.usedFor), row[4]].join(' | ');
    })].join('\n');
}

export function sources(c: Catalogue): string {
  return Object.values(c.sources).map((s) => {
    const link = s.url.startsWith('http') ? `<${s.url}>` : `[${s.url}](${s.url.replace('docs/calibration.md', '')})`;
    return `- <a id="src-${s.id}"></a>**${s.id}**: ${s.title}. ${link}. ${s.measured}`;
  }).join('\n');
}
