/**
 * Namespace identities. Each namespace has an inode number in nsfs (what `readlink
 * /proc/self/ns/pid` prints as `pid:[4026531836]`). Two processes share a namespace when the
 * numbers match on the same kernel; a VM's guest kernel has its own root namespaces with the
 * same well-known numbers as the host's, yet shares nothing with it.
 */

export const NAMESPACE_KINDS = ['mnt', 'pid', 'net', 'uts', 'ipc', 'user', 'cgroup', 'time'] as const;
export type NamespaceKind = (typeof NAMESPACE_KINDS)[number];
export type NamespaceIds = Record<NamespaceKind, number>;

/**
 * The initial namespaces' inode numbers. ipc, uts, user, pid, cgroup and time are fixed in
 * include/linux/proc_ns.h (0xEFFFFFFF down to 0xEFFFFFFA). mnt and net were allocated
 * dynamically, and the first allocations on a typical boot give 4026531840 and 4026531992;
 * kernels from 6.18 fix them at 0xEFFFFFF8 and 0xEFFFFFF9 (see docs/simplifications.md).
 */
export const ROOT_NAMESPACE_IDS: Readonly<NamespaceIds> = {
  ipc: 4026531839,
  uts: 4026531838,
  user: 4026531837,
  pid: 4026531836,
  cgroup: 4026531835,
  time: 4026531834,
  mnt: 4026531840,
  net: 4026531992,
};

/** Where the simulator numbers new namespaces from (real ones are handed out by an IDA from 0xF0000000 up). */
export const FIRST_NEW_NAMESPACE_ID = 4026532200;

export interface NamespaceOptions {
  /** The daemon runs with `userns-remap` (off by default in Docker). */
  usernsRemap?: boolean;
}

export interface InstanceNamespaces {
  /** The kernel the namespaces live in: `host` or a VM's name. */
  kernel: string;
  ids: NamespaceIds;
  /** Kinds made new for this instance. */
  created: NamespaceKind[];
}

/**
 * What Docker creates for a container on a cgroup v2 host: new mnt, pid, net, uts, ipc and
 * cgroup namespaces (cgroupns=private is the default on v2); the user namespace only with
 * userns-remap; never a time namespace. A kind listed in `share` stays the kernel's root one
 * (`--pid=host`, `--network=host`, `--userns=host`, ...).
 *
 * `instanceIndex` numbers the containers of one kernel from 0; ids are deterministic in it.
 */
export function namespaceIdsFor(kernelId: string, instanceIndex: number, share: readonly NamespaceKind[], options: NamespaceOptions = {}): InstanceNamespaces {
  const ids = { ...ROOT_NAMESPACE_IDS };
  const created: NamespaceKind[] = [];
  NAMESPACE_KINDS.forEach((kind, k) => {
    if (share.includes(kind)) return;
    if (kind === 'time') return;
    if (kind === 'user' && !options.usernsRemap) return;
    ids[kind] = FIRST_NEW_NAMESPACE_ID + instanceIndex * NAMESPACE_KINDS.length + k;
    created.push(kind);
  });
  return { kernel: kernelId, ids, created };
}

/** The root namespaces of a kernel: where the host's own processes, or a VM's, live. */
export function rootNamespacesOf(kernelId: string): InstanceNamespaces {
  return { kernel: kernelId, ids: { ...ROOT_NAMESPACE_IDS }, created: [] };
}

/** Which namespaces two instances share: none unless their processes run on the same kernel. */
export function sharedNamespaces(a: { kernel: string; ids: NamespaceIds }, b: { kernel: string; ids: NamespaceIds }): { sameKernel: boolean; kinds: NamespaceKind[] } {
  if (a.kernel !== b.kernel) return { sameKernel: false, kinds: [] };
  return { sameKernel: true, kinds: NAMESPACE_KINDS.filter((k) => a.ids[k] === b.ids[k]) };
}

/** `readlink /proc/self/ns/KIND`. */
export function namespaceLinkText(kind: NamespaceKind, id: number): string {
  return `${kind}:[${id}]`;
}

/**
 * Deterministic lowercase hex of any length from a string (FNV-1a rounds with Math.imul),
 * for container ids and the like where Docker would use random bytes.
 */
export function deterministicHex(input: string, length: number): string {
  let out = '';
  for (let round = 0; out.length < length; round++) {
    // The round goes into the hashed text only: xoring it into the basis as well cancelled
    // out against its digit, and every round gave the same eight characters.
    let h = 0x811c9dc5;
    const text = `${round}:${input}`;
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    out += (h >>> 0).toString(16).padStart(8, '0');
  }
  return out.slice(0, length);
}
