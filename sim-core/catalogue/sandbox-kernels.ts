/**
 * What `uname` reports inside runtimes that give a container a kernel of its own. Strings,
 * not measurements: each is what the named release's source sets (docs/views.md).
 */
export interface KernelRelease {
  /** uname -r */
  release: string;
  /** uname -v */
  build: string;
  /** Where the string is set. */
  source: { title: string; url: string };
}

export const SANDBOX_KERNELS: Record<'gvisor' | 'kata', KernelRelease> = {
  // gVisor's Sentry advertised 4.4.0 from 2018 until release-20260427.0, which bumped it to 4.19.0-gvisor.
  gvisor: {
    release: '4.19.0-gvisor',
    build: '#1 SMP Sun Jan 10 15:06:54 PST 2016',
    source: { title: 'gVisor pkg/sentry/kernel/version/version.go (LinuxRelease, LinuxVersion; release-20260427.0 and later)', url: 'https://github.com/google/gvisor/blob/master/pkg/sentry/kernel/version/version.go' },
  },
  // Kata 4.x builds its guest kernel from versions.yaml's assets.kernel.version with no LOCALVERSION.
  kata: {
    release: '6.18.35',
    build: '#1 SMP',
    source: { title: 'Kata Containers 4.1.0 versions.yaml (assets.kernel.version v6.18.35)', url: 'https://github.com/kata-containers/kata-containers/blob/4.1.0/versions.yaml' },
  },
};
