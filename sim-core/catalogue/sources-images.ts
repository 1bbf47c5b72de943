import type { Source } from './types';

const RI = 'https://github.com/docker-library/repo-info';
const FORK = 'https://github.com/maxmood96/repo-info';
/** repo-info keeps only current tags; older pages survive in a fork that mirrors its history. */
const fork = (commit: string, path: string) => `${FORK}/blob/${commit}/${path}`;
const FORK_NOTE = ' The page is docker-library/repo-info\'s bot output, read from the maxmood96/repo-info mirror at the commit linked (repo-info itself keeps only current tags).';

function page(id: string, title: string, url: string, measured: string): Source {
  return { id, title, url, measured };
}

/** docker-library/repo-info pages: per-layer compressed sizes of one build, and on-disk totals. */
export const IMAGE_SOURCES: Source[] = [
  page('repo-info-nginx-1.27', 'docker-library/repo-info: repos/nginx/remote/1.27.md (nginx 1.27.3, Dec 2024)', fork('0d53437aff24cdf5358c2f327a8d6e3b93256857', 'repos/nginx/remote/1.27.md'),
    'Layer digests and gzip sizes of nginx:1.27 per platform; linux/amd64 total 72,078,261 B. Built 2024-11-26 on debian bookworm-slim (2024-12-23 rootfs); the same manifest list as nginx:latest then.' + FORK_NOTE),
  page('repo-info-nginx-1.27-local', 'docker-library/repo-info: repos/nginx/local/1.27.md (nginx 1.27.0, May 2024)', fork('136e21229541b4813065549643bedea36538c2d5', 'repos/nginx/local/1.27.md'),
    'Image dde0cca083bc (nginx 1.27.0, linux/amd64): "Virtual Size: ~ 187.67 Mb (total size of all layers on-disk)". Its remote page lists 70,984,738 B to download: the gunzip ratio the catalogue applies to layers.' + FORK_NOTE),
  page('repo-info-nginx-1.27-alpine', 'docker-library/repo-info: repos/nginx/remote/1.27-alpine.md (nginx 1.27.2, Nov 2024)', fork('04db8889e032133e0b070f8ece8407e5d72df43c', 'repos/nginx/remote/1.27-alpine.md'),
    'Layer digests and gzip sizes of nginx:1.27-alpine (= nginx:alpine then); linux/amd64 total 22,764,242 B on Alpine 3.20.3.' + FORK_NOTE),
  page('repo-info-debian-local', 'docker-library/repo-info: repos/debian/local/bookworm-20260824{,-slim}.md', `${RI}/blob/029a6a7362cedcc060abd73f6f43fda5c5728880/repos/debian/local/bookworm-20260824-slim.md`,
    'On-disk totals of the 2026-08-24 bookworm builds (linux/amd64): bookworm-slim "Virtual Size: ~ 74.83 Mb", bookworm "~ 116.57 Mb" (the full page is bookworm-20260824.md beside it).'),
  page('repo-info-debian-bookworm', 'docker-library/repo-info: repos/debian/remote/bookworm{,-slim}.md (Jan 2026)', fork('0118672fbc3b245af865ee303041c9dc7cb0aab0', 'repos/debian/remote/bookworm.md'),
    'debian:bookworm (2026-01-12 rootfs, linux/amd64): one layer of 48,481,622 B; bookworm-slim (beside it): 28,228,572 B. Used to check the older builds the images below are based on.' + FORK_NOTE),
  page('repo-info-alpine-3.20', 'docker-library/repo-info: repos/alpine/remote/3.20.md (Alpine 3.20.8)', fork('002341668b2255c7e7545b3465feca6ca49f7254', 'repos/alpine/remote/3.20.md'),
    'alpine:3.20 linux/amd64: one layer (alpine-minirootfs-3.20.8-x86_64.tar.gz, built 2025-10-08) of 3,627,056 B.' + FORK_NOTE),
  page('repo-info-alpine-latest', 'docker-library/repo-info: repos/alpine/remote/latest.md (Alpine 3.24.2)', `${RI}/blob/1746b58749182f00f5d2c26a53fff697cfce2c81/repos/alpine/remote/latest.md`,
    'alpine:latest linux/amd64: one layer (alpine-minirootfs-3.24.2-x86_64.tar.gz, built 2026-09-17) of 3,849,738 B; default command /bin/sh.'),
  page('repo-info-ubuntu', 'docker-library/repo-info: repos/ubuntu/remote/22.04.md and 24.04.md (Feb 2024)', fork('017c4e56e791df3426e0ff61b7bb35a678167b09', 'repos/ubuntu/remote/22.04.md'),
    'ubuntu:22.04 linux/amd64 (2024-02-27): one layer of 29,538,961 B; ubuntu:24.04 (24.04.md beside it, a 2024-02-25 noble build): 29,682,656 B.' + FORK_NOTE),
  page('repo-info-hello-world', 'docker-library/repo-info: repos/hello-world/remote/latest.md (Jan 2025)', fork('04a7e3e14b5b00590c503ad811c775d4fc355c57', 'repos/hello-world/remote/latest.md'),
    'hello-world:latest per platform. linux/amd64 (2025-01-21): one layer (COPY hello /) of 2,436 B. windows 10.0.20348.3207: a base layer "Apply image 10.0.20348.3207" (the Nano Server ltsc2022 base) of 120,666,610 B.' + FORK_NOTE),
  page('repo-info-busybox-1.37', 'docker-library/repo-info: repos/busybox/remote/1.37.md (BusyBox 1.37.0 glibc)', `${RI}/blob/01a7054230d50b3dccaf8d579f161c522be8c9f0/repos/busybox/remote/1.37.md`,
    'busybox:1.37 linux/amd64 ("BusyBox 1.37.0 (glibc), Debian 13", layer of 2026-05-22): one layer of 2,211,507 B.'),
  page('repo-info-python', 'docker-library/repo-info: repos/python/remote/3.12-slim.md and 3.md (Jan 2026)', fork('0028dcd4f03052b7bd3cfe67413a5053ee515ac2', 'repos/python/remote/3.12-slim.md'),
    'python:3.12-slim (3.12.12) and python:3 (3.14.2; page 3.md beside it), linux/amd64, built 2026-01-13 on Debian trixie: layer digests and gzip sizes.' + FORK_NOTE),
  page('repo-info-node', 'docker-library/repo-info: repos/node/remote/20.md and 22.md (Jan 2025)', fork('00304a4845cb1cd8dc24ebd5cd14ab6f2db2ef68', 'repos/node/remote/20.md'),
    'node:20 (20.18.1) and node:22 (22.13.0; 22.md beside it), linux/amd64, layers of 2025-01-14 on the same debian bookworm and buildpack-deps layers: digests and gzip sizes.' + FORK_NOTE),
  page('repo-info-redis-7', 'docker-library/repo-info: repos/redis/remote/7.md (Redis 7.4.7, Jan 2026)', fork('0183757c18e9b2e3c8ca6342d982723d9e8a4164', 'repos/redis/remote/7.md'),
    'redis:7 linux/amd64 (built 2026-01-13 on bookworm-slim): layer digests and gzip sizes, total 45,015,964 B.' + FORK_NOTE),
  page('repo-info-postgres', 'docker-library/repo-info: repos/postgres/remote/16-bookworm.md and 17-bookworm.md', `${RI}/commits/master/repos/postgres/remote/17-bookworm.md`,
    'postgres:17-bookworm (17.2, layers of 2024-12-24, on the same bookworm-slim layer as nginx:1.27) and postgres:16-bookworm (16.7, built 2025-02-13), linux/amd64: layer digests and gzip sizes. Found by content in the mirror\'s history; the link is the file\'s history.'),
  page('repo-info-httpd-2.4', 'docker-library/repo-info: repos/httpd/remote/2.4.md (httpd 2.4.53, Mar 2022)', fork('0175eb8e81c87ac97149264e203d1cb5b22a9a5e', 'repos/httpd/remote/2.4.md'),
    'httpd:2.4 linux/amd64 (2.4.53 on debian bullseye-slim, built 2022-03-29): layer digests and gzip sizes, total 56,433,896 B.' + FORK_NOTE),
  page('repo-info-mysql', 'docker-library/repo-info: repos/mysql/remote/latest.md (MySQL 9.5.0, Jan 2026)', fork('00062f510d15d4722d2535fb8e0a863334faa5ab', 'repos/mysql/remote/latest.md'),
    'mysql:latest linux/amd64 (9.5.0 innovation on Oracle Linux 9 slim, built 2026-01-16): layer digests and gzip sizes, total 274,737,070 B.' + FORK_NOTE),
  page('repo-info-mongo', 'docker-library/repo-info: repos/mongo/remote/latest.md (MongoDB 8.0.9, May 2025)', fork('0042390018fdb15cbbc4b14109fdcb07fb4f2bec', 'repos/mongo/remote/latest.md'),
    'mongo:latest linux/amd64 (8.0.9 on Ubuntu 24.04, built 2025-05-01): layer digests and gzip sizes, total 290,969,534 B.' + FORK_NOTE),
  page('repo-info-wordpress', 'docker-library/repo-info: repos/wordpress/remote/latest.md (WordPress 6.5, Apr 2024)', fork('007364310961e3b4f4b274a6b89c126c99335d22', 'repos/wordpress/remote/latest.md'),
    'wordpress:latest linux/amd64 (6.5 on php:8.2-apache, debian bookworm, layers to 2024-04-09): 21 layer digests and gzip sizes.' + FORK_NOTE),
  page('repo-info-redis-latest', 'docker-library/repo-info: repos/redis/remote/latest.md (Redis 8.10.1, Sep 2026)', `${RI}/blob/0ae7309187d6256f5549f0408473cfa4a23383ea/repos/redis/remote/latest.md`,
    'redis:latest linux/amd64 (8.10.1 on Debian 13 trixie-slim, built 2026-09-19): 7 layer digests and gzip sizes, total 55,474,442 B; the manifest list has linux/amd64, arm/v5, arm/v7, arm64/v8, 386, ppc64le, riscv64 and s390x.'),
  page('repo-info-mysql-8', 'docker-library/repo-info: repos/mysql/remote/8.md (MySQL 8.4.11, Sep 2026)', `${RI}/blob/0f0c69aaf7d364b2fd5a00f9141c6b51de83f2cb/repos/mysql/remote/8.md`,
    'mysql:8 linux/amd64 (8.4.11 LTS on Oracle Linux 9 slim, built 2026-09-12): 10 layer digests and gzip sizes, total 238,986,928 B; the manifest list has linux/amd64 and linux/arm64/v8.'),
  page('repo-info-mariadb-latest', 'docker-library/repo-info: repos/mariadb/remote/latest.md (MariaDB 12.3.2, Aug 2026)', `${RI}/blob/026819ee054b7ad6627b92f78ed40cebfc4e7f63/repos/mariadb/remote/latest.md`,
    'mariadb:latest linux/amd64 (12.3.2 on Ubuntu 24.04, built 2026-08-18): 8 layer digests and gzip sizes, total 105,299,709 B; the manifest list has linux/amd64, arm64/v8, ppc64le and s390x.'),
  page('repo-info-postgres-alpine', 'docker-library/repo-info: repos/postgres/remote/alpine.md (PostgreSQL 18.6, Sep 2026)', `${RI}/blob/23406aef4379bd5dff53db7d1f8d16eb49114402/repos/postgres/remote/alpine.md`,
    'postgres:alpine linux/amd64 (18.6 on Alpine 3.24.2, built 2026-09-17): 9 layer digests and gzip sizes, total 120,037,793 B; its first layer is alpine:latest\'s (3,849,738 B).'),
  page('repo-info-redis-alpine', 'docker-library/repo-info: repos/redis/remote/alpine.md (Redis 8.10.2, Sep 2026)', `${RI}/blob/0bdd94409df031423d112c6f22cab289fa8fc401/repos/redis/remote/alpine.md`,
    'redis:alpine linux/amd64 (8.10.2 on Alpine 3.23.6, built 2026-09-21): 7 layer digests and gzip sizes, total 39,102,983 B.'),
  page('repo-info-mariadb-10.5', 'docker-library/repo-info: repos/mariadb/remote/10.5.md (MariaDB 10.5.18, Dec 2022)', `${RI}/blob/72e4be79b9c831d8da7d63a6ce871b20fc9e06c1/repos/mariadb/remote/10.5.md`,
    'mariadb:10.5 linux/amd64 (10.5.18 on Ubuntu 20.04 focal, built 2022-12-09): 8 layer digests and gzip sizes, total 124,177,482 B; the manifest list has linux/amd64, arm64/v8, ppc64le and s390x.'),
  page('repo-info-nextcloud-apache', 'docker-library/repo-info: repos/nextcloud/remote/apache.md (Nextcloud 34.0.4, Sep 2026)', `${RI}/blob/00eae81e8aa3e78e568cb03253ceda7977658581/repos/nextcloud/remote/apache.md`,
    'nextcloud:apache linux/amd64 (34.0.4 on php:8.5-apache, Debian trixie, built 2026-09-11): 22 layer digests and gzip sizes, total 513,629,725 B.'),
  page('repo-info-mariadb-10.6.4-focal', 'docker-library/repo-info: repos/mariadb/remote/10.6.4-focal.md (MariaDB 10.6.4, Aug 2021)', fork('025aaf4bdaeb9faf85820a046f1f1779fe7a1e31', 'repos/mariadb/remote/10.6.4-focal.md'),
    'mariadb:10.6.4-focal linux/amd64 (10.6.4 on Ubuntu 20.04 focal, built 2021-08-09): 10 layer digests and gzip sizes, total 127,012,840 B; the manifest list has linux/amd64, arm64/v8 and ppc64le.' + FORK_NOTE),
  page('repo-info-elasticsearch-7.16.1', 'docker-library/repo-info: repos/elasticsearch/remote/7.16.1.md (Dec 2021)', 'https://github.com/thomascherickal/docker-image-repo-info/blob/bfe599998108a2c2594a174f3e2edc2dca40c33f/repos/elasticsearch/remote/7.16.1.md',
    'elasticsearch:7.16.1 linux/amd64 (on Ubuntu 20.04 focal, built 2021-12-11): 8 layer digests and gzip sizes, total 380,515,986 B; the manifest list has linux/amd64 and arm64/v8. docker-library/repo-info\'s bot output, read from the thomascherickal/docker-image-repo-info mirror at the commit linked (repo-info itself keeps only current tags).'),
  page('repo-info-logstash-7.16.1', 'docker-library/repo-info: repos/logstash/remote/7.16.1.md (Dec 2021)', fork('407369b69edc696b74932c81836cfc4cd4747b11', 'repos/logstash/remote/7.16.1.md'),
    'logstash:7.16.1 linux/amd64 (on CentOS 7, built 2021-12-11): 12 layers listed (one 500 B blob twice), total 505,163,027 B; the manifest list has linux/amd64 and arm64/v8.' + FORK_NOTE),
  page('repo-info-kibana-7.16.1', 'docker-library/repo-info: repos/kibana/remote/7.16.1.md (Dec 2021)', 'https://github.com/rameshkumarbaskaran/docker-repo-info-repo-info/blob/03067f82d85011d87e25530b151bf3a72ce78382/repos/kibana/remote/7.16.1.md',
    'kibana:7.16.1 linux/amd64 (on CentOS 8, built 2021-12-11): 13 layer digests and gzip sizes, total 480,614,195 B; the manifest list has linux/amd64 and arm64/v8. docker-library/repo-info\'s bot output, read from the rameshkumarbaskaran/docker-repo-info-repo-info mirror at the commit linked (repo-info itself keeps only current tags).'),
];
