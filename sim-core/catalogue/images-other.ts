import type { ImageDef } from './types';
import { c, KB, MB } from './cite';
import { BUILDPACK_DEPS_BOOKWORM, DEBIAN_BOOKWORM, DEBIAN_BOOKWORM_SLIM } from './layers';
import { copyLayer } from './images-debian';

/** postgres:16: bookworm-slim plus the PGDG packages; the apt install of postgresql-16 dominates. */
export const POSTGRES_16: ImageDef = {
  ref: 'postgres:16',
  os: 'linux',
  app: 'postgres',
  source: 'postgres-dockerfile',
  layers: [
    DEBIAN_BOOKWORM_SLIM,
    {
      id: 'postgres-16-user',
      createdBy: 'RUN groupadd -r postgres --gid=999 && useradd -r -g postgres --uid=999 postgres',
      sizeBytes: c(12_300, 'dockerhub-postgres'),
      compressedBytes: c(1_200, 'dockerhub-postgres'),
      files: [{ path: '/var/lib/postgresql', sizeBytes: 0 }],
    },
    {
      id: 'postgres-16-gosu',
      createdBy: 'RUN apt-get install ca-certificates wget && wget gosu-amd64 && gpg --verify',
      sizeBytes: c(4_300 * KB, 'dockerhub-postgres'),
      compressedBytes: c(1_500 * KB, 'dockerhub-postgres'),
      files: [{ path: '/usr/local/bin/gosu', sizeBytes: 2_269_184 }],
    },
    {
      id: 'postgres-16-locales',
      createdBy: 'RUN apt-get install -y locales && localedef -i en_US -c -f UTF-8 en_US.UTF-8',
      sizeBytes: c(24_500 * KB, 'dockerhub-postgres'),
      compressedBytes: c(8_100 * KB, 'dockerhub-postgres'),
      files: [{ path: '/usr/lib/locale/locale-archive', sizeBytes: 3_053_472 }],
    },
    {
      id: 'postgres-16-nss-wrapper',
      createdBy: 'RUN apt-get install -y --no-install-recommends libnss-wrapper xz-utils zstd',
      sizeBytes: c(4_000 * KB, 'dockerhub-postgres'),
      compressedBytes: c(1_300 * KB, 'dockerhub-postgres'),
      files: [{ path: '/usr/lib/x86_64-linux-gnu/libnss_wrapper.so', sizeBytes: 60_000 }],
    },
    {
      id: 'postgres-16-install',
      createdBy: 'RUN apt-get install -y postgresql-common postgresql-16=16.*',
      sizeBytes: c(310 * MB, 'dockerhub-postgres'),
      compressedBytes: c(106 * MB, 'dockerhub-postgres'),
      files: [
        { path: '/usr/lib/postgresql/16/bin/postgres', sizeBytes: 9_700_000 },
        { path: '/usr/lib/postgresql/16/bin/initdb', sizeBytes: 160_000 },
        { path: '/usr/share/postgresql/16/postgresql.conf.sample', sizeBytes: 29_950 },
        { path: '/usr/lib/x86_64-linux-gnu/libLLVM-14.so.1', sizeBytes: 100_000_000 },
      ],
    },
    copyLayer('postgres-16-entrypoint', '/usr/local/bin/docker-entrypoint.sh', 12_500, 'postgres-dockerfile'),
    copyLayer('postgres-16-ensure-initdb', '/usr/local/bin/docker-ensure-initdb.sh', 1_700, 'postgres-dockerfile'),
  ],
};

/** node:20: the full buildpack-deps:bookworm stack (compilers included), then Node and Yarn. */
export const NODE_20: ImageDef = {
  ref: 'node:20',
  os: 'linux',
  app: 'node',
  source: 'node-dockerfile',
  layers: [
    DEBIAN_BOOKWORM,
    ...BUILDPACK_DEPS_BOOKWORM,
    {
      id: 'node-20-user',
      createdBy: 'RUN groupadd --gid 1000 node && useradd --uid 1000 --gid node node',
      sizeBytes: c(8_800, 'dockerhub-node'),
      compressedBytes: c(3_300, 'dockerhub-node'),
      files: [{ path: '/home/node', sizeBytes: 0 }],
    },
    {
      id: 'node-20-install',
      createdBy: 'RUN curl node-v20.x-linux-x64.tar.xz && tar -xJf -C /usr/local',
      sizeBytes: c(187 * MB, 'dockerhub-node'),
      compressedBytes: c(48_500 * KB, 'dockerhub-node'),
      files: [
        { path: '/usr/local/bin/node', sizeBytes: 96_000_000 },
        { path: '/usr/local/lib/node_modules/npm/package.json', sizeBytes: 2_700 },
        { path: '/usr/local/include/node/node.h', sizeBytes: 63_000 },
      ],
    },
    {
      id: 'node-20-yarn',
      createdBy: 'RUN curl yarn-v1.22.22.tar.gz && tar -xzf -C /opt',
      sizeBytes: c(5_300 * KB, 'dockerhub-node'),
      compressedBytes: c(1_300 * KB, 'dockerhub-node'),
      files: [{ path: '/opt/yarn-v1.22.22/bin/yarn.js', sizeBytes: 5_200_000 }],
    },
    copyLayer('node-20-entrypoint', '/usr/local/bin/docker-entrypoint.sh', 388, 'node-dockerfile'),
  ],
};

