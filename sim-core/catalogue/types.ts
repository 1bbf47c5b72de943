/**
 * The catalogue: what names in a scenario mean. Every default number is a `Cited` value
 * carrying the id of its public source (sim-core/catalogue/sources.ts, docs/calibration.md),
 * so the UI can answer "why this number?".
 */

/**
 * How a number is known. `measured`: a source measured it (a benchmark, a CI baseline, a
 * registry's byte count of a real artefact). `documented`: a specification, manual or vendor
 * page states it (a default, a bound, a promise). `estimate`: no source states it; the value
 * is ours, with a plausible range and the reasoning that bounds it.
 */
export type CitedKind = 'measured' | 'documented' | 'estimate';

/**
 * A number with the id of the public source it comes from. The fields after `source` say
 * what the source states: the kind, the quoted sentence or table row (in the source's own
 * language) and its conditions, or for an estimate the range and the reasoning. They are
 * optional in the type so hand-made test catalogues stay short; every catalogue default has
 * them (tests/unit/catalogue-sources.test.ts).
 */
export interface Cited {
  value: number;
  /** Key into SOURCES. */
  source: string;
  kind?: CitedKind;
  /** The sentence or table row that states the number, verbatim. */
  quote?: string;
  /** Hardware, software and configuration the source states it under. */
  conditions?: string;
  /** How `value` follows from the quote when it is not the quoted figure itself. */
  derivation?: string;
  /** An estimate's plausible range, [low, high], in the value's unit. */
  range?: [number, number];
  /** Why an estimate has this value and this range. */
  reasoning?: string;
}

/** A cited value a source states (what `measured(...)` and `documented(...)` build). */
export interface SourcedValue extends Cited {
  kind: 'measured' | 'documented';
  quote: string;
  conditions: string;
}

/** A value no source states (what `estimate(...)` builds). */
export interface EstimatedValue extends Cited {
  kind: 'estimate';
  range: [number, number];
  reasoning: string;
}

export interface Source {
  id: string;
  title: string;
  url: string;
  /** What was measured, under which conditions, which phase it covers. */
  measured: string;
}

/** A file inside an image layer (coarse but true to the image). */
export interface LayerFile {
  path: string;
  sizeBytes: number;
}

export interface LayerDef {
  /** Stable id shared by every image that has this layer (e.g. debian:12's base layer). */
  id: string;
  /** What made the layer (the Dockerfile step). */
  createdBy: string;
  /** Size on disk once extracted. */
  sizeBytes: Cited;
  /** Size over the wire (gzip), what a pull downloads. */
  compressedBytes: Cited;
  /** Representative files; their sizes need not sum to the layer's size. */
  files: LayerFile[];
}

export interface ImageDef {
  ref: string;
  /** Kernel family the image's binaries need. */
  os: 'linux' | 'windows';
  /** Bottom layer first. */
  layers: LayerDef[];
  /** The app its default command runs (key into APPS). */
  app: string;
  source: string;
  /**
   * Every reference that names this entry, `repository:tag` in Docker's short form
   * (`nginx:latest`, `nginx:1.27`, `mcr.microsoft.com/windows/nanoserver:ltsc2022`), `ref`
   * included. An untagged name means `:latest`; `findImage` resolves through this list.
   */
  tags?: string[];
  /** Which published build the layer list describes (platform, version, date, digest). */
  origin?: ImageOrigin;
  /**
   * The platforms its manifest list offers (repo-info's "Platforms"), `os/arch[/variant]`;
   * absent: only its origin's. `docker run --platform` picks one; another needs emulation.
   */
  platforms?: string[];
  /**
   * Paths the image links to the container's standard output or error (nginx's Dockerfile:
   * `ln -sf /dev/stdout /var/log/nginx/access.log && ln -sf /dev/stderr /var/log/nginx/error.log`):
   * a write there goes to the container's log (Docker's json-file, on the host's disk), not to
   * its writable layer.
   */
  stdioLinks?: Record<string, '/dev/stdout' | '/dev/stderr'>;
}

/** One published build of an image, as the registry data describes it. */
export interface ImageOrigin {
  platform: 'linux/amd64' | 'windows/amd64';
  /** The software version inside (e.g. nginx 1.27.3 on Debian bookworm). */
  version: string;
  /** When the build was made (ISO date), from the image history. */
  built: string;
  /** The platform manifest's digest, when the source lists it. */
  digest?: string;
}

/** A startup phase as the catalogue describes it, measured on an idle host. */
export interface PhaseDef {
  name: string;
  /**
   * `cpu`: the time is work for one core and stretches when cores are contended.
   * `wait`: fixed wall time (firmware timers, device probes) that contention does not change.
   */
  kind: 'cpu' | 'wait';
  ms: Cited;
}

export interface GuestOsDef {
  id: string;
  family: 'linux' | 'windows';
  /** What `uname -r` prints inside the guest (or the Windows build). */
  kernelVersion: string;
  /** Boot phases after firmware: bootloader, kernel, init and services. */
  bootloader: PhaseDef;
  kernel: PhaseDef;
  init: PhaseDef;
  /** Memory the guest kernel holds after boot. */
  kernelMemoryBytes: Cited;
  /** Memory the OS services hold after boot (systemd, journald, sshd, ...). */
  servicesMemoryBytes: Cited;
  /** Disk the installed OS takes in its image. */
  diskBytes: Cited;
  /** Bytes the guest reads from its disk while it boots (kernel, initramfs, init and its services). */
  bootReadBytes: Cited;
  /** True when the guest touches all its RAM at boot (Windows zeroes its pages). */
  touchesAllMemory: boolean;
  /** A clean shutdown (ACPI power button, `vagrant halt`): services stopped, disks synced. */
  shutdownMs?: Cited;
}

