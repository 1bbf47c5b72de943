import type { ImageDef, LayerDef } from './types';
import { MB } from './cite';
import { DEBIAN_BOOKWORM_SLIM, rootfsLayer } from './layers';
import { layer, originOf, type Build } from './registry';

/** Per-layer digests and gzip sizes of one postgres build, in Dockerfile order after the rootfs. */
interface PgLayers {
  user: [string, number]; gnupg: [string, number]; gosu: [string, number]; locales: [string, number];
  nss: [string, number]; initdbDir: [string, number]; key: [string, number]; install: [string, number];
  confSample: [string, number]; runDir: [string, number]; pgdata: [string, number]; copy: [string, number]; ln: [string, number];
}

/** The official postgres Dockerfile: the same steps for every major; the apt install dominates. */
function postgresLayers(b: Build, major: number, v: string, l: PgLayers): LayerDef[] {
  const id = (s: string) => `postgres-${v}-${s}`;
  return [
    DEBIAN_BOOKWORM_SLIM,
    layer(b, id('user'), 'RUN groupadd -r postgres --gid=999 && useradd -r -g postgres --uid=999 postgres', l.user[0], l.user[1], [{ path: '/var/lib/postgresql', sizeBytes: 0 }]),
    layer(b, id('gnupg'), 'RUN apt-get install -y --no-install-recommends gnupg less', l.gnupg[0], l.gnupg[1]),
    layer(b, id('gosu'), 'RUN wget gosu-amd64 (1.17) && gpg --verify && chmod +x /usr/local/bin/gosu', l.gosu[0], l.gosu[1], [{ path: '/usr/local/bin/gosu', sizeBytes: 2_269_184 }]),
    layer(b, id('locales'), 'RUN apt-get install -y locales && locale-gen en_US.UTF-8', l.locales[0], l.locales[1], [{ path: '/usr/lib/locale/locale-archive', sizeBytes: 3_053_472 }]),
    layer(b, id('nss-wrapper'), 'RUN apt-get install -y --no-install-recommends libnss-wrapper xz-utils zstd', l.nss[0], l.nss[1], [{ path: '/usr/lib/x86_64-linux-gnu/libnss_wrapper.so', sizeBytes: 60_000 }]),
    layer(b, id('initdb-dir'), 'RUN mkdir /docker-entrypoint-initdb.d', l.initdbDir[0], l.initdbDir[1]),
    layer(b, id('pgdg-key'), 'RUN gpg --recv-keys B97B0AFCAA1A47F044F244A07FCC7D46ACCC4CF8 > /usr/local/share/keyrings/postgres.gpg.asc', l.key[0], l.key[1]),
    layer(b, id('install'), `RUN apt-get install -y postgresql-common postgresql-${major}=${v}-1.pgdg120+1`, l.install[0], l.install[1], [
      { path: `/usr/lib/postgresql/${major}/bin/postgres`, sizeBytes: 9_700_000 },
      { path: `/usr/lib/postgresql/${major}/bin/initdb`, sizeBytes: 160_000 },
      { path: `/usr/share/postgresql/${major}/postgresql.conf.sample`, sizeBytes: 29_950 },
      { path: '/usr/lib/x86_64-linux-gnu/libLLVM-14.so.1', sizeBytes: 100_000_000 },
    ]),
    layer(b, id('conf-sample'), "RUN dpkg-divert postgresql.conf.sample && sed listen_addresses = '*'", l.confSample[0], l.confSample[1]),
    layer(b, id('run-dir'), 'RUN install --directory --mode 3777 /var/run/postgresql', l.runDir[0], l.runDir[1]),
    layer(b, id('pgdata'), 'RUN install --directory --mode 1777 "$PGDATA"', l.pgdata[0], l.pgdata[1]),
    layer(b, id('entrypoint'), 'COPY docker-entrypoint.sh docker-ensure-initdb.sh /usr/local/bin/', l.copy[0], l.copy[1], [
      { path: '/usr/local/bin/docker-entrypoint.sh', sizeBytes: 12_500 },
      { path: '/usr/local/bin/docker-ensure-initdb.sh', sizeBytes: 1_700 },
    ]),
    layer(b, id('enforce-link'), 'RUN ln -sT docker-ensure-initdb.sh /usr/local/bin/docker-enforce-initdb.sh', l.ln[0], l.ln[1]),
  ];
}

