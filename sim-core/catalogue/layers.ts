import type { LayerDef } from './types';
import { c, KB, MB } from './cite';

/**
 * Base layers that several images share. One object per layer, so every image that builds
 * on it carries the same id and the same sizes, and the engine stores it once on disk.
 * Sizes are linux/amd64, as Docker Hub lists them for the 2024-2025 tags.
 */

/** debian:bookworm-slim (debian:12-slim): the base of nginx, redis, postgres, python-slim, httpd. */
export const DEBIAN_BOOKWORM_SLIM: LayerDef = {
  id: 'debian-bookworm-slim-rootfs',
  createdBy: '# debian.sh --arch amd64 out/ bookworm (rootfs.tar.xz, slim variant)',
  sizeBytes: c(74_800 * KB, 'dockerhub-debian'),
  compressedBytes: c(28_200 * KB, 'dockerhub-debian'),
  files: [
    { path: '/bin/bash', sizeBytes: 1_265_648 },
    { path: '/usr/lib/x86_64-linux-gnu/libc.so.6', sizeBytes: 1_922_136 },
    { path: '/usr/bin/apt', sizeBytes: 18_824 },
    { path: '/usr/bin/dpkg', sizeBytes: 318_936 },
    { path: '/etc/os-release', sizeBytes: 267 },
    { path: '/etc/debian_version', sizeBytes: 5 },
  ],
};

/** debian:bookworm (debian:12): the full base, under buildpack-deps and so under node:20. */
export const DEBIAN_BOOKWORM: LayerDef = {
  id: 'debian-bookworm-rootfs',
  createdBy: '# debian.sh --arch amd64 out/ bookworm (rootfs.tar.xz)',
  sizeBytes: c(117 * MB, 'dockerhub-debian'),
  compressedBytes: c(49_500 * KB, 'dockerhub-debian'),
  files: [
    { path: '/bin/bash', sizeBytes: 1_265_648 },
    { path: '/usr/lib/x86_64-linux-gnu/libc.so.6', sizeBytes: 1_922_136 },
    { path: '/usr/bin/perl', sizeBytes: 3_904_976 },
    { path: '/usr/share/doc', sizeBytes: 4_300_000 },
    { path: '/etc/os-release', sizeBytes: 267 },
    { path: '/etc/debian_version', sizeBytes: 5 },
  ],
};

/** The three buildpack-deps:bookworm layers node:20 stacks on (curl, scm, then compilers). */
export const BUILDPACK_DEPS_BOOKWORM: LayerDef[] = [
  {
    id: 'buildpack-deps-bookworm-curl',
    createdBy: 'RUN apt-get install -y ca-certificates curl gnupg netbase sq wget',
    sizeBytes: c(56 * MB, 'dockerhub-buildpack-deps'),
    compressedBytes: c(24 * MB, 'dockerhub-buildpack-deps'),
    files: [
      { path: '/usr/bin/curl', sizeBytes: 309_592 },
      { path: '/usr/bin/wget', sizeBytes: 527_256 },
      { path: '/etc/ssl/certs/ca-certificates.crt', sizeBytes: 213_777 },
    ],
  },
  {
    id: 'buildpack-deps-bookworm-scm',
    createdBy: 'RUN apt-get install -y git mercurial openssh-client subversion procps',
    sizeBytes: c(188 * MB, 'dockerhub-buildpack-deps'),
    compressedBytes: c(64 * MB, 'dockerhub-buildpack-deps'),
    files: [
      { path: '/usr/bin/git', sizeBytes: 3_969_552 },
      { path: '/usr/bin/ssh', sizeBytes: 1_161_240 },
      { path: '/usr/bin/python3.11', sizeBytes: 6_831_736 },
    ],
  },
  {
    id: 'buildpack-deps-bookworm',
    createdBy: 'RUN apt-get install -y autoconf automake gcc g++ make libssl-dev ... (build tools and -dev headers)',
    sizeBytes: c(588 * MB, 'dockerhub-buildpack-deps'),
    compressedBytes: c(211 * MB, 'dockerhub-buildpack-deps'),
    files: [
      { path: '/usr/bin/x86_64-linux-gnu-gcc-12', sizeBytes: 1_174_376 },
      { path: '/usr/libexec/gcc/x86_64-linux-gnu/12/cc1', sizeBytes: 35_000_000 },
      { path: '/usr/include/openssl/ssl.h', sizeBytes: 128_000 },
    ],
  },
];
