/**
 * Images docker/awesome-compose's published-image samples pull that the first entries lack:
 * postgres:alpine, redis:alpine, mariadb:10.5 and nextcloud:apache as docker-library/repo-info lists their
 * linux/amd64 layers; gitea/gitea, grafana/grafana and prom/prometheus are not official images,
 * repo-info has no page for them, so their sizes are estimates with ranges.
 */
import { osReleaseFile } from './os-release';
import type { ImageDef, LayerDef } from './types';
import { estimate, MB } from './cite';
import { rootfsLayer } from './layers';
import { layer, originOf, type Build } from './registry';
import { ALPINE_324 } from './images-base';

const PG_ALPINE: Build = { source: 'repo-info-postgres-alpine', tag: 'postgres:alpine', platform: 'linux/amd64', version: 'PostgreSQL 18.6 on Alpine 3.24.2', built: '2026-09-17', digest: 'd8703cd7fba306b9fec9268ecedfa8a966846c053036a60e3635791957eb2f66' };

/** postgres:alpine: PostgreSQL built from source on the very Alpine 3.24.2 layer alpine:latest has. */
export const POSTGRES_18_ALPINE: ImageDef = {
  ref: 'postgres:18-alpine',
  tags: ['postgres:18-alpine', 'postgres:alpine', 'postgres:18.6-alpine', 'postgres:alpine3.24', 'postgres:18-alpine3.24', 'postgres:18.6-alpine3.24'],
  os: 'linux',
  app: 'postgres',
  source: PG_ALPINE.source,
  origin: originOf(PG_ALPINE),
  platforms: ['linux/amd64', 'linux/arm/v6', 'linux/arm/v7', 'linux/arm64/v8', 'linux/386', 'linux/ppc64le', 'linux/riscv64', 'linux/s390x'],
  layers: [
    ALPINE_324.layers[0]!,
    layer(PG_ALPINE, 'postgres-18.6-alpine-user', 'RUN addgroup -g 70 -S postgres; adduser -u 70 -S -D -G postgres -H -h /var/lib/postgresql postgres', '976cd45ecd0f5afcb47e7ee68e70f2f8632a1e621e465632cf38a6bd06563aad', 968, [{ path: '/var/lib/postgresql', sizeBytes: 0 }]),
    layer(PG_ALPINE, 'postgres-18.6-alpine-gosu', 'RUN wget gosu-amd64 (1.19) && gpg --verify && chmod +x /usr/local/bin/gosu', 'd8f47ca787e9d08adaacc8d2a9d91e78e65e37706ef159ee52daae848c58bdd9', 901_406, [{ path: '/usr/local/bin/gosu', sizeBytes: 2_400_000 }]),
    layer(PG_ALPINE, 'postgres-18.6-alpine-initdb-dir', 'RUN mkdir /docker-entrypoint-initdb.d', '30b4807a96db4dc1287cec075f24db70aad9e7b1307dcbc52a20e26a98e12cfe', 116),
    layer(PG_ALPINE, 'postgres-18.6-alpine-build', 'RUN wget postgresql-18.6.tar.bz2 && ./configure --with-llvm ... && make install-world-bin && apk add .postgresql-rundeps', '23ebd67725253ed5be1425c468541541ba6034ec0acce3fc3c388df36c503d70', 115_260_137, [
      { path: '/usr/local/bin/postgres', sizeBytes: 10_000_000 },
      { path: '/usr/local/bin/initdb', sizeBytes: 160_000 },
      { path: '/usr/local/share/postgresql/postgresql.conf.sample', sizeBytes: 32_000 },
    ]),
    layer(PG_ALPINE, 'postgres-18.6-alpine-conf-sample', "RUN cp postgresql.conf.sample postgresql.conf.sample.orig && sed listen_addresses = '*'", 'e5545be08ab6c7da866f9eb293b5583146b729e72ec499e3bae843b808aa8636', 19_008),
    layer(PG_ALPINE, 'postgres-18.6-alpine-run-dir', 'RUN install --directory --mode 3777 /var/run/postgresql', 'a7fe9499841704ecc44978c38c723c55ed198cef686e90cdee890e5609a9c6de', 128),
    layer(PG_ALPINE, 'postgres-18.6-alpine-entrypoint', 'COPY docker-entrypoint.sh docker-ensure-initdb.sh /usr/local/bin/', '176ab66edd3909a2f90886b538b88fabfc9751709dd6bf335c9374448c6f77e5', 6_109, [
      { path: '/usr/local/bin/docker-entrypoint.sh', sizeBytes: 13_000 },
      { path: '/usr/local/bin/docker-ensure-initdb.sh', sizeBytes: 1_700 },
    ]),
    layer(PG_ALPINE, 'postgres-18.6-alpine-enforce-link', 'RUN ln -sT docker-ensure-initdb.sh /usr/local/bin/docker-enforce-initdb.sh', '5ef7ae0adbc8a98b2be3aa5546451f12ccb858a38079d10be3c4a0717ae6dfc5', 183),
  ],
};