/** httpd:2.4: bookworm-slim, Apache built from source, the foreground script. */
export const HTTPD_24: ImageDef = {
  ref: 'httpd:2.4',
  os: 'linux',
  app: 'httpd',
  source: 'dockerhub-httpd',
  layers: [
    DEBIAN_BOOKWORM_SLIM,
    {
      id: 'httpd-2.4-runtime-deps',
      createdBy: 'RUN apt-get install -y --no-install-recommends ca-certificates libaprutil1 libapr1 libldap',
      sizeBytes: c(10 * MB, 'dockerhub-httpd'),
      compressedBytes: c(4 * MB, 'dockerhub-httpd'),
      files: [{ path: '/usr/lib/x86_64-linux-gnu/libapr-1.so.0', sizeBytes: 250_000 }],
    },
    {
      id: 'httpd-2.4-build',
      createdBy: 'RUN wget httpd-2.4.x.tar.bz2 && ./configure && make && make install',
      sizeBytes: c(62 * MB, 'dockerhub-httpd'),
      compressedBytes: c(25 * MB, 'dockerhub-httpd'),
      files: [
        { path: '/usr/local/apache2/bin/httpd', sizeBytes: 2_800_000 },
        { path: '/usr/local/apache2/conf/httpd.conf', sizeBytes: 20_000 },
        { path: '/usr/local/apache2/htdocs/index.html', sizeBytes: 45 },
      ],
    },
    copyLayer('httpd-2.4-foreground', '/usr/local/bin/httpd-foreground', 133, 'dockerhub-httpd'),
  ],
};

export const ALPINE_320: ImageDef = {
  ref: 'alpine:3.20',
  os: 'linux',
  app: 'shell',
  source: 'dockerhub-alpine',
  layers: [{
    id: 'alpine-3.20-minirootfs',
    createdBy: 'ADD alpine-minirootfs-3.20.x-x86_64.tar.gz /',
    sizeBytes: c(7_800 * KB, 'dockerhub-alpine'),
    compressedBytes: c(3_600 * KB, 'dockerhub-alpine'),
    files: [
      { path: '/bin/busybox', sizeBytes: 808_712 },
      { path: '/lib/ld-musl-x86_64.so.1', sizeBytes: 657_000 },
      { path: '/sbin/apk', sizeBytes: 70_000 },
      { path: '/etc/os-release', sizeBytes: 186 },
      { path: '/etc/alpine-release', sizeBytes: 7 },
    ],
  }],
};

export const UBUNTU_2204: ImageDef = {
  ref: 'ubuntu:22.04',
  os: 'linux',
  app: 'shell',
  source: 'dockerhub-ubuntu',
  layers: [{
    id: 'ubuntu-22.04-rootfs',
    createdBy: 'ADD ubuntu-jammy-oci-amd64-root.tar.gz /',
    sizeBytes: c(77_900 * KB, 'dockerhub-ubuntu'),
    compressedBytes: c(29_500 * KB, 'dockerhub-ubuntu'),
    files: [
      { path: '/bin/bash', sizeBytes: 1_396_520 },
      { path: '/usr/lib/x86_64-linux-gnu/libc.so.6', sizeBytes: 2_220_400 },
      { path: '/etc/os-release', sizeBytes: 386 },
      { path: '/usr/bin/apt', sizeBytes: 18_824 },
    ],
  }],
};

export const BUSYBOX: ImageDef = {
  ref: 'busybox:1.37',
  os: 'linux',
  app: 'shell',
  source: 'dockerhub-busybox',
  layers: [{
    id: 'busybox-1.37-rootfs',
    createdBy: 'ADD busybox.tar.xz /',
    sizeBytes: c(4_300 * KB, 'dockerhub-busybox'),
    compressedBytes: c(2_200 * KB, 'dockerhub-busybox'),
    files: [
      { path: '/bin/sh', sizeBytes: 1_131_168 },
      { path: '/etc/passwd', sizeBytes: 340 },
    ],
  }],
};

/** Nano Server: Windows binaries; it needs a Windows kernel (a Linux host refuses it). */
export const NANOSERVER_LTSC2022: ImageDef = {
  ref: 'mcr.microsoft.com/windows/nanoserver:ltsc2022',
  os: 'windows',
  app: 'shell',
  source: 'mcr-nanoserver',
  layers: [{
    id: 'nanoserver-ltsc2022-base',
    createdBy: 'Apply image 10.0.20348.x (Windows Server 2022 Nano Server base)',
    sizeBytes: c(297 * MB, 'mcr-nanoserver'),
    compressedBytes: c(120 * MB, 'mcr-nanoserver'),
    files: [
      { path: 'C:\\Windows\\System32\\cmd.exe', sizeBytes: 289_792 },
      { path: 'C:\\Windows\\System32\\ntdll.dll', sizeBytes: 2_000_000 },
    ],
  }],
};

