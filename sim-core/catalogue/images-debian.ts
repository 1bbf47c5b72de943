import type { ImageDef } from './types';
import { osReleaseFile } from './os-release';
import { MB } from './cite';
import { DEBIAN_BOOKWORM, DEBIAN_BOOKWORM_SLIM, NODE_BUILD, rootfsLayer } from './layers';
import { layer, originOf, type Build } from './registry';

const NGINX: Build = { source: 'repo-info-nginx-1.27', tag: 'nginx:1.27', platform: 'linux/amd64', version: 'nginx 1.27.3 on Debian 12 bookworm', built: '2024-11-26', digest: 'c375ae41bb29c0615ab18452822fedf1981f8ba7a7b00508b3d901b7ab682947' };

/** The official nginx images' Dockerfiles link the logs to the container's output. */
const NGINX_LOG_LINKS: Record<string, '/dev/stdout' | '/dev/stderr'> = { '/var/log/nginx/access.log': '/dev/stdout', '/var/log/nginx/error.log': '/dev/stderr' };

/** nginx:1.27 (Debian flavour; nginx:latest then): bookworm-slim, one apt layer, five entrypoint scripts. */
export const NGINX_127: ImageDef = {
  ref: 'nginx:1.27',
  tags: ['nginx:1.27', 'nginx:latest', 'nginx:1', 'nginx:mainline', 'nginx:1.27.3', 'nginx:bookworm', 'nginx:1.27-bookworm', 'nginx:1.27.3-bookworm', 'nginx:mainline-bookworm', 'nginx:1-bookworm'],
  os: 'linux',
  app: 'nginx',
  stdioLinks: NGINX_LOG_LINKS,
  source: NGINX.source,
  origin: originOf(NGINX),
  layers: [
    DEBIAN_BOOKWORM_SLIM,
    layer(NGINX, 'nginx-1.27.3-install', 'RUN groupadd/useradd nginx && apt-get install nginx=1.27.3 nginx-module-{xslt,geoip,image-filter,njs} gettext-base curl && ln -sf /dev/stdout /var/log/nginx/access.log',
      '566e42bcee1cd697dcab6098c082789af33bc8cbcbaa95c8adbad87283c85c75', 43_842_081, [
        { path: '/usr/sbin/nginx', sizeBytes: 1_357_152 },
        { path: '/etc/nginx/nginx.conf', sizeBytes: 648 },
        { path: '/etc/nginx/conf.d/default.conf', sizeBytes: 1_093 },
        { path: '/usr/share/nginx/html/index.html', sizeBytes: 615 },
        { path: '/usr/lib/nginx/modules/ngx_http_js_module.so', sizeBytes: 3_100_000 },
      ]),
    layer(NGINX, 'nginx-1.27.3-entrypoint', 'COPY docker-entrypoint.sh /', '2b99b9c5d9e5679c839357944d083c55c4c045e2cae21f84dfcfe5841e2ea59b', 627, [{ path: '/docker-entrypoint.sh', sizeBytes: 1_620 }]),
    layer(NGINX, 'nginx-1.27.3-ipv6-script', 'COPY 10-listen-on-ipv6-by-default.sh /docker-entrypoint.d', 'bd98674871f548eff8a4e4f3d4aa1ba504320ccbabfb0a217c4ea5c23b6144fd', 957, [{ path: '/docker-entrypoint.d/10-listen-on-ipv6-by-default.sh', sizeBytes: 2_125 }]),
    layer(NGINX, 'nginx-1.27.3-resolvers-script', 'COPY 15-local-resolvers.envsh /docker-entrypoint.d', '1e109dd2a0d75eb2ab2491daec5b300e99027ffdd528998612b693f3347b97e4', 405, [{ path: '/docker-entrypoint.d/15-local-resolvers.envsh', sizeBytes: 389 }]),
    layer(NGINX, 'nginx-1.27.3-envsubst-script', 'COPY 20-envsubst-on-templates.sh /docker-entrypoint.d', 'da8cc133ff821c8b0ac7a6667e3a2e70ee6eb04f850e38088f59720017a869db', 1_210, [{ path: '/docker-entrypoint.d/20-envsubst-on-templates.sh', sizeBytes: 3_018 }]),
    layer(NGINX, 'nginx-1.27.3-tune-script', 'COPY 30-tune-worker-processes.sh /docker-entrypoint.d', 'c44f27309ea1a5e557aff07fbd5ece457d5cb85583f795b34f342d5550a08a5c', 1_400, [{ path: '/docker-entrypoint.d/30-tune-worker-processes.sh', sizeBytes: 4_620 }]),
  ],
};

