/**
 * What runs on each kind of system, as `ps` names it: the host's own services, each guest
 * OS's init and daemons, the process a VM is on its host (its VMM, with one thread per
 * vCPU), a sandbox runtime's processes, and each app. Representative lists of a freshly
 * booted system, not every process (see docs/views.md for what each comes from).
 */
import type { ImageDef } from '../catalogue/types';
import type { VmSpec } from '../scenario/types';
import { deterministicHex } from '../namespaces/ids';

export interface ProcDef {
  command: string;
  /** The user it runs as, by name as ps prints it. */
  user: string;
  uid: number;
}

/** A system's own process at a PID fixed by its boot (these start before anything on the board). */
export interface OwnProc extends ProcDef {
  pid: number;
}

const root = (pid: number, command: string): OwnProc => ({ pid, command, user: 'root', uid: 0 });
const as = (pid: number, command: string, user: string, uid: number): OwnProc => ({ pid, command, user, uid });

/** An Ubuntu 24.04 host with Docker Engine (containerd and dockerd as their systemd units start them). */
const LINUX_HOST: OwnProc[] = [
  root(1, '/sbin/init'),
  root(2, '[kthreadd]'),
  root(312, '/usr/lib/systemd/systemd-journald'),
  root(355, '/usr/lib/systemd/systemd-udevd'),
  as(590, '/usr/lib/systemd/systemd-networkd', 'systemd-network', 998),
  as(598, '/usr/lib/systemd/systemd-resolved', 'systemd-resolve', 991),
  root(640, '/usr/sbin/cron -f -P'),
  as(641, '@dbus-daemon --system --address=systemd: --nofork --nopidfile --systemd-activation --syslog-only', 'messagebus', 101),
  root(655, '/usr/lib/systemd/systemd-logind'),
  root(745, 'sshd: /usr/sbin/sshd -D [listener] 0 of 10-100 startups'),
  root(802, '/usr/bin/containerd'),
  root(815, '/usr/bin/dockerd -H fd:// --containerd=/run/containerd/containerd.sock'),
];

/** libvirt's daemon and the dnsmasq of its default network, present once the host runs KVM guests. */
const LIBVIRT_HOST: OwnProc[] = [
  root(870, '/usr/sbin/libvirtd --timeout 120'),
  as(1012, '/usr/sbin/dnsmasq --conf-file=/var/lib/libvirt/dnsmasq/default.conf --leasefile-ro --dhcp-script=/usr/lib/libvirt/libvirt_leaseshelper', 'libvirt-dnsmasq', 118),
  root(1013, '/usr/sbin/dnsmasq --conf-file=/var/lib/libvirt/dnsmasq/default.conf --leasefile-ro --dhcp-script=/usr/lib/libvirt/libvirt_leaseshelper'),
];

/** VirtualBox's per-user services, started by the first VBoxManage call (vagrant up). */
const VIRTUALBOX_HOST: OwnProc[] = [
  root(1101, '/usr/lib/virtualbox/VBoxXPCOMIPCD'),
  root(1107, '/usr/lib/virtualbox/VBoxSVC --auto-shutdown'),
];

/** VBoxSVC's PID: VBoxHeadless processes are its children. */
export const VBOXSVC_PID = 1107;

/** A Windows 11 host with Hyper-V (its processes have no command line in Get-Process: names only). */
const WINDOWS_HOST: OwnProc[] = [
  root(4, 'System'),
  root(108, 'Registry'),
  root(412, 'smss'),
  root(604, 'csrss'),
  root(700, 'wininit'),
  root(844, 'services'),
  root(864, 'lsass'),
  root(1012, 'svchost'),
  root(2480, 'vmms'),
  root(2604, 'vmcompute'),
  root(3120, 'dockerd'),
];

export function hostProcesses(windows: boolean, withLibvirt: boolean, withVirtualBox: boolean): OwnProc[] {
  if (windows) return WINDOWS_HOST;
  return [...LINUX_HOST, ...(withLibvirt ? LIBVIRT_HOST : []), ...(withVirtualBox ? VIRTUALBOX_HOST : [])].sort((a, b) => a.pid - b.pid);
}

