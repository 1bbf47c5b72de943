/**
 * Tags the official images' READMEs use most that name newer builds than the catalogue's
 * first entries: redis:latest (Redis 8 on Debian trixie), mysql:8 (the 8.4 LTS) and
 * mariadb:latest, each as docker-library/repo-info's page lists its linux/amd64 layers.
 */
import type { ImageDef } from './types';
import { MB } from './cite';
import { rootfsLayer } from './layers';
import { layer, originOf, type Build } from './registry';

const REDIS: Build = { source: 'repo-info-redis-latest', tag: 'redis:latest', platform: 'linux/amd64', version: 'Redis 8.10.1 on Debian 13 trixie-slim', built: '2026-09-19', digest: '5edb5f1591cd35076057573171f40e0439ec7fbbb38e04d56c0efae810d99d47' };

/** redis:latest: trixie-slim, user, tzdata, Redis built from source (with its modules), /data, entrypoint. */
export const REDIS_8: ImageDef = {
  ref: 'redis:8',
  tags: ['redis:8', 'redis:latest', 'redis:8.10', 'redis:8.10.1', 'redis:trixie', 'redis:8-trixie'],
  os: 'linux',
  app: 'redis',
  source: REDIS.source,
  origin: originOf(REDIS),
  platforms: ['linux/amd64', 'linux/arm/v5', 'linux/arm/v7', 'linux/arm64/v8', 'linux/386', 'linux/ppc64le', 'linux/riscv64', 'linux/s390x'],
  layers: [
    rootfsLayer(REDIS, 'debian-trixie-slim-rootfs-2026-09-18', "RUN # debian.sh --arch 'amd64' out/ 'trixie' '@1789689600' (slim rootfs)", '6b37362b3da78869050b894b799ad4df04f1f3b52774087db0d81151570244c8', 29_830_418,
      { bytes: 79 * MB, range: [70 * MB, 90 * MB], reasoning: 'The download x 2.65, the ratio of the bookworm-slim rootfs (28.2 MB download, 74.8 MB on disk per repo-info local/bookworm-slim); repo-info lists only this layer\'s download.' },
      [{ path: '/etc/os-release', sizeBytes: 267 }, { path: '/bin/bash', sizeBytes: 1_300_000 }]),
    layer(REDIS, 'redis-8.10.1-user', 'RUN groupadd -r -g 999 redis && useradd -r -g redis -u 999 redis', 'cd2a24b5fb25c4844b2cdaa383d07858aba6053eaec806bd84cf3da1256272bc', 1_101, [{ path: '/etc/passwd', sizeBytes: 954 }]),
    layer(REDIS, 'redis-8.10.1-tzdata', 'RUN apt-get install -y --no-install-recommends tzdata', '090bdb3db9ca070adacf9281d8aa8dd33aa2a615502350c6e4d62d3e581acf01', 824),
    layer(REDIS, 'redis-8.10.1-build', 'RUN wget redis-full-8.10.1.tar.gz && make deploy (BUILD_TLS=yes, modules)', '916bd9c149a39d26450a2da3d7cebc6d61eb639a195458fa0047ccb638d12ffe', 25_639_861, [
      { path: '/usr/local/bin/redis-server', sizeBytes: 15_000_000 },
      { path: '/usr/local/bin/redis-cli', sizeBytes: 8_000_000 },
    ]),
    layer(REDIS, 'redis-8.10.1-data-dir', 'RUN mkdir /data && chown redis:redis /data', '325b1e560d63ad49c2f0e5c9b2430e83db7d567ecd837da4c5dff2952f8fccf0', 97, [{ path: '/data', sizeBytes: 0 }]),
    layer(REDIS, 'empty-workdir-layer', 'WORKDIR /data', '4f4fb700ef54461cfa02571ae0db9a0dc1e0cdb5577484a6d75e68dc38e8acc1', 32),
    layer(REDIS, 'redis-8.10.1-entrypoint', 'COPY docker-entrypoint.sh /usr/local/bin/', 'a7abbb3aa6cf2c19ce7974aba5bcf32d2c35e43753b5b450304b85a5cea0ae93', 2_109, [{ path: '/usr/local/bin/docker-entrypoint.sh', sizeBytes: 4_000 }]),
  ],
};

const MYSQL8: Build = { source: 'repo-info-mysql-8', tag: 'mysql:8', platform: 'linux/amd64', version: 'MySQL 8.4.11 LTS on Oracle Linux 9 slim', built: '2026-09-12', digest: '8c19b656bb381f163750b238852bd377ba5764e1ec30cdd3f02e55cf8e2f89b7' };

