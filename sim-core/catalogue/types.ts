/**
 * The catalogue: what names in a scenario mean. Every default number is a `Cited` value
 * carrying the id of its public source (sim-core/catalogue/sources.ts, docs/calibration.md),
 * so the UI can answer "why this number?".
 */

/** A number with the id of the public source it comes from. */
export interface Cited {
  value: number;
  /** Key into SOURCES. */
  source: string;
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
  /** True when the guest touches all its RAM at boot (Windows zeroes its pages). */
  touchesAllMemory: boolean;
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
}

export interface Catalogue {
  images: Record<string, ImageDef>;
  guestOses: Record<string, GuestOsDef>;
  vmProfiles: Record<string, VmProfileDef>;
  runtimes: Record<string, RuntimeDef>;
  apps: Record<string, AppDef>;
  sources: Record<string, Source>;
  host: {
    /** Memory the host's own kernel and OS hold. */
    linuxBaseMemoryBytes: Cited;
    windowsBaseMemoryBytes: Cited;
    /** What `uname -r` prints on the host. */
    linuxKernelVersion: string;
    /** Sequential disk bandwidth for layer extraction, bytes per second. */
    diskBytesPerSecond: Cited;
  };
}