const PG16: Build = { source: 'repo-info-postgres', tag: 'postgres:16-bookworm', platform: 'linux/amd64', version: 'PostgreSQL 16.7 on Debian 12 bookworm-slim', built: '2025-02-13', digest: '297f2426099d602b677435944a3c333f33de1c9324272a38bce9e3d161cc0931' };
const PG17: Build = { source: 'repo-info-postgres', tag: 'postgres:17-bookworm', platform: 'linux/amd64', version: 'PostgreSQL 17.2 on Debian 12 bookworm-slim', built: '2024-11-21' };

export const POSTGRES_16: ImageDef = {
  ref: 'postgres:16',
  tags: ['postgres:16', 'postgres:16.7', 'postgres:16-bookworm', 'postgres:16.7-bookworm'],
  os: 'linux',
  app: 'postgres',
  source: PG16.source,
  origin: originOf(PG16),
  layers: postgresLayers(PG16, 16, '16.7', {
    user: ['c48f75705ee4180cc91af04f4e03df9c9f2022692a4c3a93f1466264f1882c22', 1_169],
    gnupg: ['37f0f01afa087f90e9a89dd02102a27d73d73a51d54daff00257bbefa52ca0c8', 4_533_702],
    gosu: ['bcdc351d2177a2b1ec272fdeed1dcfcba613085ae6164008706c309583a26168', 1_446_686],
    locales: ['0a56f421ffcf6fba41cd99350080f524e747914584c290baef4f2cdb39d0d8b7', 8_066_299],
    nss: ['e2addc4ceae4d84228c9ce0f953df7e0ccc904e5cf33befe101030a132486597', 1_196_076],
    initdbDir: ['34985e29ac4e4883bac51aaf454d2c6f3ee67b5c5229a74c46ea3e93816e4117', 116],
    key: ['ed284837e3c65e5d5feb2ff3c5739a1740d1afadbbb6d3fe0e265e8c6efe3b76', 3_146],
    install: ['dce7ed737d874194dd455ef968f5e263b4eea5ecafbfe71bcb876688c588b6dc', 123_274_606],
    confSample: ['4edf6f9d6bbd2199703c2edce9e171422051439893edce17cefeb36d77566c68', 9_915],
    runDir: ['9e5fea6c52a5a44e233d95702fb9ab5f5c3be271936a9e09395c86daa85ed42a', 128],
    pgdata: ['efd72fc59b95f39f0597c25f9a055a5cf1853c8eb99ae190870dff8d6eb97cb6', 168],
    copy: ['4618de3d69f381a9e6b13c53b8a7e216d1f7a87a26df16c953560bc26b04f504', 5_414],
    ln: ['b3e17255218bde95c65b44db30d8a758dc1d36bcdb8c2871141729df88259836', 185],
  }),
};

/** postgres:17 (postgres:latest then): built on the very bookworm-slim layer nginx:1.27 has. */
export const POSTGRES_17: ImageDef = {
  ref: 'postgres:17',
  tags: ['postgres:17', 'postgres:latest', 'postgres:17.2', 'postgres:17-bookworm', 'postgres:17.2-bookworm', 'postgres:bookworm'],
  os: 'linux',
  app: 'postgres',
  source: PG17.source,
  origin: originOf(PG17),
  layers: postgresLayers(PG17, 17, '17.2', {
    user: ['1eab12a50bdf84192291158139a8748d7a625980b7a895b5a095136bce68de80', 1_163],
    gnupg: ['5a81b4aedb94b15e1fbaa61d8201c6c4d6d34e833d955bb50fdb77a1440a999f', 4_533_684],
    gosu: ['502eeeb4a17b7e9a72dd32ea70f89e0ef4af4e9aaa0d2f03669634cbe1543fd2', 1_446_702],
    locales: ['e9e19177b31825ede920ecf675be57b91c69392ba4904c7e902f669650580fcb', 8_066_300],
    nss: ['2068838cf5fa11ef4fc3715f112b2519897dce8164fe66b4fe2e89b4e521821b', 1_196_106],
    initdbDir: ['45a271dbb114f2a21cd2d5aa9c034f50e7ca173940b856b01a8f98f2e0652028', 116],
    key: ['8f9ac4ec849d2f83c49caa06503f369421ee30518ec60296c04f0e9b4ea9287b', 3_142],
    install: ['9d8b60e88ddb18f5250ee8fe377f6c0f97bba713d4b822fde462f296dcbab523', 110_296_722],
    confSample: ['3ec4ef4718040acd815ce32b94174a77f48d9c7c19f71ea696c7b0c6c3741685', 10_234],
    runDir: ['16d755b48cd44b8795ad66ecdae6cbb2efee6696639f0645b6fce715e71e4f0d', 128],
    pgdata: ['3d5d11fb541ce8e9fae51771a49cc0a833325308252bfdf3b903f65c295ed8e6', 169],
    copy: ['d8ab5fe30360ee62888652d53faaccfb049f104fe35b29d863792494c7f81785', 5_416],
    ln: ['d19370fe7a12496273a34abf168b163efebcfa0471bd6c3db97bcad2c44db1f5', 184],
  }),
};

