import type { ImageDef } from './types';
import { osReleaseFile } from './os-release';
import { KB, MB } from './cite';
import { rootfsLayer } from './layers';
import { originOf, type Build } from './registry';

const ALPINE: Build = { source: 'repo-info-alpine-3.20', tag: 'alpine:3.20', platform: 'linux/amd64', version: 'Alpine Linux 3.20.8', built: '2025-10-08', digest: '008827ed2172a676b08121e21cf9db0ce08a90ee6c8a12fc374af8a56c0e496d' };

export const ALPINE_320: ImageDef = {
  ref: 'alpine:3.20',
  tags: ['alpine:3.20', 'alpine:3.20.8'],
  os: 'linux',
  app: 'shell',
  source: ALPINE.source,
  origin: originOf(ALPINE),
  layers: [rootfsLayer(ALPINE, 'alpine-3.20.8-minirootfs', 'ADD alpine-minirootfs-3.20.8-x86_64.tar.gz /', '5311e7f182d02360a7194aa2995849bcdf04795c39a0ffdcf413eae625865970', 3_627_056,
    { bytes: Math.round(7.8 * MB), range: [7 * MB, 9 * MB], reasoning: 'An Alpine 3.20 minirootfs unpacks to about 7.8 MB (`docker images` for alpine:3.20, ~2.15x its download); repo-info lists only the download.' },
    [
      { path: '/bin/busybox', sizeBytes: 808_712 },
      { path: '/lib/ld-musl-x86_64.so.1', sizeBytes: 657_000 },
      { path: '/sbin/apk', sizeBytes: 70_000 },
      osReleaseFile('alpine-3.20.8-minirootfs'),
      { path: '/etc/alpine-release', sizeBytes: 7 },
    ])],
};

const ALPINE_LATEST: Build = { source: 'repo-info-alpine-latest', tag: 'alpine:latest', platform: 'linux/amd64', version: 'Alpine Linux 3.24.2', built: '2026-09-17', digest: 'd56c381f961d307a21b3ca004cf1e3910f106644aefb1f43e654c8a56c4fd395' };

/** alpine:latest (3.24.2 when repo-info recorded it): what `docker run alpine` and Docker's networking tutorial pull. */
export const ALPINE_324: ImageDef = {
  ref: 'alpine:3.24',
  tags: ['alpine:3.24', 'alpine:latest', 'alpine:3', 'alpine:3.24.2'],
  os: 'linux',
  app: 'shell',
  source: ALPINE_LATEST.source,
  origin: originOf(ALPINE_LATEST),
  layers: [rootfsLayer(ALPINE_LATEST, 'alpine-3.24.2-minirootfs', 'ADD alpine-minirootfs-3.24.2-x86_64.tar.gz / # buildkit', 'e2de96513ba9eb53b431787ec8a65cdde380ac4772a3e4c4b714dcfde2a102b5', 3_849_738,
    { bytes: Math.round(8.3 * MB), range: [7.5 * MB, 9.5 * MB], reasoning: 'An Alpine minirootfs unpacks to about 2.15x its download (alpine:3.20: 7.8 MB from 3.6 MB); repo-info lists only the download (3,849,738 B).' },
    [
      { path: '/bin/busybox', sizeBytes: 808_712 },
      { path: '/lib/ld-musl-x86_64.so.1', sizeBytes: 657_000 },
      { path: '/sbin/apk', sizeBytes: 70_000 },
      osReleaseFile('alpine-3.24.2-minirootfs'),
      { path: '/etc/alpine-release', sizeBytes: 7 },
    ])],
};

const UBUNTU_2204: Build = { source: 'repo-info-ubuntu', tag: 'ubuntu:22.04', platform: 'linux/amd64', version: 'Ubuntu 22.04 jammy', built: '2024-02-27', digest: 'aa772c98400ef833586d1d517d3e8de670f7e712bf581ce6053165081773259d' };
const UBUNTU_2404: Build = { source: 'repo-info-ubuntu', tag: 'ubuntu:24.04', platform: 'linux/amd64', version: 'Ubuntu 24.04 noble (a February 2024 build before the release)', built: '2024-02-25', digest: '69ce9399fe60c5710baee8416b7991183653c3d577afc2b0e3bfe508d7c76142' };

const UBUNTU_DISK = (v: string, mb: number) => ({
  bytes: Math.round(mb * MB), range: [74 * MB, 82 * MB] as [number, number],
  reasoning: `An Ubuntu ${v} base unpacks to about ${mb} MB (\`docker images\`, ~2.6x its download); repo-info lists only the download.`,
});

export const UBUNTU_22_04: ImageDef = {
  ref: 'ubuntu:22.04',
  tags: ['ubuntu:22.04', 'ubuntu:jammy'],
  os: 'linux',
  app: 'shell',
  source: UBUNTU_2204.source,
  origin: originOf(UBUNTU_2204),
  layers: [rootfsLayer(UBUNTU_2204, 'ubuntu-22.04-rootfs', 'ADD file:21c2e8d9...a207b in / (ubuntu-jammy-oci-amd64-root.tar.gz)', 'bccd10f490ab0f3fba61b193d1b80af91b17ca9bdca9768a16ed05ce16552fcb', 29_538_961,
    UBUNTU_DISK('22.04', 77.9), [
      { path: '/bin/bash', sizeBytes: 1_396_520 },
      { path: '/usr/lib/x86_64-linux-gnu/libc.so.6', sizeBytes: 2_220_400 },
      osReleaseFile('ubuntu-22.04-rootfs'),
      { path: '/usr/bin/apt', sizeBytes: 18_824 },
    ])],
};