/** mysql:8 (the 8.4 LTS): Oracle Linux 9 slim, gosu, tools, the server rpm, then MySQL Shell. */
export const MYSQL_84: ImageDef = {
  ref: 'mysql:8',
  tags: ['mysql:8', 'mysql:8.4', 'mysql:8.4.11', 'mysql:lts', 'mysql:8-oraclelinux9', 'mysql:8.4-oraclelinux9', 'mysql:lts-oraclelinux9'],
  os: 'linux',
  app: 'mysql',
  source: MYSQL8.source,
  origin: originOf(MYSQL8),
  platforms: ['linux/amd64', 'linux/arm64/v8'],
  layers: [
    rootfsLayer(MYSQL8, 'oraclelinux-9-slim-rootfs-2026-09-11', 'ADD oraclelinux-9-slim-amd64-rootfs.tar.xz /', '13c85306055eb6ecca743420c9a29fec0936e01bea1df866947ecc554f9b7235', 47_931_319,
      { bytes: 127 * MB, range: [100 * MB, 160 * MB], reasoning: 'The download x 2.64 (the nginx calibration ratio); repo-info lists no on-disk size for this layer.' },
      [{ path: '/etc/oracle-release', sizeBytes: 32 }, { path: '/usr/bin/microdnf', sizeBytes: 90_000 }]),
    layer(MYSQL8, 'mysql-8.4.11-user', 'RUN groupadd --system --gid 999 mysql && useradd --system --uid 999 --gid 999 mysql', '62f909f48b33b5a40d7f2ab172ceb183d7faa36ac3dfb869380daed9e70483ea', 882),
    layer(MYSQL8, 'mysql-8.4.11-gosu', 'RUN curl gosu-amd64 (1.19) && gpg --verify && chmod +x /usr/local/bin/gosu', '70d659eb9b5326feec6dacf803358daae895eb09b245f6d26796a84e11b1e9b8', 783_555, [{ path: '/usr/local/bin/gosu', sizeBytes: 2_400_000 }]),
    layer(MYSQL8, 'mysql-8.4.11-tools', 'RUN microdnf install -y bzip2 gzip openssl xz zstd findutils', '7c507b2b0af45fc6806e5c3606ae1dc22b64a69523f156bd593915a8350c7091', 6_193_401),
    layer(MYSQL8, 'mysql-8.4.11-gpg-key', 'RUN gpg --export --armor BCA4...785C > /etc/pki/rpm-gpg/RPM-GPG-KEY-mysql', 'f5703b6421969ea9aff5cd6360efecae6e51b136dfa07a82656251d48e31b622', 2_605),
    layer(MYSQL8, 'mysql-8.4.11-server-repo', 'RUN tee /etc/yum.repos.d/mysql-community-minimal.repo', '35c18fec455d7a8794345d50f29444ac5966054f9740155e018e174d2bae9477', 333),
    layer(MYSQL8, 'mysql-8.4.11-server', 'RUN microdnf install -y mysql-community-server-minimal-8.4.11-1.el9 && mkdir /var/lib/mysql /docker-entrypoint-initdb.d', 'ec3187676fa6d9c45c98cb6decb229921c7d07d165cc1d4d0dae60b1605fd1b6', 51_637_258, [
      { path: '/usr/sbin/mysqld', sizeBytes: 60_000_000 },
      { path: '/etc/my.cnf', sizeBytes: 1_300 },
    ]),
    layer(MYSQL8, 'mysql-8.4.11-tools-repo', 'RUN tee /etc/yum.repos.d/mysql-community-tools.repo', '2a2df1f368eb7f6802e3d1b729fc92edfa39d88566c277762f5d4273b3dd4016', 321),
    layer(MYSQL8, 'mysql-8.4.11-shell', 'RUN microdnf install -y mysql-shell-8.4.10-1.el9', 'e1ff04460a2370477b5e3d72c37c35db66f2bb8663cb44ad9c16c86d49b7819b', 132_432_030, [{ path: '/usr/bin/mysqlsh', sizeBytes: 50_000_000 }]),
    layer(MYSQL8, 'mysql-8.4.11-entrypoint', 'COPY docker-entrypoint.sh /usr/local/bin/', '052c01bf8f0e2f34730c39539679425d5b233357dbbd7ba52f402db7aca17926', 5_224, [{ path: '/usr/local/bin/docker-entrypoint.sh', sizeBytes: 15_000 }]),
  ],
};