const MYSQL: Build = { source: 'repo-info-mysql', tag: 'mysql:latest', platform: 'linux/amd64', version: 'MySQL 9.5.0 (innovation) on Oracle Linux 9 slim', built: '2026-01-16', digest: '00f711aeca86bf8a3e0e6dfd44f2a2b76014fc5fb59eda6c16cca3d692078d6e' };

/** mysql:latest: Oracle Linux 9 slim, gosu, the server rpm, then MySQL Shell (the largest layer). */
export const MYSQL_95: ImageDef = {
  ref: 'mysql:9.5',
  tags: ['mysql:9.5', 'mysql:latest', 'mysql:9', 'mysql:9.5.0', 'mysql:innovation', 'mysql:oraclelinux9', 'mysql:9.5-oraclelinux9'],
  os: 'linux',
  app: 'mysql',
  source: MYSQL.source,
  origin: originOf(MYSQL),
  layers: [
    rootfsLayer(MYSQL, 'oraclelinux-9-slim-rootfs', 'ADD oraclelinux-9-slim-amd64-rootfs.tar.xz /', '658e67031dba87f37a087802d8564b84ea84ff3a83d5993b8c090fe7466c9934', 47_314_538,
      { bytes: 125 * MB, range: [100 * MB, 160 * MB], reasoning: 'The download x 2.64 (the nginx calibration ratio); repo-info lists no on-disk size for this layer.' },
      [{ path: '/etc/oracle-release', sizeBytes: 32 }, { path: '/usr/bin/microdnf', sizeBytes: 90_000 }]),
    layer(MYSQL, 'mysql-9.5.0-user', 'RUN groupadd --system --gid 999 mysql && useradd --system --uid 999 --gid 999 mysql', 'e6e3687b576e09030d0137b68778ac8b794e931d12c86233b9a846bed3e1cee7', 884),
    layer(MYSQL, 'mysql-9.5.0-gosu', 'RUN curl gosu-amd64 (1.19) && gpg --verify && chmod +x /usr/local/bin/gosu', '488d39dd8c3ecec5a4aa482ea82cbdd336bdf0ccc5e9fe97857acc6f19f3061d', 783_556, [{ path: '/usr/local/bin/gosu', sizeBytes: 2_400_000 }]),
    layer(MYSQL, 'mysql-9.5.0-tools', 'RUN microdnf install -y bzip2 gzip openssl xz zstd findutils', '3e2cc70f011730a52b024ae2217527eaf26f9627e76590a5236d1381372c1463', 6_175_172),
    layer(MYSQL, 'mysql-9.5.0-gpg-key', 'RUN gpg --export --armor BCA4...785C > /etc/pki/rpm-gpg/RPM-GPG-KEY-mysql', '68b569d93fe587e6f7fc6d4d6f8653ab0662793b182ec4d3c2f7915720c9395b', 2_607),
    layer(MYSQL, 'mysql-9.5.0-server-repo', 'RUN tee /etc/yum.repos.d/mysql-community-minimal.repo', '41e3b86c4294968844915992442cc209a431158244998ffda17ffadd9a115cff', 338),
    layer(MYSQL, 'mysql-9.5.0-server', 'RUN microdnf install -y mysql-community-server-minimal-9.5.0-1.el9 && mkdir /var/lib/mysql /docker-entrypoint-initdb.d', 'f29dc23d7bfcd16f0b280c416002d296812d269a41c7c914c2d6a770e9622ba5', 51_337_329, [
      { path: '/usr/sbin/mysqld', sizeBytes: 60_000_000 },
      { path: '/etc/my.cnf', sizeBytes: 1_300 },
    ]),
    layer(MYSQL, 'mysql-9.5.0-tools-repo', 'RUN tee /etc/yum.repos.d/mysql-community-tools.repo', '9bbf0633cdd1831a67a9dd9e767018829498f2a3e4fa8023f787b70fc5147d65', 326),
    layer(MYSQL, 'mysql-9.5.0-shell', 'RUN microdnf install -y mysql-shell-9.5.0-1.el9', '6278c3f9bc1393ee533135a2366665f8e05f4006e5d80fef8f27cf4bac9a7f3d', 169_116_992, [{ path: '/usr/bin/mysqlsh', sizeBytes: 50_000_000 }]),
    layer(MYSQL, 'mysql-9.5.0-entrypoint', 'COPY docker-entrypoint.sh /usr/local/bin/', 'd5fb9df71aa98262f8a9b94308790682229f0a9a4662169d4a7deb49ffef53e1', 5_328, [{ path: '/usr/local/bin/docker-entrypoint.sh', sizeBytes: 15_000 }]),
  ],
};