const NGINX_ALPINE: Build = { source: 'repo-info-nginx-1.27-alpine', tag: 'nginx:1.27-alpine', platform: 'linux/amd64', version: 'nginx 1.27.2 on Alpine 3.20.3', built: '2024-10-02', digest: 'd213b2a02ef4e7ec85882e8955343cdd08ab49d6548995ad18623f47017c65ee' };

/** nginx:alpine: Alpine's minirootfs, nginx from nginx.org's apk repo, the same scripts, then modules. */
export const NGINX_127_ALPINE: ImageDef = {
  ref: 'nginx:1.27-alpine',
  tags: ['nginx:1.27-alpine', 'nginx:alpine', 'nginx:1.27.2-alpine', 'nginx:mainline-alpine', 'nginx:1-alpine', 'nginx:alpine3.20', 'nginx:1.27-alpine3.20'],
  os: 'linux',
  app: 'nginx',
  stdioLinks: NGINX_LOG_LINKS,
  source: NGINX_ALPINE.source,
  origin: originOf(NGINX_ALPINE),
  layers: [
    rootfsLayer(NGINX_ALPINE, 'alpine-3.20.3-minirootfs', 'ADD alpine-minirootfs-3.20.3-x86_64.tar.gz /', 'da9db072f522755cbeb85be2b3f84059b70571b229512f1571d9217b77e1087f', 3_623_904,
      { bytes: Math.round(7.8 * MB), range: [7 * MB, 9 * MB], reasoning: 'An Alpine 3.20 minirootfs unpacks to about 7.8 MB (`docker images` for alpine:3.20); repo-info lists only its download.' },
      [{ path: '/bin/busybox', sizeBytes: 808_712 }, { path: '/lib/ld-musl-x86_64.so.1', sizeBytes: 657_000 }, osReleaseFile('alpine-3.20.3-minirootfs'), { path: '/etc/alpine-release', sizeBytes: 7 }]),
    layer(NGINX_ALPINE, 'nginx-1.27.2-alpine-install', 'RUN addgroup/adduser nginx && apk add nginx=1.27.2-r1 gettext tzdata && ln -sf /dev/stdout /var/log/nginx/access.log',
      '795a89dcc4f004d517a7834a19e066200cda1a9d8258bfbca3d9410259261053', 4_040_188, [
        { path: '/usr/sbin/nginx', sizeBytes: 1_300_000 },
        { path: '/etc/nginx/nginx.conf', sizeBytes: 648 },
        { path: '/etc/nginx/conf.d/default.conf', sizeBytes: 1_093 },
        { path: '/usr/share/nginx/html/index.html', sizeBytes: 615 },
      ]),
    layer(NGINX_ALPINE, 'nginx-1.27.2-alpine-entrypoint', 'COPY docker-entrypoint.sh /', '9ad567d3b8a2ca8d6e3cbd00b3b78feafbb1c7e7e2ce1492648ea01cdd06d50d', 629, [{ path: '/docker-entrypoint.sh', sizeBytes: 1_620 }]),
    layer(NGINX_ALPINE, 'nginx-1.27.2-alpine-ipv6-script', 'COPY 10-listen-on-ipv6-by-default.sh /docker-entrypoint.d', '85e8836903ab0b0428bee291efed146b37ed4aee8b378e7a2b2fb8ad407c9947', 955),
    layer(NGINX_ALPINE, 'nginx-1.27.2-alpine-resolvers-script', 'COPY 15-local-resolvers.envsh /docker-entrypoint.d', '276e8818f0df64d1efab55dcac66a8ab3073b584adc8e1aeef8b3479f935eb04', 404),
    layer(NGINX_ALPINE, 'nginx-1.27.2-alpine-envsubst-script', 'COPY 20-envsubst-on-templates.sh /docker-entrypoint.d', '20212ccf8a7aa043bba568bf8ade4778a0895439cbe76033682d6a05a7ebdd92', 1_210),
    layer(NGINX_ALPINE, 'nginx-1.27.2-alpine-tune-script', 'COPY 30-tune-worker-processes.sh /docker-entrypoint.d', '3917e8bc7be0dd282c01911e9c34a9931f7ddcd78d3acfb5b45e3378303840f1', 1_398),
    layer(NGINX_ALPINE, 'nginx-1.27.2-alpine-modules', 'RUN apk add nginx-module-{xslt,geoip,image-filter,njs}=1.27.2 curl ca-certificates',
      'bcf46b1b1b1496b4acea36cb4fa9d9cef6576a3ead79ee80d8e725d0072564fb', 15_095_554, [{ path: '/usr/lib/nginx/modules/ngx_http_js_module.so', sizeBytes: 3_100_000 }]),
  ],
};