const REDIS_ALPINE: Build = { source: 'repo-info-redis-alpine', tag: 'redis:alpine', platform: 'linux/amd64', version: 'Redis 8.10.2 on Alpine 3.23.6', built: '2026-09-21', digest: '2d3814be5e9b06a30a0be54770b7e12052e7e79ec85271aefd34875c1f393b23' };

/** redis:alpine: Alpine 3.23.6, user, tzdata, Redis built from source with its modules, /data, entrypoint. */
export const REDIS_8_ALPINE: ImageDef = {
  ref: 'redis:8-alpine',
  tags: ['redis:8-alpine', 'redis:alpine', 'redis:8.10-alpine', 'redis:8.10.2-alpine', 'redis:alpine3.23', 'redis:8-alpine3.23'],
  os: 'linux',
  app: 'redis',
  source: REDIS_ALPINE.source,
  origin: originOf(REDIS_ALPINE),
  platforms: ['linux/amd64', 'linux/arm/v6', 'linux/arm/v7', 'linux/arm64/v8', 'linux/386', 'linux/ppc64le', 'linux/riscv64', 'linux/s390x'],
  layers: [
    rootfsLayer(REDIS_ALPINE, 'alpine-3.23.6-minirootfs', 'ADD alpine-minirootfs-3.23.6-x86_64.tar.gz / # buildkit', 'd0c1d894c237d8192cbcd37e435031ad4eddec173299568a5a05869c2e40dfa3', 3_848_507,
      { bytes: Math.round(8.3 * MB), range: [7.5 * MB, 9.5 * MB], reasoning: 'An Alpine minirootfs unpacks to about 2.15x its download (alpine:3.20: 7.8 MB from 3.6 MB); repo-info lists only the download (3,848,507 B).' },
      [{ path: '/bin/busybox', sizeBytes: 808_712 }, { path: '/lib/ld-musl-x86_64.so.1', sizeBytes: 657_000 }, osReleaseFile('alpine-3.23.6-minirootfs'), { path: '/etc/alpine-release', sizeBytes: 7 }]),
    layer(REDIS_ALPINE, 'redis-8.10.2-alpine-user', 'RUN addgroup -S -g 1000 redis; adduser -S -G redis -u 999 redis', 'd60026184d2e638c58afc4c945753a676d1691a1d7ef8adc7c0a8221b771d624', 948),
    layer(REDIS_ALPINE, 'redis-8.10.2-alpine-tzdata', 'RUN apk add --no-cache tzdata setpriv', '618072543738a1af8f8f650cc185ca8f8cae09950f22d7374610e5eb1383990b', 201_018),
    layer(REDIS_ALPINE, 'redis-8.10.2-alpine-build', 'RUN wget redis-full.tar.gz (8.10.2) && make deploy (BUILD_TLS=yes, modules)', '8c9c3a906635a6a90731156f83ab00bfbc5d625cb11a8609cb166e602de77a32', 35_050_273, [
      { path: '/usr/local/bin/redis-server', sizeBytes: 15_000_000 },
      { path: '/usr/local/bin/redis-cli', sizeBytes: 8_000_000 },
    ]),
    layer(REDIS_ALPINE, 'redis-8.10.2-alpine-data-dir', 'RUN mkdir /data && chown redis:redis /data', '2f10393390593ca40faa2085463ce1cd58ccda88f8f94a642c6bf9c0fe7694bc', 101, [{ path: '/data', sizeBytes: 0 }]),
    layer(REDIS_ALPINE, 'empty-workdir-layer', 'WORKDIR /data', '4f4fb700ef54461cfa02571ae0db9a0dc1e0cdb5577484a6d75e68dc38e8acc1', 32),
    layer(REDIS_ALPINE, 'redis-8.10.2-alpine-entrypoint', 'COPY docker-entrypoint.sh /usr/local/bin/', '095940d4ebca9229cd4bbc254424b0f3e05f8ce63d7fedebeb9f8c193d16acdf', 2_104, [{ path: '/usr/local/bin/docker-entrypoint.sh', sizeBytes: 4_000 }]),
  ],
};