const MONGO: Build = { source: 'repo-info-mongo', tag: 'mongo:latest', platform: 'linux/amd64', version: 'MongoDB 8.0.9 on Ubuntu 24.04', built: '2025-05-01', digest: 'c2c12cd59c8171f5723fad813b7fb92889b389aab166a4169d6b775ae09fdd43' };

/** mongo:latest: Ubuntu noble, user and /data/db, helpers, then the mongodb-org packages. */
export const MONGO_80: ImageDef = {
  ref: 'mongo:8.0',
  tags: ['mongo:8.0', 'mongo:latest', 'mongo:8', 'mongo:8.0.9', 'mongo:noble', 'mongo:8.0-noble', 'mongo:8-noble'],
  os: 'linux',
  app: 'mongo',
  source: MONGO.source,
  origin: originOf(MONGO),
  layers: [
    rootfsLayer(MONGO, 'ubuntu-24.04-rootfs-2025-04-28', 'ADD ubuntu-noble-oci-amd64-root.tar.gz / (2025-04-28)', '0622fac788edde5d30e7bbd2688893e5452a19ff237a2e4615e2d8181321cb4e', 29_717_529,
      { bytes: 78 * MB, range: [74 * MB, 82 * MB], reasoning: 'An Ubuntu 24.04 base unpacks to about 78 MB (`docker images` for ubuntu:24.04); repo-info lists only its download.' },
      [{ path: '/etc/os-release', sizeBytes: 386 }, { path: '/bin/bash', sizeBytes: 1_446_024 }]),
    layer(MONGO, 'mongo-8.0.9-user', 'RUN groupadd --gid 999 --system mongodb && useradd ... && mkdir -p /data/db /data/configdb', 'c1aa6a7c13c0ebacea1683a9d74eb974031e133db33b853d4d6e90a6cba422bf', 1_216, [{ path: '/data/db', sizeBytes: 0 }]),
    layer(MONGO, 'mongo-8.0.9-helpers', 'RUN apt-get install -y --no-install-recommends ca-certificates jq numactl procps', '82a30a2444162208d43e011acb1e3ea91c1f688435e01601830809d42186e830', 1_508_590),
    layer(MONGO, 'mongo-8.0.9-gosu', 'RUN wget gosu (1.17), js-yaml 3.13.1 and the MongoDB 8.0 signing key', 'd2c82d0518f83718a3a081365cdd6358cad8379cddb067a7941260e8891ec9e7', 1_131_070),
    layer(MONGO, 'mongo-8.0.9-initdb-dir', 'RUN mkdir /docker-entrypoint-initdb.d', 'ab6be4e21c66f8533616a1432544e712a586c6c7840241f93c6cab31ef9276a8', 116),
    layer(MONGO, 'mongo-8.0.9-apt-source', 'RUN echo "deb ... repo.mongodb.org/apt/ubuntu noble/mongodb-org/8.0 multiverse" > /etc/apt/sources.list.d/mongodb-org.list', 'f6ae99607c30f6663c0ff4a573d36e511e5720f1c52efe9d47834566761109af', 269),
    layer(MONGO, 'mongo-8.0.9-install', 'RUN apt-get install -y mongodb-org=8.0.9 mongodb-org-server mongodb-org-shell mongodb-org-mongos mongodb-org-tools', 'ca015e545994e8a04048ac8dfdcf2775f35e97b645ed5004c3dbc88c08f5704d', 258_605_741, [
      { path: '/usr/bin/mongod', sizeBytes: 180_000_000 },
      { path: '/usr/bin/mongosh', sizeBytes: 110_000_000 },
    ]),
    layer(MONGO, 'mongo-8.0.9-entrypoint', 'COPY docker-entrypoint.sh /usr/local/bin/', '54db8e3d8732559d77d5f452b6c59a60908e115273bb3e9bcb171c3490896797', 5_003, [{ path: '/usr/local/bin/docker-entrypoint.sh', sizeBytes: 14_000 }]),
  ],
};