export const UBUNTU_24_04: ImageDef = {
  ref: 'ubuntu:24.04',
  tags: ['ubuntu:24.04', 'ubuntu:noble', 'ubuntu:latest'],
  os: 'linux',
  app: 'shell',
  source: UBUNTU_2404.source,
  origin: originOf(UBUNTU_2404),
  layers: [rootfsLayer(UBUNTU_2404, 'ubuntu-24.04-rootfs', 'ADD file:93f7775e...0623 in / (ubuntu-noble-oci-amd64-root.tar.gz)', '26489f2f1781332c4e802d1dce0cf4978a1b210b92984bd4183dd65a12c163b4', 29_682_656,
    UBUNTU_DISK('24.04', 78.1), [
      { path: '/bin/bash', sizeBytes: 1_446_024 },
      { path: '/etc/os-release', sizeBytes: 386 },
      { path: '/usr/bin/apt', sizeBytes: 18_824 },
    ])],
};

const BUSYBOX: Build = { source: 'repo-info-busybox-1.37', tag: 'busybox:1.37', platform: 'linux/amd64', version: 'BusyBox 1.37.0 (glibc), Debian 13 toolchain', built: '2026-05-22', digest: '7a3ebe5bfd1a4a19797d20b0c0bb39d44393e9a03fd852c0865b0f540d868df0' };

export const BUSYBOX_137: ImageDef = {
  ref: 'busybox:1.37',
  tags: ['busybox:1.37', 'busybox:latest', 'busybox:1', 'busybox:1.37.0', 'busybox:stable', 'busybox:glibc', 'busybox:1.37-glibc', 'busybox:1.37.0-glibc', 'busybox:stable-glibc'],
  os: 'linux',
  app: 'shell',
  source: BUSYBOX.source,
  origin: originOf(BUSYBOX),
  layers: [rootfsLayer(BUSYBOX, 'busybox-1.37.0-glibc-rootfs', 'RUN BusyBox 1.37.0 (glibc), Debian 13', '436a1b1fd078ee8e117111472724c2827077657189af7a781829d0825d48d2ab', 2_211_507,
    { bytes: Math.round(4.3 * MB), range: [4 * MB, 4.6 * MB], reasoning: 'One static-ish busybox binary plus glibc: about 4.3 MB unpacked (`docker images` for busybox), ~2x its download; repo-info lists only the download.' },
    [{ path: '/bin/sh', sizeBytes: 1_131_168 }, { path: '/bin/busybox', sizeBytes: 1_131_168 }, { path: '/etc/passwd', sizeBytes: 340 }])],
};

const HELLO: Build = { source: 'repo-info-hello-world', tag: 'hello-world:latest', platform: 'linux/amd64', version: 'hello-world (a static binary that prints a greeting)', built: '2025-01-21', digest: '03b62250a3cb1abd125271d393fc08bf0cc713391eda6b57c02d1ef85efcc25c' };

/** hello-world: one small static binary; it prints its message and exits 0. */
export const HELLO_WORLD: ImageDef = {
  ref: 'hello-world:latest',
  tags: ['hello-world:latest', 'hello-world:linux'],
  os: 'linux',
  app: 'hello',
  source: HELLO.source,
  origin: originOf(HELLO),
  layers: [rootfsLayer(HELLO, 'hello-world-2025-01-21', 'COPY hello /', 'e6590344b1a5dc518829d6ea1524fc12f8bcd14ee9a02aa6ad8360cce3a9a9e9', 2_436,
    { bytes: Math.round(10.1 * KB), range: [9 * KB, 14 * KB], reasoning: 'The image is one static binary of about 10 kB (`docker images` prints 10.1kB for this build, 13.3kB for the 2023 one); repo-info lists only the 2,436 B download.' },
    [{ path: '/hello', sizeBytes: 10_072 }])],
};

const NANO: Build = { source: 'repo-info-hello-world', tag: 'hello-world:latest (windows 10.0.20348.3207)', platform: 'windows/amd64', version: 'Windows Server 2022 Nano Server 10.0.20348.3207 base', built: '2025-02-07', digest: '01d0af4ccf62079415ccc6f718b01c09def42b8392cd4402984bea12978e102d' };

/** Nano Server: Windows binaries; it needs a Windows kernel (a Linux host refuses it). */
export const NANOSERVER_LTSC2022: ImageDef = {
  ref: 'mcr.microsoft.com/windows/nanoserver:ltsc2022',
  tags: ['mcr.microsoft.com/windows/nanoserver:ltsc2022', 'mcr.microsoft.com/windows/nanoserver:10.0.20348.3207'],
  os: 'windows',
  app: 'shell',
  source: NANO.source,
  origin: originOf(NANO),
  layers: [rootfsLayer(NANO, 'nanoserver-ltsc2022-10.0.20348.3207', 'Apply image 10.0.20348.3207 (Windows Server 2022 Nano Server base)', '938e4585b186fc3df3c1959d47ba7a634fea121cec7545db7923ceb191d99a33', 120_666_610,
    { bytes: 297 * MB, range: [250 * MB, 350 * MB], reasoning: 'The Nano Server ltsc2022 base unpacks to roughly 300 MB on a Windows host; the registry lists only the 120.7 MB download (here as the first layer of hello-world\'s windows 10.0.20348 image, which is built FROM it).' },
    [
      { path: 'C:\\Windows\\System32\\cmd.exe', sizeBytes: 289_792 },
      { path: 'C:\\Windows\\System32\\ntdll.dll', sizeBytes: 2_000_000 },
    ])],
};