export interface VmProfileDef {
  id: string;
  label: string;
  /** Host kernel families it runs on. */
  hostOs: Array<'linux' | 'windows'>;
  /** Firmware/POST phase; null for direct kernel boot (Firecracker). */
  firmware: PhaseDef | null;
  /** Whether the profile skips the guest bootloader (direct kernel boot). */
  directKernelBoot: boolean;
  /** Multiplier on the guest kernel and init phases (a minimal device model boots faster). */
  bootScale: Cited;
  /**
   * When set, the time from starting the VM to the guest's init, replacing the guest OS's own
   * kernel phase (Firecracker's bound for its tuned minimal kernel); the guest's userspace
   * then runs as the guest OS says, scaled by bootScale.
   */
  kernelToInit?: PhaseDef | null;
  /** Memory the VMM process itself holds on the host. */
  vmmOverheadBytes: Cited;
  /** Whether the host backs all guest RAM at start (Hyper-V static memory, VirtualBox). */
  preallocatesMemory: boolean;
  /** Fractional slowdown of CPU-bound work in the guest (0.02 = 2% slower). */
  cpuOverhead: Cited;
  /** Fractional slowdown of disk I/O. */
  ioOverhead: Cited;
  /** Added network round-trip in microseconds. */
  networkRttUs: Cited;
  /** Whether it gives containers that run inside it a Linux kernel on a Windows host (WSL2). */
  linuxUtilityVm: boolean;
}

export interface RuntimeDef {
  id: 'runc' | 'gvisor' | 'kata';
  label: string;
  /** Namespaces, cgroup, overlay mount. */
  create: PhaseDef;
  /** Runtime start: runc exec, gVisor's Sentry, Kata's VM boot. */
  start: PhaseDef;
  /** Memory the sandbox holds beyond the app (Sentry, Kata guest kernel and agent). */
  sandboxMemoryBytes: Cited;
  /** Kernel the processes' system calls reach: the host's, or one of its own. */
  ownKernel: boolean;
  /** Fractional slowdown of syscall-heavy work. */
  syscallOverhead: Cited;
  cpuOverhead: Cited;
  ioOverhead: Cited;
  /** Cost of one raw system call (getpid-like) under this runtime, in ns, for comparison. */
  syscallNs?: Cited;
  /** gVisor's platforms (how the Sentry intercepts system calls), each with its own costs. */
  platforms?: Record<GvisorPlatform, RuntimePlatformDef>;
  /** I/O slowdown by access pattern where a source measures them apart (`ioOverhead` is random reads). */
  ioByPattern?: IoByPattern<Cited>;
}

/** gVisor's system-call interception: Systrap (default since 2023), KVM, ptrace. */
export type GvisorPlatform = 'systrap' | 'kvm' | 'ptrace';

export interface RuntimePlatformDef {
  /** One raw system call, in ns. */
  syscallNs: Cited;
  /** Fractional slowdown of system-call-heavy work (an app's start: opens, reads, mmaps). */
  syscallOverhead: Cited;
}

/** Fractional slowdowns (0.2 = takes 1.2x as long) of fio's four patterns. */
export interface IoByPattern<T> {
  randomRead: T;
  randomWrite: T;
  sequentialRead: T;
  sequentialWrite: T;
}

export interface AppDef {
  id: string;
  /** From exec of the main process to serving. */
  init: PhaseDef;
  /** Resident memory once serving, idle. */
  memoryBytes: Cited;
  /** Cores busy when idle. */
  idleCpu: number;
  /** Files it writes while running, if any, come from scenario events. */
  listensOn: number[];
  /**
   * Set when the default command finishes by itself (hello-world prints and exits 0): how long
   * after init it exits. Data only: the engine does not act on it yet.
   */
  exitsAfter?: { ms: Cited; code: number };
  /**
   * What `docker stop` does to it: the image's stop signal and how long the app takes to exit
   * on it; null when, as PID 1 without a handler, it ignores the signal (the kernel gives init
   * no default action) and is killed after Docker's grace period.
   */
  stop?: { signal: 'SIGTERM' | 'SIGQUIT' | 'SIGINT' | 'SIGWINCH'; ms: Cited } | null;
}

/** A cited figure the model will need, kept with what it is for (catalogue/figures.ts). */
export interface Figure {
  id: string;
  /** What the number is, in a few words. */
  what: string;
  /** The value's unit as docs/calibration.md prints it. */
  unit: 'ms' | 'bytes' | 'ns' | 'µs' | 'ratio' | 'per-second' | 'count';
  value: Cited;
  /** The mechanism that will use it. */
  usedFor: string;
}

export interface Catalogue {
  images: Record<string, ImageDef>;
  guestOses: Record<string, GuestOsDef>;
  vmProfiles: Record<string, VmProfileDef>;
  runtimes: Record<string, RuntimeDef>;
  apps: Record<string, AppDef>;
  sources: Record<string, Source>;
  /** Cited figures for mechanisms the engine does not have yet. */
  figures?: Figure[];
  host: {
    /** Memory the host's own kernel and OS hold. */
    linuxBaseMemoryBytes: Cited;
    windowsBaseMemoryBytes: Cited;
    /** What `uname -r` prints on the host. */
    linuxKernelVersion: string;
    /** One stream's fastest rate on the host's disk (a layer's extraction, a guest's boot reads), bytes per second. */
    diskBytesPerSecond: Cited;
  };
}