/** The Ubuntu 22.04 cloud image after boot (systemd, netplan's networkd, snapd, cloud-init's leftovers). */
const UBUNTU_GUEST: OwnProc[] = [
  root(1, '/sbin/init'),
  root(2, '[kthreadd]'),
  root(381, '/lib/systemd/systemd-journald'),
  root(420, '/lib/systemd/systemd-udevd'),
  root(491, '/sbin/multipathd -d -s'),
  as(590, '/lib/systemd/systemd-networkd', 'systemd-network', 100),
  as(592, '/lib/systemd/systemd-resolved', 'systemd-resolve', 101),
  as(600, '/lib/systemd/systemd-timesyncd', 'systemd-timesync', 103),
  root(640, '/usr/sbin/cron -f -P'),
  as(641, '@dbus-daemon --system --address=systemd: --nofork --nopidfile --systemd-activation --syslog-only', 'messagebus', 102),
  root(648, '/usr/bin/python3 /usr/bin/networkd-dispatcher --run-startup-triggers'),
  as(650, '/usr/sbin/rsyslogd -n -iNONE', 'syslog', 104),
  root(652, '/usr/lib/snapd/snapd'),
  root(655, '/lib/systemd/systemd-logind'),
  root(700, '/sbin/agetty -o -p -- \\u --noclear tty1 linux'),
  root(702, '/sbin/agetty -o -p -- \\u --keep-baud 115200,57600,38400,9600 ttyS0 vt220'),
  root(720, 'sshd: /usr/sbin/sshd -D [listener] 0 of 10-100 startups'),
  root(741, '/usr/bin/python3 /usr/share/unattended-upgrades/unattended-upgrade-shutdown --wait-for-signal'),
];

/** Debian 12's genericcloud image (ifupdown and dhclient, chrony). */
const DEBIAN_GUEST = (nic: string): OwnProc[] => [
  root(1, '/sbin/init'),
  root(2, '[kthreadd]'),
  root(240, '/lib/systemd/systemd-journald'),
  root(262, '/lib/systemd/systemd-udevd'),
  root(402, `dhclient -4 -v -i -pf /run/dhclient.${nic}.pid -lf /var/lib/dhcp/dhclient.${nic}.leases -I -df /var/lib/dhcp/dhclient6.${nic}.leases ${nic}`),
  root(480, '/usr/sbin/cron -f'),
  as(481, '/usr/bin/dbus-daemon --system --address=systemd: --nofork --nopidfile --systemd-activation --syslog-only', 'messagebus', 100),
  root(486, '/lib/systemd/systemd-logind'),
  as(495, '/usr/sbin/chronyd -F 1', '_chrony', 102),
  root(510, '/sbin/agetty -o -p -- \\u --noclear - linux'),
  root(511, '/sbin/agetty -o -p -- \\u --keep-baud 115200,57600,38400,9600 - vt220'),
  root(520, 'sshd: /usr/sbin/sshd -D [listener] 0 of 10-100 startups'),
];

/** Alpine 3.20 as setup-alpine leaves it: busybox init, OpenRC's services, getty on the consoles. */
const ALPINE_GUEST = (nic: string, hostname: string): OwnProc[] => [
  root(1, '/sbin/init'),
  root(2, '[kthreadd]'),
  root(1612, `udhcpc -b -R -p /var/run/udhcpc.${nic}.pid -i ${nic} -x hostname:${hostname}`),
  root(1713, '/sbin/syslogd -t -n'),
  root(1754, '/sbin/acpid'),
  root(1789, '/usr/sbin/crond -c /etc/crontabs'),
  as(1837, '/usr/sbin/chronyd -f /etc/chrony/chrony.conf', 'chrony', 100),
  root(1880, 'sshd: /usr/sbin/sshd [listener] 0 of 10-100 startups'),
  root(1910, '/sbin/getty 38400 tty1'),
  root(1911, '/sbin/getty 38400 tty2'),
  root(1912, '/sbin/getty 38400 tty3'),
  root(1913, '/sbin/getty 38400 tty4'),
  root(1914, '/sbin/getty 38400 tty5'),
  root(1915, '/sbin/getty 38400 tty6'),
];

/** Windows Server 2022 (names as Get-Process prints them). */
const WINDOWS_GUEST: OwnProc[] = [
  root(4, 'System'),
  root(88, 'Registry'),
  root(300, 'smss'),
  root(404, 'csrss'),
  root(480, 'wininit'),
  root(488, 'csrss'),
  root(560, 'winlogon'),
  root(620, 'services'),
  root(636, 'lsass'),
  root(752, 'svchost'),
  root(780, 'fontdrvhost'),
  root(1032, 'dwm'),
  root(1780, 'spoolsv'),
  root(2050, 'MsMpEng'),
  root(2480, 'sshd'),
];

