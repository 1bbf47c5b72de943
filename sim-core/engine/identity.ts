/**
 * Who you are and what you see at a shell prompt in each place: the hostname (the UTS
 * namespace's), the user a login lands as, the shell and its prompt, and which userland
 * answers ps/free/ip (GNU procps and iproute2, BusyBox, or Windows). One function for the
 * engine's views and the page's prompt, so `hostname` and the prompt always agree.
 */
import type { Catalogue, ImageDef } from '../catalogue/types';
import type { HostOs, InstanceSpec } from '../scenario/types';
import { containerIdOf } from './ledger';

/** The host's own name, as `hostname` prints it there. */
export const HOST_NAME = 'utsuwa-host';

export type ShellKind = 'bash' | 'ash' | 'powershell' | 'cmd';
export type Userland = 'gnu' | 'busybox' | 'windows';

export interface ShellUser {
  name: string;
  uid: number;
  /** `id`'s groups list. */
  groups: string;
  /** `id`'s whole line when it is not uid=N(name) gid=N(name) (a `docker run -u` user). */
  idLine?: string;
  /** False for a uid the image's /etc/passwd does not name (`docker run -u 1000`). */
  named?: boolean;
}

export interface PlaceIdentity {
  hostname: string;
  user: ShellUser;
  /** Where `~` points. */
  home: string;
  /** Where the shell starts. */
  cwd: string;
  shell: ShellKind;
  userland: Userland;
  /** The prompt as the shell prints it there (without colours). */
  prompt: string;
}

export const ROOT: ShellUser = { name: 'root', uid: 0, groups: '0(root)' };
/** Alpine's root is in the traditional groups its /etc/group lists. */
const ALPINE_ROOT: ShellUser = { name: 'root', uid: 0, groups: '0(root),1(bin),2(daemon),3(sys),4(adm),6(disk),10(wheel),11(floppy),20(dialout),26(tape),27(video)' };
/** The cloud images' default user (cloud-init), in the groups that matter here. */
const CLOUD_USER = (name: string): ShellUser => ({ name, uid: 1000, groups: `1000(${name}),4(adm),27(sudo)` });
/** Vagrant boxes log in as vagrant (passwordless sudo from /etc/sudoers.d). */
const VAGRANT_USER: ShellUser = { name: 'vagrant', uid: 1000, groups: '1000(vagrant)' };

export type SpecLookup = (name: string) => InstanceSpec | undefined;

/**
 * `hostname` in a place: a VM's is its name, except a WSL2 distro's, which takes the Windows
 * host's (wsl.conf's [network] hostname defaults to it); a container's is its `--hostname`,
 * else its id's first 12 hex digits unless it shares its kernel's UTS namespace.
 */
export function hostnameOf(where: string, lookup: SpecLookup): string {
  if (where === 'host') return HOST_NAME;
  const spec = lookup(where);
  if (!spec) return HOST_NAME;
  if (spec.kind === 'vm') return spec.profile === 'hyperv' && !spec.os.startsWith('windows') ? HOST_NAME : spec.name;
  if (spec.hostname) return spec.hostname;
  if (spec.share.includes('uts')) return spec.in ? hostnameOf(spec.in, lookup) : HOST_NAME;
  return containerIdOf(spec.name).slice(0, 12);
}

function bashPrompt(user: ShellUser, hostname: string, dir: string): string {
  // bash's \u for a uid with no passwd entry.
  return `${user.named === false ? 'I have no name!' : user.name}@${hostname}:${dir}${user.uid === 0 ? '#' : '$'} `;
}

function windowsUser(name: string, home: string, prompt: string, hostname: string, shell: ShellKind): PlaceIdentity {
  return { hostname, user: { name, uid: 0, groups: '' }, home, cwd: home, shell, userland: 'windows', prompt };
}