const MARIADB105: Build = { source: 'repo-info-mariadb-10.5', tag: 'mariadb:10.5', platform: 'linux/amd64', version: 'MariaDB 10.5.18 on Ubuntu 20.04 focal', built: '2022-12-09', digest: 'd493118827cc57e316c5541efd5e73266f5870a41c2605f47fd2043c1227952d' };

/** mariadb:10.5 (what awesome-compose's nextcloud-redis-mariadb pins): Ubuntu focal, gosu, then the server packages. */
export const MARIADB_105: ImageDef = {
  ref: 'mariadb:10.5',
  tags: ['mariadb:10.5', 'mariadb:10.5.18', 'mariadb:10.5-focal', 'mariadb:10.5.18-focal'],
  os: 'linux',
  app: 'mariadb',
  source: MARIADB105.source,
  origin: originOf(MARIADB105),
  platforms: ['linux/amd64', 'linux/arm64/v8', 'linux/ppc64le', 'linux/s390x'],
  layers: [
    rootfsLayer(MARIADB105, 'ubuntu-20.04-rootfs-2022-12-08', 'ADD file:9d282119...e425 in / (ubuntu focal)', '846c0b181fff0c667d9444f8378e8fcfa13116da8d308bf21673f7e4bea8d580', 28_576_882,
      { bytes: 73 * MB, range: [68 * MB, 80 * MB], reasoning: 'An Ubuntu 20.04 base unpacks to about 73 MB (`docker images` for ubuntu:20.04, ~2.55x its download); repo-info lists only the download.' },
      [osReleaseFile('ubuntu-20.04-rootfs-2022-12-08'), { path: '/bin/bash', sizeBytes: 1_183_448 }]),
    layer(MARIADB105, 'mariadb-10.5.18-user', 'RUN groupadd -r mysql && useradd -r -g mysql mysql', '2279a7485340f1e3b04269be96229d45dd828f2a7775cee7dc84e01f64667200', 1_747),
    layer(MARIADB105, 'mariadb-10.5.18-gosu', 'RUN apt-get install -y ca-certificates gpg gpgv libjemalloc2 pwgen tzdata xz-utils zstd && wget gosu (1.14)', '30c7fe7ba3fd2d36086ef208fbe82ba1b376a30bda9f280418cc420cd19eb92a', 7_051_029, [{ path: '/usr/local/bin/gosu', sizeBytes: 2_300_000 }]),
    layer(MARIADB105, 'mariadb-10.5.18-initdb-dir', 'RUN mkdir /docker-entrypoint-initdb.d', '6b43169afb5c56f50f7d7a640c9d63191e4b9d263f88646ae80b56221cfc36ff', 149),
    layer(MARIADB105, 'mariadb-10.5.18-apt-source', 'RUN echo "deb http://archive.mariadb.org/mariadb-10.5.18/repo/ubuntu/ focal main" > /etc/apt/sources.list.d/mariadb.list', '179c81612958dd4d230b0f63841779f429687accb158d77391cce861dd03d867', 326),
    layer(MARIADB105, 'mariadb-10.5.18-install', 'RUN apt-get install -y mariadb-server=1:10.5.18+maria~ubu2004 mariadb-backup socat', '770ca0d9f1d84c2bbda9f9fa3d9a77f5d2652e9a1feece4b7ae3d0f03da6c51b', 88_536_909, [
      { path: '/usr/sbin/mariadbd', sizeBytes: 25_000_000 },
      { path: '/etc/mysql/mariadb.cnf', sizeBytes: 1_100 },
    ]),
    layer(MARIADB105, 'mariadb-10.5.18-healthcheck', 'COPY healthcheck.sh /usr/local/bin/healthcheck.sh', 'fb7fe1d666e4b913fc83a95a3f7794ce1d36853703b089465d0e423fe58e8b26', 3_495, [{ path: '/usr/local/bin/healthcheck.sh', sizeBytes: 11_000 }]),
    layer(MARIADB105, 'mariadb-10.5.18-entrypoint', 'COPY docker-entrypoint.sh /usr/local/bin/', '13c598845a6e241de50845c71159b1f27d65040ccb80d6337baebfa398f6ca83', 6_945, [{ path: '/usr/local/bin/docker-entrypoint.sh', sizeBytes: 21_000 }]),
  ],
};

