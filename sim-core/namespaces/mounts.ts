import { deterministicHex } from './ids';

/** A line of /proc/self/mounts. */
export interface MountEntry {
  source: string;
  target: string;
  fstype: string;
  options: string;
}

export function mountLine(m: MountEntry): string {
  return `${m.source} ${m.target} ${m.fstype} ${m.options} 0 0`;
}

const OVERLAY2 = '/var/lib/docker/overlay2';

/** overlay2 refers to each layer by a short link in `l/` (26 characters) to keep the mount options under a page. */
export function layerLinkName(layerId: string): string {
  return deterministicHex(layerId, 26).toUpperCase();
}

/**
 * The options of a container's root overlay: lowerdir lists the container's init layer
 * (/etc/hostname, /etc/hosts, ... placeholders) then the image layers, topmost first.
 */
/** Where the host mounts a container's merged filesystem (overlay2's `merged` beside its upperdir). */
export function mergedDir(containerId: string): string {
  return `${OVERLAY2}/${deterministicHex(containerId + '-rw', 64)}/merged`;
}

export function overlayMountOptions(containerId: string, lowerLayerIdsBottomFirst: readonly string[]): string {
  const lowers = [layerLinkName(containerId + '-init'), ...[...lowerLayerIdsBottomFirst].reverse().map(layerLinkName)];
  const layerDir = `${OVERLAY2}/${deterministicHex(containerId + '-rw', 64)}`;
  return `rw,relatime,lowerdir=${lowers.map((l) => `${OVERLAY2}/l/${l}`).join(':')},upperdir=${layerDir}/diff,workdir=${layerDir}/work`;
}

/** What a runc container's mount namespace holds (Docker's default mounts). */
export function containerMounts(containerId: string, lowerLayerIds: readonly string[], hostDevice: string): MountEntry[] {
  const bind = (target: string): MountEntry => ({ source: hostDevice, target, fstype: 'ext4', options: 'rw,relatime' });
  return [
    { source: 'overlay', target: '/', fstype: 'overlay', options: overlayMountOptions(containerId, lowerLayerIds) },
    { source: 'proc', target: '/proc', fstype: 'proc', options: 'rw,nosuid,nodev,noexec,relatime' },
    { source: 'tmpfs', target: '/dev', fstype: 'tmpfs', options: 'rw,nosuid,size=65536k,mode=755' },
    { source: 'devpts', target: '/dev/pts', fstype: 'devpts', options: 'rw,nosuid,noexec,relatime,gid=5,mode=620,ptmxmode=666' },
    { source: 'sysfs', target: '/sys', fstype: 'sysfs', options: 'ro,nosuid,nodev,noexec,relatime' },
    { source: 'cgroup', target: '/sys/fs/cgroup', fstype: 'cgroup2', options: 'ro,nosuid,nodev,noexec,relatime' },
    { source: 'mqueue', target: '/dev/mqueue', fstype: 'mqueue', options: 'rw,nosuid,nodev,noexec,relatime' },
    { source: 'shm', target: '/dev/shm', fstype: 'tmpfs', options: 'rw,nosuid,nodev,noexec,relatime,size=65536k' },
    // Bind mounts from /var/lib/docker/containers/<id>/: /proc/mounts shows the device they live on.
    bind('/etc/resolv.conf'),
    bind('/etc/hostname'),
    bind('/etc/hosts'),
  ];
}

/** A kernel's root mount namespace (the host's, or a VM guest's). */
export function kernelMounts(rootDevice: string): MountEntry[] {
  return [
    { source: rootDevice, target: '/', fstype: 'ext4', options: 'rw,relatime' },
    { source: 'proc', target: '/proc', fstype: 'proc', options: 'rw,nosuid,nodev,noexec,relatime' },
    { source: 'sysfs', target: '/sys', fstype: 'sysfs', options: 'rw,nosuid,nodev,noexec,relatime' },
    { source: 'cgroup2', target: '/sys/fs/cgroup', fstype: 'cgroup2', options: 'rw,nosuid,nodev,noexec,relatime,nsdelegate,memory_recursiveprot' },
    { source: 'tmpfs', target: '/run', fstype: 'tmpfs', options: 'rw,nosuid,nodev,mode=755' },
  ];
}