/** The guest OS family's own processes; `virtualbox` adds the Guest Additions service a Vagrant box runs. */
export function guestProcesses(osId: string, profile: string, nic: string, hostname: string): OwnProc[] {
  const base = osId.startsWith('alpine') ? ALPINE_GUEST(nic, hostname)
    : osId.startsWith('windows') ? WINDOWS_GUEST
      : osId.startsWith('debian') ? DEBIAN_GUEST(nic)
        : UBUNTU_GUEST;
  if (profile === 'virtualbox' && !osId.startsWith('windows')) return [...base, root(760, '/usr/sbin/VBoxService --pidfile /var/run/vboxadd-service.sh')].sort((a, b) => a.pid - b.pid);
  return base;
}

/** A container engine inside a guest, started by its init once the guest runs containers. */
export function guestEngineProcesses(osId: string): OwnProc[] {
  if (osId.startsWith('alpine')) return [root(2210, '/usr/bin/dockerd -p /run/docker.pid'), root(2231, 'containerd --config /var/run/docker/containerd/containerd.toml')];
  return [root(880, '/usr/bin/containerd'), root(902, '/usr/bin/dockerd -H fd:// --containerd=/run/containerd/containerd.sock')];
}

/** Where each kernel's PID counter stands when the board's first process starts there. */
export const FIRST_FREE_PID = { host: 2000, guest: 1000, alpineGuest: 2400, windowsGuest: 3000 } as const;

/** One process a VM, or a sandbox, is on its host, with the thread names `ps -T` shows. */
export interface HostSideProc extends ProcDef {
  /** Thread names after the main thread (whose name is the command's own, truncated to 15 characters). */
  threads: string[];
}