const NEXTCLOUD: Build = { source: 'repo-info-nextcloud-apache', tag: 'nextcloud:apache', platform: 'linux/amd64', version: 'Nextcloud 34.0.4 on php:8.5-apache (Debian 13 trixie)', built: '2026-09-11', digest: 'cad02be5a67f5e10ce0f15d39a4939fe9b7873f64b33346d0a52eec5af529d30' };

/** A layer of nextcloud:apache as repo-info lists it. */
const nc = (id: string, createdBy: string, digest: string, bytes: number, files: LayerDef['files'] = []) => layer(NEXTCLOUD, `nextcloud-34.0.4-${id}`, createdBy, digest, bytes, files);

/** nextcloud:apache: php:8.5-apache on trixie, PHP extensions, then the Nextcloud release (the largest layer). */
export const NEXTCLOUD_34: ImageDef = {
  ref: 'nextcloud:34-apache',
  tags: ['nextcloud:34-apache', 'nextcloud:apache', 'nextcloud:latest', 'nextcloud:34', 'nextcloud:34.0', 'nextcloud:34.0.4', 'nextcloud:34.0-apache', 'nextcloud:34.0.4-apache'],
  os: 'linux',
  app: 'nextcloud',
  source: NEXTCLOUD.source,
  origin: originOf(NEXTCLOUD),
  platforms: ['linux/amd64', 'linux/arm/v5', 'linux/arm/v7', 'linux/arm64/v8', 'linux/386', 'linux/ppc64le', 'linux/riscv64', 'linux/s390x'],
  layers: [
    rootfsLayer(NEXTCLOUD, 'debian-trixie-slim-rootfs-2026-08-24', "RUN # debian.sh --arch 'amd64' out/ 'trixie' '@1787529600' (slim rootfs)", '6310eb16bf4251731feab01e8f633bf5e2d75a657ccad97f420b1f83cce457be', 29_792_658,
      { bytes: 79 * MB, range: [70 * MB, 90 * MB], reasoning: 'The download x 2.65, the ratio of the bookworm-slim rootfs (28.2 MB download, 74.8 MB on disk per repo-info local/bookworm-slim); repo-info lists only this layer\'s download.' },
      [{ path: '/etc/os-release', sizeBytes: 267 }, { path: '/bin/bash', sizeBytes: 1_300_000 }]),
    nc('no-debian-php', 'RUN echo Package: php* Pin-Priority: -1 > /etc/apt/preferences.d/no-debian-php', 'a4585ea0e5243d75b184333cfc663d30eabe00817f42cbe246a5f8436ef68cef', 225),
    nc('phpize-deps', 'RUN apt-get install -y $PHPIZE_DEPS ca-certificates curl xz-utils', '8bdc6409bd749783120b8aa773d18dd4c655814fc57b561aeda7331b7725990e', 120_814_255),
    nc('www-dir', 'RUN mkdir -p $PHP_INI_DIR/conf.d /var/www/html', 'e8ed87e6d618d3a024eac06e4094a3fc667ffaa2da0ee4a3c432409bc7807890', 226),
    nc('apache2', 'RUN apt-get install -y --no-install-recommends apache2 && ln -sfT /dev/stdout access.log', '148580c64e948be893c5d9fed6dab774534bc98cc3a131b778d240017570d02a', 4_239_287, [{ path: '/usr/sbin/apache2', sizeBytes: 700_000 }]),
    nc('mpm-prefork', 'RUN a2dismod mpm_event && a2enmod mpm_prefork', 'a9bcb87c315ec29083960a98220022a215e551c48dcdffd27fbab54ac5ae0e62', 427),
    nc('docker-php-conf', 'RUN tee $APACHE_CONFDIR/conf-available/docker-php.conf && a2enconf docker-php', '8d35caa933e46f33b6790d06d191294896773539d7adb8bd2e343ffa6c4ef7ee', 479),
    nc('php-source', 'RUN curl php-8.5.10.tar.xz && gpg --verify', '23b95a7dd5489876accd9182967046fb8e314ba3aeaf9a9c4452acb1f654f6f9', 14_623_079),
    nc('docker-php-source', 'COPY docker-php-source /usr/local/bin/', 'fce425b9f8b6296391b1d5a7104746aacd9eab0d00766e1bf5e417bdf02981df', 488),
    nc('php-build', 'RUN ./configure --with-apxs2 ... && make && make install (PHP 8.5.10)', 'ef3a9a808ff0db0e4a1d38b35cd6807033ebd57b16871f654c7da4619e7f7ae9', 15_188_472, [{ path: '/usr/local/bin/php', sizeBytes: 20_000_000 }]),
    nc('docker-php-ext', 'COPY docker-php-ext-* docker-php-entrypoint /usr/local/bin/', '0abd1095b1b68f13db0ad97ed196862acdbf6d15c8b301c349ccfb656b698f6d', 2_459),
    nc('sodium', 'RUN docker-php-ext-enable sodium', '06eb9d76b1d3370b98d2fb947c2bd6247c92297db0f0612538adc98acb11d8d9', 246),
    nc('apache2-foreground', 'COPY apache2-foreground /usr/local/bin/', 'c8d03413ad413ae5a20673fd16ec2ff40508e1b49f9173434fc696d0dfdfb4a8', 891),
    layer(NEXTCLOUD, 'empty-workdir-layer', 'WORKDIR /var/www/html', '4f4fb700ef54461cfa02571ae0db9a0dc1e0cdb5577484a6d75e68dc38e8acc1', 32),
    nc('runtime-deps', 'RUN apt-get install -y busybox-static bzip2 libldap-common libmagickcore-7.q16-10-extra rsync', 'ea0bd00274a7b6a75e5c72ca4235290511a7bfa8f9b294bae74bb1d1f381fdaa', 20_984_243),
    nc('php-extensions', 'RUN docker-php-ext-install bcmath exif gd gmp intl ldap pdo_mysql pdo_pgsql zip ... && pecl install apcu imagick memcached redis', 'a05b98e6981f0c594c3c891d7692b873673c821cc6d6b5415d5cec3bfbf50017', 36_908_458),
    nc('php-ini', 'RUN echo opcache.* memory_limit=${PHP_MEMORY_LIMIT} > conf.d/*.ini && mkdir /var/www/data', 'cf6bfb2a95ed6f21665397c87c8bb11096ce6551b80fc97f1a6f87e86d9aedea', 796),
    nc('remoteip', 'RUN a2enmod headers rewrite remoteip && a2enconf remoteip', 'ba992df730f04a49ef251924c63413cae2b668b5e1f30ecca7541112dd82829a', 572),
    nc('apache-limits', 'RUN echo LimitRequestBody ${APACHE_BODY_LIMIT} > apache-limits.conf && a2enconf apache-limits', '09483190c2cd5c6e21a3d2fe0c4f6b63671e4fcd9f11b1c080a0c72ce33af9af', 401),
    nc('release', 'RUN curl nextcloud-34.0.4.tar.bz2 && gpg --verify && tar -xjf -C /usr/src/', 'b6f520ae6209890a92f11ae0c83aec4515980c38a3f777801f107fb621b35bca', 271_065_349, [{ path: '/usr/src/nextcloud/occ', sizeBytes: 300 }, { path: '/usr/src/nextcloud/version.php', sizeBytes: 500 }]),
    nc('entrypoint', 'COPY *.sh upgrade.exclude /', '6f1acdb13c7e518eee8bd294e5f52942129c278ac9c88e19430786c87f0cfc95', 4_133, [{ path: '/entrypoint.sh', sizeBytes: 12_000 }]),
    nc('config', 'COPY config/* /usr/src/nextcloud/config/', '9e27931e28969eae8f3674631a09a9b68f9faad98f74c8fa70b73322a670f47a', 2_549),
  ],
};