/** debian:12 is the bookworm rootfs node:20 is built on; debian:12-slim the one under nginx:1.27. */
export const DEBIAN_12: ImageDef = {
  ref: 'debian:12',
  tags: ['debian:12', 'debian:bookworm', 'debian:latest', 'debian:stable'],
  os: 'linux',
  app: 'shell',
  source: NODE_BUILD.source,
  origin: { platform: 'linux/amd64', version: 'Debian 12 bookworm rootfs of 2025-01-13', built: '2025-01-13' },
  layers: [DEBIAN_BOOKWORM],
};

export const DEBIAN_12_SLIM: ImageDef = {
  ref: 'debian:12-slim',
  tags: ['debian:12-slim', 'debian:bookworm-slim', 'debian:stable-slim'],
  os: 'linux',
  app: 'shell',
  source: NGINX.source,
  origin: { platform: 'linux/amd64', version: 'Debian 12 bookworm slim rootfs of 2024-12-23', built: '2024-12-23' },
  layers: [DEBIAN_BOOKWORM_SLIM],
};

const REDIS: Build = { source: 'repo-info-redis-7', tag: 'redis:7', platform: 'linux/amd64', version: 'Redis 7.4.7 on Debian 12 bookworm-slim', built: '2026-01-13', digest: 'a9179a404d46118fcb828af6d74b95f167ee09dfa285ddea49f4f7a553777ea6' };

/** redis:7: bookworm-slim, user, tzdata, gosu, Redis built from source, /data, entrypoint. */
export const REDIS_7: ImageDef = {
  ref: 'redis:7',
  tags: ['redis:7', 'redis:7.4', 'redis:7.4.7', 'redis:7-bookworm', 'redis:7.4-bookworm'],
  os: 'linux',
  app: 'redis',
  source: REDIS.source,
  origin: originOf(REDIS),
  layers: [
    DEBIAN_BOOKWORM_SLIM,
    layer(REDIS, 'redis-7.4.7-user', 'RUN groupadd -r -g 999 redis && useradd -r -g redis -u 999 redis', '5a8a1ddac67533386cb871a613625a6013a929667dd5e882f5b2238405ce7d85', 1_099, [{ path: '/etc/passwd', sizeBytes: 954 }]),
    layer(REDIS, 'redis-7.4.7-tzdata', 'RUN apt-get install -y --no-install-recommends tzdata', 'c8d70ddedb79852f5c1deeb869430cbfb0976a248878099a0995b0635d8a6811', 873),
    layer(REDIS, 'redis-7.4.7-gosu', 'RUN wget gosu-amd64 (1.17) && gpg --verify && chmod +x /usr/local/bin/gosu', '413f71042199b47b10bae6e088d4c28d0b1e2d8f8bd88950d7ced020b45cd964', 1_438_017, [{ path: '/usr/local/bin/gosu', sizeBytes: 2_269_184 }]),
    layer(REDIS, 'redis-7.4.7-build', 'RUN wget redis-7.4.7.tar.gz && make BUILD_TLS=yes && make install', '6f3bbde18420cbf52e94d89b988e5cb5a81be239e3a5e7cc34bac6841c8c35be', 15_346_701, [
      { path: '/usr/local/bin/redis-server', sizeBytes: 13_000_000 },
      { path: '/usr/local/bin/redis-cli', sizeBytes: 7_000_000 },
    ]),
    layer(REDIS, 'redis-7.4.7-data-dir', 'RUN mkdir /data && chown redis:redis /data', 'c92ba2a154a449b14f158d27ad1e6f31e856fdc9885f9ba7f1306d4af2b41ba9', 97, [{ path: '/data', sizeBytes: 0 }]),
    layer(REDIS, 'empty-workdir-layer', 'WORKDIR /data', '4f4fb700ef54461cfa02571ae0db9a0dc1e0cdb5577484a6d75e68dc38e8acc1', 32),
    layer(REDIS, 'redis-7.4.7-entrypoint', 'COPY docker-entrypoint.sh /usr/local/bin/', 'e3ef2252999f36bfa38900550d3342b24913ba01b183130bb8674a3d73605647', 573, [{ path: '/usr/local/bin/docker-entrypoint.sh', sizeBytes: 661 }]),
  ],
};
