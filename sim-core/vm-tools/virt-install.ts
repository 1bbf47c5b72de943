/**
 * A VmSpec as the `virt-install` line that creates the same KVM guest, and such a line read
 * back: `--name`, `--vcpus`, `--memory` (MiB), `--disk size=` (GiB), `--os-variant`
 * (osinfo-db ids), `--import`, `--memballoon virtio,freePageReporting=on` (the VM's balloon option). The apps the guest runs are not virt-install's business: a
 * comment line after it says what to install, and is read back too.
 */
import type { VmSpec } from '../scenario/types';
import { appsInstalledBy, installLine, OS_VARIANT } from './boxes';
import { splitWords, shellQuote } from '../docker/shell-words';

const MiB = 1024 * 1024;
const GiB = 1024 * MiB;

export function virtInstallLine(vm: VmSpec): string {
  const words = [
    'virt-install', '--name', vm.name, '--vcpus', String(vm.cpus), '--memory', String(Math.round(vm.memoryBytes / MiB)),
    '--disk', `size=${vm.diskBytes / GiB}`, '--os-variant', OS_VARIANT[vm.os] ?? vm.os, '--import',
    // libvirt's <memballoon model='virtio' freePageReporting='on'/>, which virt-install's sub-options mirror.
    ...(vm.balloon === 'free-page-reporting' ? ['--memballoon', 'virtio,freePageReporting=on'] : []),
  ];
  const line = words.map(shellQuote).join(' ');
  const install = installLine(vm.os, vm.apps);
  return install ? `${line}\n# then, in the guest: ${install}` : line;
}

export type VirtInstallParse =
  | { ok: true; spec: VmSpec; notSimulated: string[] }
  | { ok: false; error: string };

/** A virt-install line (and its install comment) back to a VmSpec; `defaults` fills what it leaves out. */
export function parseVirtInstall(text: string, defaults: Pick<VmSpec, 'cpus' | 'memoryBytes' | 'diskBytes' | 'os'>): VirtInstallParse {
  const [first = '', ...comments] = text.split('\n');
  const split = splitWords(first);
  if (!split.ok || split.words[0] !== 'virt-install') return { ok: false, error: 'expected a line starting with virt-install' };
  const spec: VmSpec = { kind: 'vm', name: '', profile: 'kvm-qemu', os: defaults.os, cpus: defaults.cpus, memoryBytes: defaults.memoryBytes, diskBytes: defaults.diskBytes, apps: [] };
  const notSimulated: string[] = [];
  const words = split.words.slice(1);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const eq = w.indexOf('=');
    const [flag, inline] = w.startsWith('--') && eq > 0 ? [w.slice(0, eq), w.slice(eq + 1)] : [w, undefined];
    const value = (): string => inline ?? words[++i] ?? '';
    switch (flag) {
      case '--name': case '-n': spec.name = value(); break;
      case '--vcpus': {
        // `2` or `vcpus=2,maxvcpus=4`
        const v = value();
        const n = Number((/(?:^|,)(?:vcpus=)?(\d+)(?:,|$)/.exec(v) ?? [])[1]);
        if (!Number.isInteger(n) || n < 1) return { ok: false, error: `--vcpus: expected a number of vCPUs, got "${v}"` };
        spec.cpus = n;
        break;
      }
      case '--memory': case '--ram': case '-r': {
        const v = value();
        const n = Number((/(?:^|,)(?:memory=)?(\d+)(?:,|$)/.exec(v) ?? [])[1]);
        if (!Number.isInteger(n) || n < 1) return { ok: false, error: `--memory: expected MiB such as 1024, got "${v}"` };
        spec.memoryBytes = n * MiB;
        break;
      }
      case '--disk': {
        const v = value();
        const size = /(?:^|,)size=([\d.]+)/.exec(v);
        if (size) spec.diskBytes = Math.round(Number(size[1]) * GiB);
        else notSimulated.push(`--disk ${v}`);
        break;
      }
      case '--os-variant': case '--osinfo': {
        const v = value().replace(/^(short-id|name)=/, '');
        const os = Object.entries(OS_VARIANT).find(([, id]) => id === v)?.[0];
        if (os) spec.os = os;
        else notSimulated.push(`--os-variant ${v}`);
        break;
      }
      case '--import': break;
      case '--memballoon': {
        const v = value();
        if (/(?:^|,)freePageReporting=(on|yes)(?:,|$)/.test(v)) spec.balloon = 'free-page-reporting';
        else if (!/^(virtio|model=virtio)?(,freePageReporting=(off|no))?$/.test(v)) notSimulated.push(`--memballoon ${v}`);
        break;
      }
      default:
        if (flag.startsWith('-')) {
          const takesValue = inline === undefined && i + 1 < words.length && !words[i + 1]!.startsWith('-');
          notSimulated.push(takesValue ? `${flag} ${words[++i]}` : w);
        }
    }
  }
  if (spec.name === '') return { ok: false, error: '--name is required' };
  for (const c of comments) {
    const m = /^# then, in the guest: (.*)$/.exec(c.trim());
    if (m) spec.apps = appsInstalledBy(m[1]!);
  }
  return { ok: true, spec, notSimulated };
}