/** One layer whose sizes no source lists: the download and the unpacked size, each an estimate. */
export function estimatedLayer(id: string, createdBy: string, compressed: [number, [number, number]], onDisk: [number, [number, number]], reasoning: string, files: LayerDef['files']): LayerDef {
  return {
    id,
    createdBy,
    compressedBytes: estimate(compressed[0], compressed[1], `${reasoning} Download size: no repo-info page exists for this image (it is not a Docker official image).`),
    sizeBytes: estimate(onDisk[0], onDisk[1], `${reasoning} On disk: the download x 2-3.5, the gunzip ratio of Go binaries and web assets.`),
    files,
  };
}

/** An image outside docker-library: Alpine's layer as alpine:latest has it, the rest one estimated layer. */
function estimatedImage(ref: string, tags: string[], app: string, rest: LayerDef): ImageDef {
  return { ref, tags, os: 'linux', app, source: 'estimate', layers: [ALPINE_324.layers[0]!, rest] };
}

/** gitea/gitea:latest: Alpine plus git, openssh and one statically linked Go binary (~100 MB). */
export const GITEA: ImageDef = estimatedImage('gitea/gitea:latest', ['gitea/gitea:latest', 'gitea/gitea:1', 'gitea/gitea'], 'gitea',
  estimatedLayer('gitea-latest-app', 'RUN apk add git openssh s6 ... && COPY gitea /app/gitea/gitea', [60 * MB, [40 * MB, 90 * MB]], [170 * MB, [120 * MB, 260 * MB]],
    'Gitea is one Go binary of about 100 MB with its web assets embedded, plus git, OpenSSH and s6 from Alpine.', [{ path: '/app/gitea/gitea', sizeBytes: 100_000_000 }, { path: '/usr/bin/git', sizeBytes: 2_500_000 }]));

