import type { Report, InstanceReport } from './types';
import { formatBytes, formatDuration, formatRatio } from '../format/index';

function seconds(ms: number | null): string {
  return ms === null ? '—' : formatDuration(ms);
}

function size(bytes: number): string {
  return bytes === 0 ? '0' : formatBytes(bytes);
}

function kernelText(i: InstanceReport): string {
  if (i.kernel === 'host') return 'host (shared)';
  if (i.kernel === i.name) return i.kind === 'vm' ? 'own (guest)' : 'own (sandbox)';
  return `${i.kernel} (shared)`;
}

function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows.map((r) => r.map((cell, c) => cell.padEnd(widths[c]!)).join('  ').trimEnd());
}

function ratio(a: number, b: number): string {
  return formatRatio(a / b);
}

/**
 * The textbook comparison: the slowest-to-boot VM against the quickest container on the host
 * (a container inside a VM counts its VM's boot in its readyMs, so it is no counterpart).
 */
function comparison(report: Report): string[] {
  const vms = report.instances.filter((i) => i.kind === 'vm' && i.readyMs !== null);
  const cts = report.instances.filter((i) => i.kind === 'container' && i.readyMs !== null && (i.in ?? 'host') === 'host');
  if (vms.length === 0 || cts.length === 0) return [];
  const vm = vms.reduce((a, b) => (a.readyMs! >= b.readyMs! ? a : b));
  const ct = cts.reduce((a, b) => (a.readyMs! <= b.readyMs! ? a : b));
  const lines = ['', 'VM vs container'];
  lines.push(`  ready:  ${vm.name} ${seconds(vm.readyMs)}  vs  ${ct.name} ${seconds(ct.readyMs)}  (${ratio(vm.readyMs!, Math.max(1, ct.readyMs!))} longer)`);
  if (ct.memoryBytes > 0) lines.push(`  memory: ${vm.name} ${size(vm.memoryBytes)}  vs  ${ct.name} ${size(ct.memoryBytes)}  (${ratio(vm.memoryBytes, ct.memoryBytes)} more)`);
  const ctDisk = ct.diskBytes + ct.imageBytes;
  if (ctDisk > 0) lines.push(`  disk:   ${vm.name} ${size(vm.diskBytes)}  vs  ${ct.name} ${size(ctDisk)} of image and writable layer (${ratio(vm.diskBytes, ctDisk)} more; the image's layers are shared by every container of it)`);
  lines.push(`  kernel: ${vm.name} boots its own; ${ct.name} ${ct.kernel === 'host' ? 'shares the host\'s' : `uses ${ct.kernel === ct.name ? 'its own sandbox kernel' : `${ct.kernel}'s`}`}`);
  return lines;
}

/** The runner's report for people: a table per instance, the comparison, the incidents. */
export function formatReportText(report: Report): string {
  const out: string[] = [];
  out.push(`${report.scenario}  (seed ${report.seed}, ${seconds(report.simulatedMs)} simulated, ${report.events} events)`);
  out.push('');
  const rows = [['NAME', 'KIND', 'STATE', 'READY', 'MEMORY', 'DISK (own)', 'IMAGE (shared)', 'KERNEL']];
  for (const i of report.instances) {
    const state = i.exitCode !== undefined ? `${i.state} (${i.exitCode})` : i.state;
    rows.push([i.name, i.kind, state, seconds(i.readyMs), size(i.memoryBytes), size(i.diskBytes), size(i.imageBytes), kernelText(i)]);
  }
  out.push(...(report.instances.length > 0 ? table(rows) : ['(no instances)']));
  out.push(...comparison(report));
  out.push('');
  const d = report.host.disk;
  const parts = [`image layers ${size(d.imagesBytes)}`];
  if (d.pullingBytes > 0) parts.push(`being pulled ${size(d.pullingBytes)}`);
  parts.push(`writable layers ${size(d.writableBytes)}`, `VM disks ${size(d.vmDisksBytes)}`);
  if (d.logsBytes > 0) parts.push(`container logs ${size(d.logsBytes)}`);
  const swap = report.host.swap ? `, ${size(report.host.swap.usedBytes)} of ${size(report.host.swap.totalBytes)} swap` : '';
  out.push(`Host: ${size(report.host.memoryUsedBytes)} of ${size(report.host.memoryTotalBytes)} memory in use (its own OS included)${swap}; ${size(report.host.diskUsedBytes)} of disk used by the instances (${parts.join(', ')})`);
  out.push('');
  if (report.incidents.length === 0) {
    out.push('No incidents.');
  } else {
    out.push('Incidents');
    out.push(...table(report.incidents.map((e) => ['  ' + seconds(e.atMs), e.type, e.target, e.detail])));
  }
  return out.join('\n');
}