export function vmUuid(name: string): string {
  const h = deterministicHex(`uuid:${name}`, 32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

function vcpuThreads(cpus: number, name: (i: number) => string): string[] {
  return Array.from({ length: Math.max(1, Math.round(cpus)) }, (_, i) => name(i));
}

/**
 * The VMM process of a VM, as `ps` on the host lists it: QEMU started by libvirt (named
 * threads with debug-threads=on: one `CPU n/KVM` per vCPU), Firecracker (`fc_vcpu n`),
 * VirtualBox's VBoxHeadless under Vagrant (one EMT per vCPU), Hyper-V's worker process.
 * `mac` is the guest NIC's, which QEMU's command line carries.
 */
export function vmmProcesses(vm: VmSpec, mac: string): HostSideProc[] {
  const n = Math.max(1, Math.round(vm.cpus));
  switch (vm.profile) {
    case 'kvm-qemu':
      return [{
        command: `/usr/bin/qemu-system-x86_64 -name guest=${vm.name},debug-threads=on -S -accel kvm -cpu host,migratable=on -m size=${Math.round(vm.memoryBytes / 1024)}k -smp ${n},sockets=${n},cores=1,threads=1 -uuid ${vmUuid(vm.name)} -no-user-config -nodefaults -device {"driver":"virtio-net-pci","netdev":"hostnet0","id":"net0","mac":"${mac}","bus":"pci.1","addr":"0x0"}`,
        user: 'libvirt-qemu', uid: 64055,
        threads: ['call_rcu', 'IO mon_iothread', ...vcpuThreads(n, (i) => `CPU ${i}/KVM`)],
      }];
    case 'firecracker':
      return [{ command: `firecracker --api-sock /tmp/firecracker-${vm.name}.socket`, user: 'root', uid: 0, threads: ['fc_api', ...vcpuThreads(n, (i) => `fc_vcpu ${i}`)] }];
    case 'virtualbox':
      return [{
        command: `/usr/lib/virtualbox/VBoxHeadless --comment root_${vm.name} --startvm ${vmUuid(vm.name)} --vrde config`,
        user: 'root', uid: 0,
        threads: n === 1 ? ['EMT'] : vcpuThreads(n, (i) => `EMT-${i}`),
      }];
    case 'hyperv':
      // The worker process runs the VM's devices; vmmem holds its memory. Virtual processors are the hypervisor's, not host threads.
      return [{ command: 'vmwp', user: 'root', uid: 0, threads: [] }, { command: 'vmmem', user: 'root', uid: 0, threads: [] }];
    default:
      return [{ command: vm.profile, user: 'root', uid: 0, threads: [] }];
  }
}

/**
 * What a sandboxed container is on its kernel: Docker's shim for every runtime (Docker runs
 * runsc through the runc shim), then gVisor's Sentry and Gofer (runsc renames them
 * runsc-sandbox and runsc-gofer), or Kata's QEMU and virtiofsd.
 */
export function runtimeHostProcesses(runtime: string, containerId: string, vcpus: number): HostSideProc[] {
  const task = `/run/containerd/io.containerd.runtime.v2.task/moby/${containerId}`;
  const proc = (command: string, threads: string[] = []): HostSideProc => ({ command, user: 'root', uid: 0, threads });
  switch (runtime) {
    case 'gvisor':
      return [
        proc(`/usr/bin/containerd-shim-runc-v2 -namespace moby -id ${containerId} -address /run/containerd/containerd.sock`),
        proc(`runsc-sandbox --root=/var/run/docker/runtime-runc/moby boot --bundle=${task} ${containerId}`),
        proc(`runsc-gofer --root=/var/run/docker/runtime-runc/moby gofer --bundle ${task}`),
      ];
    case 'kata':
      return [
        proc(`/opt/kata/bin/containerd-shim-kata-v2 -namespace moby -address /run/containerd/containerd.sock -publish-binary /usr/bin/containerd -id ${containerId}`),
        proc(`/opt/kata/bin/qemu-system-x86_64 -name sandbox-${containerId} -uuid ${vmUuid(containerId)} -machine q35,accel=kvm -cpu host,pmu=off -m 2048M,slots=10,maxmem=65536M -smp 1,cores=1,threads=1,sockets=${vcpus},maxcpus=${vcpus}`,
          ['call_rcu', ...vcpuThreads(1, (i) => `CPU ${i}/KVM`)]),
        proc(`/opt/kata/libexec/virtiofsd --syslog --cache=auto --shared-dir=/run/kata-containers/shared/sandboxes/${containerId}/shared --fd=3 --thread-pool-size=1 --announce-submounts`),
      ];
    default:
      return [proc(`/usr/bin/containerd-shim-runc-v2 -namespace moby -id ${containerId} -address /run/containerd/containerd.sock`)];
  }
}

/** The image's main command as PID 1 runs it (its CMD after the entrypoint execs): also what `docker ps` abbreviates. */
export function imageShellCommand(image: ImageDef): string {
  if (image.os === 'windows') return 'c:\\windows\\system32\\cmd.exe';
  const repo = image.ref.split(':')[0]!;
  if (repo === 'alpine') return '/bin/sh';
  if (repo === 'busybox') return 'sh';
  if (repo === 'ubuntu') return '/bin/bash';
  return 'bash';
}

/**
 * An app's processes in a container (its official image) or in a guest (the distro's
 * package). nginx starts one worker per CPU it sees (worker_processes auto): a container
 * sees all of its kernel's CPUs whatever its --cpus quota.
 */
export function appProcesses(appId: string, image: ImageDef | null, cpusSeen: number, inGuest: boolean): ProcDef[] {
  const r = (command: string): ProcDef => ({ command, user: 'root', uid: 0 });
  const u = (command: string, user: string, uid: number): ProcDef => ({ command, user, uid });
  const workers = Math.max(1, Math.round(cpusSeen));
  switch (appId) {
    case 'nginx':
      return inGuest
        ? [r('nginx: master process /usr/sbin/nginx -g daemon on; master_process on;'), ...Array.from({ length: workers }, () => u('nginx: worker process', 'www-data', 33))]
        : [r('nginx: master process nginx -g daemon off;'), ...Array.from({ length: workers }, () => u('nginx: worker process', 'nginx', 101))];
    case 'redis':
      return [u(inGuest ? '/usr/bin/redis-server 127.0.0.1:6379' : 'redis-server *:6379', 'redis', 999)];
    case 'postgres':
      return ['postgres', 'postgres: checkpointer', 'postgres: background writer', 'postgres: walwriter', 'postgres: autovacuum launcher', 'postgres: logical replication launcher']
        .map((c) => u(c, 'postgres', 999));
    case 'httpd':
      // The event MPM's parent plus StartServers (3) children, which run as the image's User daemon.
      return [r('httpd -DFOREGROUND'), ...Array.from({ length: 3 }, () => u('httpd -DFOREGROUND', 'daemon', 1))];
    case 'python':
      return [r('python3')];
    case 'node':
      return [r('node')];
    case 'shell':
      return [r(image ? imageShellCommand(image) : '/bin/bash')];
    default:
      return [r(appId)];
  }
}