/** grafana/grafana:latest: Alpine plus the Grafana server binary, plugins and its built front end. */
export const GRAFANA: ImageDef = estimatedImage('grafana/grafana:latest', ['grafana/grafana:latest', 'grafana/grafana', 'grafana/grafana-oss:latest', 'grafana/grafana-oss'], 'grafana',
  estimatedLayer('grafana-latest-app', 'COPY grafana (bin, public, conf) /usr/share/grafana', [140 * MB, [90 * MB, 200 * MB]], [450 * MB, [300 * MB, 650 * MB]],
    'Grafana ships a Go server of 150-200 MB and a built front end (public/) of 100-200 MB.', [{ path: '/usr/share/grafana/bin/grafana', sizeBytes: 180_000_000 }, { path: '/etc/grafana/grafana.ini', sizeBytes: 60_000 }]));

/** prom/prometheus:latest: on prom/busybox, the prometheus and promtool binaries and the console templates. */
export const PROMETHEUS: ImageDef = {
  ref: 'prom/prometheus:latest', tags: ['prom/prometheus:latest', 'prom/prometheus'], os: 'linux', app: 'prometheus', source: 'estimate',
  layers: [estimatedLayer('prometheus-latest-app', 'COPY prometheus promtool /bin/ (on quay.io/prometheus/busybox)', [100 * MB, [70 * MB, 140 * MB]], [290 * MB, [200 * MB, 400 * MB]],
    'Prometheus is two static Go binaries (prometheus ~130 MB, promtool ~120 MB) on a 2 MB BusyBox base.', [{ path: '/bin/prometheus', sizeBytes: 130_000_000 }, { path: '/bin/promtool', sizeBytes: 120_000_000 }, { path: '/etc/prometheus/prometheus.yml', sizeBytes: 934 }])],
};