const MARIADB: Build = { source: 'repo-info-mariadb-latest', tag: 'mariadb:latest', platform: 'linux/amd64', version: 'MariaDB 12.3.2 on Ubuntu 24.04', built: '2026-08-18', digest: '63b29a06fbde176102a20d90fee92b2bac3a112a4f47816cac18da9b70767393' };

/**
 * mariadb:latest: Ubuntu noble, the mysql user, gosu and helpers, the MariaDB apt source, the
 * server (its app: mariadbd, apps.ts).
 */
export const MARIADB_123: ImageDef = {
  ref: 'mariadb:12.3',
  tags: ['mariadb:12.3', 'mariadb:latest', 'mariadb:12', 'mariadb:12.3.2', 'mariadb:noble', 'mariadb:12.3-noble', 'mariadb:12-noble'],
  os: 'linux',
  app: 'mariadb',
  source: MARIADB.source,
  origin: originOf(MARIADB),
  platforms: ['linux/amd64', 'linux/arm64/v8', 'linux/ppc64le', 'linux/s390x'],
  layers: [
    rootfsLayer(MARIADB, 'ubuntu-24.04-rootfs-2026-08-17', 'ADD file:cb9335ce6f27... in / (ubuntu:noble, 2026-08-17)', '0926a8eb0e608a5c6888d1cd5594184bdf3ed3aa311dba5b42a547caefdc6f2e', 29_752_807,
      { bytes: 78 * MB, range: [74 * MB, 82 * MB], reasoning: 'An Ubuntu 24.04 base unpacks to about 78 MB (`docker images` for ubuntu:24.04); repo-info lists only its download.' },
      [{ path: '/etc/os-release', sizeBytes: 386 }, { path: '/bin/bash', sizeBytes: 1_446_024 }]),
    layer(MARIADB, 'mariadb-12.3.2-user', 'RUN groupadd -r mysql && useradd -r -g mysql mysql --home-dir /var/lib/mysql && userdel --remove ubuntu', '71fc539b309a9c3d0b15568b629b2a136ade389e762e2ff49d445b5467377e21', 1_342),
    layer(MARIADB, 'mariadb-12.3.2-gosu', 'RUN apt-get install -y ca-certificates gpg libjemalloc2 pwgen tzdata xz-utils zstd && wget gosu (1.19)', '0823aa11c04c65f4f6abca8c0f1a5ca74ff1b72294cbb5acf1575e028751caf0', 5_245_569, [{ path: '/usr/local/bin/gosu', sizeBytes: 2_400_000 }]),
    layer(MARIADB, 'mariadb-12.3.2-initdb-dir', 'RUN mkdir /docker-entrypoint-initdb.d', 'ef4e113f30b95423af6e26440597d0ce807096cf928cd83fda864b6e6cee1baf', 116),
    layer(MARIADB, 'mariadb-12.3.2-apt-source', 'RUN echo "deb http://archive.mariadb.org/mariadb-12.3.2/repo/ubuntu/ noble main" > /etc/apt/sources.list.d/mariadb.list', '0b9fa11a3618f89861117845321307a05f3b58b2558c61086743d0cd5c5bde12', 330),
    layer(MARIADB, 'mariadb-12.3.2-server', 'RUN apt-get install -y mariadb-server-galera=1:12.3.2+maria~ubu2404 mariadb-backup socat', '4373608fb269941bc8fcd70ca7db9938e0dea6ce3ba93fc65d3aa6fdda7aba41', 70_287_019, [
      { path: '/usr/sbin/mariadbd', sizeBytes: 30_000_000 },
    ]),
    layer(MARIADB, 'mariadb-12.3.2-healthcheck', 'COPY healthcheck.sh /usr/local/bin/healthcheck.sh', 'f4b83b8f70d27eda0c82c9d6add520f345e029bda1da89f47a0b9eecfd11725a', 4_034),
    layer(MARIADB, 'mariadb-12.3.2-entrypoint', 'COPY docker-entrypoint.sh /usr/local/bin/', '6d1c2cce3f0a7a12a78d7ad100b75d3d40c2f94aa415a3e46e8a73bf16687cb0', 8_492, [{ path: '/usr/local/bin/docker-entrypoint.sh', sizeBytes: 25_000 }]),
  ],
};
