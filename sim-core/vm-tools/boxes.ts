/**
 * Vagrant boxes and virt-install's OS variants for the catalogue's guest OSes, and the
 * package that installs each catalogue app, so a VmSpec maps onto real tools and back.
 */

/** The box `vagrant init` would be given for each guest OS (Vagrant Cloud names). */
export const BOX_FOR_OS: Record<string, string> = {
  'ubuntu-22.04': 'ubuntu/jammy64',
  'debian-12': 'debian/bookworm64',
  'alpine-3.20': 'generic/alpine320',
  'windows-server-2022': 'gusztavvargadr/windows-server-2022-standard',
};

/** Other boxes of the very same release. */
const SAME_RELEASE: Record<string, string> = {
  'bento/ubuntu-22.04': 'ubuntu-22.04', 'generic/ubuntu2204': 'ubuntu-22.04',
  'bento/debian-12': 'debian-12', 'generic/debian12': 'debian-12',
};

/** Every box whose guest OS the catalogue has (`vagrant box add` downloads these). */
export function catalogueBoxes(): string[] {
  return [...Object.values(BOX_FOR_OS), ...Object.keys(SAME_RELEASE)];
}

/** A box's guest OS: exact when the catalogue has its release, else the closest family. */
export function osForBox(box: string): { os: string; exact: boolean } {
  for (const [os, name] of Object.entries(BOX_FOR_OS)) if (name === box) return { os, exact: true };
  const same = SAME_RELEASE[box];
  if (same) return { os: same, exact: true };
  const lower = box.toLowerCase();
  if (lower.includes('windows') || lower.includes('win20')) return { os: 'windows-server-2022', exact: false };
  if (lower.includes('alpine')) return { os: 'alpine-3.20', exact: false };
  if (lower.includes('debian') || /bookworm|bullseye|buster/.test(lower)) return { os: 'debian-12', exact: false };
  return { os: 'ubuntu-22.04', exact: false };
}

/** osinfo-db short ids (`virt-install --os-variant`). */
export const OS_VARIANT: Record<string, string> = {
  'ubuntu-22.04': 'ubuntu22.04',
  'debian-12': 'debian12',
  'alpine-3.20': 'alpinelinux3.20',
  'windows-server-2022': 'win2k22',
};

/** The Debian/Ubuntu package for each catalogue app (Alpine's apk names are the same here but for node). */
export const APP_PACKAGE: Record<string, string> = {
  nginx: 'nginx', redis: 'redis-server', postgres: 'postgresql', python: 'python3', node: 'nodejs',
};

const PACKAGE_APP: Record<string, string> = {
  nginx: 'nginx', 'redis-server': 'redis', redis: 'redis', postgresql: 'postgres', python3: 'python', python: 'python', nodejs: 'node',
};

/** The shell line that installs the apps in that guest (`apt-get install -y nginx`), or null without apps. */
export function installLine(os: string, apps: readonly string[]): string | null {
  if (apps.length === 0) return null;
  const packages = apps.map((a) => APP_PACKAGE[a] ?? a).join(' ');
  if (os.startsWith('windows')) return `choco install -y ${packages}`;
  return os.startsWith('alpine') ? `apk add ${packages}` : `apt-get install -y ${packages}`;
}

/** Catalogue apps a shell script installs with apt-get/apt/apk/yum/dnf/choco (in order, once each). */
export function appsInstalledBy(script: string): string[] {
  const out: string[] = [];
  for (const line of script.split(/\n|&&|;/)) {
    const m = /\b(?:apt-get|apt|yum|dnf|choco)\s+(?:-\S+\s+)*install\s+(.*)$|\bapk\s+add\s+(.*)$/.exec(line.trim());
    if (!m) continue;
    for (const word of (m[1] ?? m[2] ?? '').split(/\s+/).filter((w) => !w.startsWith('-'))) {
      const app = PACKAGE_APP[word.replace(/[=:].*$/, '')];
      if (app && !out.includes(app)) out.push(app);
    }
  }
  return out;
}
