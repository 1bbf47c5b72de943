/**
 * Base layers that several images share. One object per layer, so every image built on it
 * carries the same id and sizes and the engine stores it once. A shared layer is the build
 * named in its quote; images that repo-info shows on a later rebuild of the same Debian
 * release (a few kB apart) are represented by this one layer, as on a host that pulled them
 * the same week (docs/calibration.md, "Notes on the image data").
 */
import type { LayerDef } from './types';
import { estimate, MB } from './cite';
import { layer, type Build, type GunzipRatio } from './registry';

/** nginx:1.27's page lists the bookworm-slim rootfs of 2024-12-23 (postgres:17's too). */
const NGINX_BUILD: Build = { source: 'repo-info-nginx-1.27', tag: 'nginx:1.27', platform: 'linux/amd64', version: 'nginx 1.27.3 on Debian 12 bookworm', built: '2024-11-26', digest: 'c375ae41bb29c0615ab18452822fedf1981f8ba7a7b00508b3d901b7ab682947' };
/** node:20's page lists the bookworm rootfs of 2025-01-13 and the three buildpack-deps layers. */
export const NODE_BUILD: Build = { source: 'repo-info-node', tag: 'node:20', platform: 'linux/amd64', version: 'Node.js 20.18.1 on buildpack-deps:bookworm', built: '2025-01-14', digest: '21ce120df4188ccdd78b73a0f099045788b0055c84990f5a90905dc59e842dd7' };

const DEBIAN_LOCAL = 'repo-info-debian-local';

function debianRootfs(b: Build, id: string, createdBy: string, digest: string, compressed: number, onDiskMb: number, variant: string): LayerDef {
  const l = layer(b, id, createdBy, digest, compressed);
  return {
    ...l,
    sizeBytes: estimate(onDiskMb * MB, [Math.round((onDiskMb - 2) * MB), Math.round((onDiskMb + 2) * MB)],
      `repo-info local/bookworm-20260824${variant}.md gives "Virtual Size: ~ ${onDiskMb} Mb" for a later rebuild of the same release, whose download differs from this one by under 0.01%; repo-info lists no on-disk size for this build.`, DEBIAN_LOCAL),
  };
}

/** debian:bookworm-slim (debian:12-slim): the base of nginx, redis, postgres and others. */
export const DEBIAN_BOOKWORM_SLIM: LayerDef = {
  ...debianRootfs(NGINX_BUILD, 'debian-bookworm-slim-rootfs', "RUN # debian.sh --arch 'amd64' out/ 'bookworm' '@1734912000' (slim rootfs)",
    'fd674058ff8f8cfa7fb8a20c006fc0128541cbbad7f7f7f28df570d08f9e4d92', 28_231_581, 74.83, '-slim'),
  files: [
    { path: '/bin/bash', sizeBytes: 1_265_648 },
    { path: '/usr/lib/x86_64-linux-gnu/libc.so.6', sizeBytes: 1_922_136 },
    { path: '/usr/bin/apt', sizeBytes: 18_824 },
    { path: '/usr/bin/dpkg', sizeBytes: 318_936 },
    { path: '/etc/os-release', sizeBytes: 267 },
    { path: '/etc/debian_version', sizeBytes: 5 },
  ],
};

/** debian:bookworm (debian:12): the full base under buildpack-deps, so under node. */
export const DEBIAN_BOOKWORM: LayerDef = {
  ...debianRootfs(NODE_BUILD, 'debian-bookworm-rootfs', "RUN # debian.sh --arch 'amd64' out/ 'bookworm' '@1736726400'",
    'fd0410a2d1aece5360035b61b0a60d8d6ce56badb9d30a5c86113b3ec724f72a', 48_479_962, 116.57, ''),
  files: [
    { path: '/bin/bash', sizeBytes: 1_265_648 },
    { path: '/usr/lib/x86_64-linux-gnu/libc.so.6', sizeBytes: 1_922_136 },
    { path: '/usr/bin/perl', sizeBytes: 3_904_976 },
    { path: '/usr/share/doc', sizeBytes: 4_300_000 },
    { path: '/etc/os-release', sizeBytes: 267 },
    { path: '/etc/debian_version', sizeBytes: 5 },
  ],
};

/** The three buildpack-deps:bookworm layers node:20 and node:22 stack on (curl, scm, compilers). */
export const BUILDPACK_DEPS_BOOKWORM: LayerDef[] = [
  layer(NODE_BUILD, 'buildpack-deps-bookworm-curl', 'RUN apt-get install -y ca-certificates curl gnupg netbase sq wget',
    'bf571be90f05e10949e4ae13071c81d3182077d926e3f84169a12e0ce2aec209', 24_058_643, [
      { path: '/usr/bin/curl', sizeBytes: 309_592 },
      { path: '/usr/bin/wget', sizeBytes: 527_256 },
      { path: '/etc/ssl/certs/ca-certificates.crt', sizeBytes: 213_777 },
    ]),
  layer(NODE_BUILD, 'buildpack-deps-bookworm-scm', 'RUN apt-get install -y git mercurial openssh-client subversion procps',
    '684a51896c8291a1769034cf6e10971c82a82c43b6b4588d1c71d215953eaa61', 64_398_680, [
      { path: '/usr/bin/git', sizeBytes: 3_969_552 },
      { path: '/usr/bin/ssh', sizeBytes: 1_161_240 },
      { path: '/usr/bin/python3.11', sizeBytes: 6_831_736 },
    ]),
  layer(NODE_BUILD, 'buildpack-deps-bookworm', 'RUN apt-get install -y autoconf automake gcc g++ make libssl-dev ... (build tools and -dev headers)',
    'fbf93b646d6b4d6612a25d50599f4d8e3c7785f83c6ba085219f9d4d334e8aa3', 211_326_155, [
      { path: '/usr/bin/x86_64-linux-gnu-gcc-12', sizeBytes: 1_174_376 },
      { path: '/usr/libexec/gcc/x86_64-linux-gnu/12/cc1', sizeBytes: 35_000_000 },
      { path: '/usr/include/openssl/ssl.h', sizeBytes: 128_000 },
    ]),
];

/** A single-layer base image: its download as repo-info lists it, its on-disk size as commonly seen. */
export function rootfsLayer(b: Build, id: string, createdBy: string, digest: string, compressed: number,
  onDisk: { bytes: number; range: [number, number]; reasoning: string }, files: LayerDef['files']): LayerDef {
  return {
    id,
    createdBy,
    compressedBytes: layer(b, id, createdBy, digest, compressed).compressedBytes,
    sizeBytes: estimate(onDisk.bytes, onDisk.range, onDisk.reasoning),
    files,
  };
}

/** The download-size-only layer of a build when the on-disk ratio differs from the default. */
export function layerWithRatio(b: Build, id: string, createdBy: string, digest: string, compressed: number, ratio: GunzipRatio, files: LayerDef['files'] = []): LayerDef {
  return layer(b, id, createdBy, digest, compressed, files, ratio);
}