/** The identity of a shell on the host (`where` = `host`) or inside an instance. */
export function identityOf(where: string, lookup: SpecLookup, hostOs: HostOs, catalogue: Catalogue): PlaceIdentity {
  const hostname = hostnameOf(where, lookup);
  const spec = where === 'host' ? undefined : lookup(where);
  if (!spec) {
    if (hostOs === 'windows') return windowsUser('utsuwa', 'C:\\Users\\utsuwa', 'PS C:\\Users\\utsuwa> ', hostname, 'powershell');
    return { hostname, user: ROOT, home: '/root', cwd: '/root', shell: 'bash', userland: 'gnu', prompt: bashPrompt(ROOT, hostname, '~') };
  }
  if (spec.kind === 'vm') {
    const family = catalogue.guestOses[spec.os]?.family ?? 'linux';
    if (family === 'windows') return windowsUser('Administrator', 'C:\\Users\\Administrator', 'PS C:\\Users\\Administrator> ', hostname, 'powershell');
    if (spec.os.startsWith('alpine')) {
      // Alpine's /etc/profile sets PS1='\h:\w\$ ' for ash, and an Alpine system is used as root.
      return { hostname, user: ALPINE_ROOT, home: '/root', cwd: '/root', shell: 'ash', userland: 'busybox', prompt: `${hostname}:~# ` };
    }
    const user = spec.profile === 'virtualbox' ? VAGRANT_USER
      : spec.profile === 'firecracker' ? ROOT
        : CLOUD_USER(spec.os.startsWith('debian') ? 'debian' : 'ubuntu');
    const home = user.uid === 0 ? '/root' : `/home/${user.name}`;
    return { hostname, user, home, cwd: home, shell: 'bash', userland: 'gnu', prompt: bashPrompt(user, hostname, '~') };
  }
  const image = catalogue.images[spec.image];
  if (image?.os === 'windows') {
    // Nano Server has cmd.exe only, and its default user is ContainerUser.
    return { hostname, user: { name: 'ContainerUser', uid: 0, groups: '' }, home: 'C:\\', cwd: 'C:\\', shell: 'cmd', userland: 'windows', prompt: 'C:\\>' };
  }
  const repo = image?.ref.split(':')[0] ?? '';
  if (repo === 'alpine' || repo === 'busybox') {
    // `docker exec -it X sh` starts ash as a non-login shell: its built-in PS1 '\w \$ '.
    const user = spec.user ? containerUser(spec.user, image) : repo === 'alpine' ? ALPINE_ROOT : ROOT;
    return { hostname, user, home: '/root', cwd: '/', shell: 'ash', userland: 'busybox', prompt: `/ ${user.uid === 0 ? '#' : '$'} ` };
  }
  // Debian-based images: bash with /etc/bash.bashrc's PS1 '\u@\h:\w\$ '.
  const user = spec.user ? containerUser(spec.user, image) : ROOT;
  return { hostname, user, home: '/root', cwd: '/', shell: 'bash', userland: 'gnu', prompt: bashPrompt(user, hostname, '/') };
}

/** Users and groups of an image's /etc/passwd and /etc/group: the distribution's, then the app's own. */
interface Passwd {
  users: Record<string, number>;
  groups: Record<string, number>;
}

const DEBIAN_PASSWD: Passwd = { users: { root: 0, daemon: 1, bin: 2, sys: 3, nobody: 65534 }, groups: { root: 0, daemon: 1, bin: 2, sys: 3, nogroup: 65534 } };
const ALPINE_PASSWD: Passwd = { users: { root: 0, bin: 1, daemon: 2, nobody: 65534 }, groups: { root: 0, bin: 1, daemon: 2, nobody: 65534 } };
/** The user each official image's Dockerfile adds (groupadd/useradd with the same id). */
const APP_USERS: Record<string, Record<string, number>> = {
  nginx: { nginx: 101 }, redis: { redis: 999 }, postgres: { postgres: 999 }, node: { node: 1000 }, mysql: { mysql: 999 }, mariadb: { mysql: 999 }, mongo: { mongodb: 999 },
  httpd: { 'www-data': 33 }, wordpress: { 'www-data': 33 }, nextcloud: { 'www-data': 33 },
};

function passwdOf(app: string, busybox: boolean): Passwd {
  const base = busybox ? ALPINE_PASSWD : DEBIAN_PASSWD;
  const own = APP_USERS[app] ?? {};
  return { users: { ...base.users, ...own }, groups: { ...base.groups, ...own } };
}

function nameOf(table: Record<string, number>, id: number): string | undefined {
  return Object.keys(table).find((k) => table[k] === id);
}

/** `-u` in a container of this image: its passwd is BusyBox's (Alpine, busybox) or Debian's, plus its app's user. */
export function containerUser(spec: string, image: ImageDef | undefined): ShellUser {
  const repo = image?.ref.split(':')[0] ?? '';
  return userOf(spec, image?.app ?? 'shell', repo === 'alpine' || repo === 'busybox');
}

/**
 * `docker run -u USER[:GROUP]`: the user a shell in the container runs as. A name or number
 * the image's /etc/passwd has keeps its name; any other number has none, and without a group
 * a user keeps its own group, an unnamed uid gid 0, as runc sets them.
 */
function userOf(spec: string, app: string, busybox: boolean): ShellUser {
  const { users, groups } = passwdOf(app, busybox);
  const [who, group] = spec.split(':') as [string, string | undefined];
  const numeric = /^\d+$/.test(who);
  const uid = numeric ? Number(who) : Object.hasOwn(users, who) ? users[who]! : 1000;
  const name = numeric ? nameOf(users, uid) : who;
  const gid = group === undefined ? (name !== undefined ? uid : 0) : /^\d+$/.test(group) ? Number(group) : Object.hasOwn(groups, group) ? groups[group]! : uid;
  const groupName = nameOf(groups, gid);
  const g = `${gid}${groupName ? `(${groupName})` : ''}`;
  return {
    name: name ?? String(uid),
    uid,
    groups: g,
    named: name !== undefined,
    idLine: `uid=${uid}${name ? `(${name})` : ''} gid=${g} groups=${g}`,
  };
}
