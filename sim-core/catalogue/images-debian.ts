import type { ImageDef, LayerDef } from './types';
import { c, KB, MB } from './cite';
import { DEBIAN_BOOKWORM, DEBIAN_BOOKWORM_SLIM } from './layers';

/** A tiny layer made by COPYing one script: its size is the file's, plus tar headers. */
function copyLayer(id: string, path: string, bytes: number, source: string, createdBy?: string): LayerDef {
  const tarBytes = bytes + 1536; // header + padding to 512-byte blocks + end marker
  return {
    id,
    createdBy: createdBy ?? `COPY ${path.split('/').pop() ?? path} ${path}`,
    sizeBytes: c(tarBytes, source),
    compressedBytes: c(Math.round(tarBytes / 2), source),
    files: [{ path, sizeBytes: bytes }],
  };
}

/** nginx:1.27 (Debian flavour): bookworm-slim, one big apt layer, then five entrypoint scripts. */
export const NGINX: ImageDef = {
  ref: 'nginx:1.27',
  os: 'linux',
  app: 'nginx',
  source: 'nginx-dockerfile',
  layers: [
    DEBIAN_BOOKWORM_SLIM,
    {
      id: 'nginx-1.27-install',
      createdBy: 'RUN groupadd/useradd nginx && apt-get install nginx=1.27.* nginx-module-{xslt,geoip,image-filter,njs} gettext-base curl',
      sizeBytes: c(112_500 * KB, 'dockerhub-nginx'),
      compressedBytes: c(41_800 * KB, 'dockerhub-nginx'),
      files: [
        { path: '/usr/sbin/nginx', sizeBytes: 1_357_152 },
        { path: '/etc/nginx/nginx.conf', sizeBytes: 648 },
        { path: '/etc/nginx/conf.d/default.conf', sizeBytes: 1_093 },
        { path: '/usr/share/nginx/html/index.html', sizeBytes: 615 },
        { path: '/usr/lib/nginx/modules/ngx_http_js_module.so', sizeBytes: 3_100_000 },
      ],
    },
    copyLayer('nginx-1.27-entrypoint', '/docker-entrypoint.sh', 1_620, 'nginx-dockerfile'),
    copyLayer('nginx-1.27-ipv6-script', '/docker-entrypoint.d/10-listen-on-ipv6-by-default.sh', 2_125, 'nginx-dockerfile'),
    copyLayer('nginx-1.27-resolvers-script', '/docker-entrypoint.d/15-local-resolvers.envsh', 389, 'nginx-dockerfile'),
    copyLayer('nginx-1.27-envsubst-script', '/docker-entrypoint.d/20-envsubst-on-templates.sh', 3_018, 'nginx-dockerfile'),
    copyLayer('nginx-1.27-tune-script', '/docker-entrypoint.d/30-tune-worker-processes.sh', 4_620, 'nginx-dockerfile'),
  ],
};

export const DEBIAN_12: ImageDef = {
  ref: 'debian:12',
  os: 'linux',
  app: 'shell',
  source: 'dockerhub-debian',
  layers: [DEBIAN_BOOKWORM],
};

export const DEBIAN_12_SLIM: ImageDef = {
  ref: 'debian:12-slim',
  os: 'linux',
  app: 'shell',
  source: 'dockerhub-debian',
  layers: [DEBIAN_BOOKWORM_SLIM],
};

/** python:3.12-slim: bookworm-slim, runtime deps, Python built from source, symlinks. */
export const PYTHON_312_SLIM: ImageDef = {
  ref: 'python:3.12-slim',
  os: 'linux',
  app: 'python',
  source: 'python-dockerfile',
  layers: [
    DEBIAN_BOOKWORM_SLIM,
    {
      id: 'python-3.12-slim-runtime-deps',
      createdBy: 'RUN apt-get install -y --no-install-recommends ca-certificates netbase tzdata',
      sizeBytes: c(9_400 * KB, 'dockerhub-python'),
      compressedBytes: c(3_500 * KB, 'dockerhub-python'),
      files: [
        { path: '/etc/ssl/certs/ca-certificates.crt', sizeBytes: 213_777 },
        { path: '/usr/share/zoneinfo/Europe/Paris', sizeBytes: 2_962 },
      ],
    },
    {
      id: 'python-3.12-slim-build',
      createdBy: 'RUN ./configure --enable-shared --enable-optimizations && make && make install',
      sizeBytes: c(40_700 * KB, 'dockerhub-python'),
      compressedBytes: c(12_600 * KB, 'dockerhub-python'),
      files: [
        { path: '/usr/local/bin/python3.12', sizeBytes: 14_480 },
        { path: '/usr/local/lib/libpython3.12.so.1.0', sizeBytes: 4_600_000 },
        { path: '/usr/local/lib/python3.12/os.py', sizeBytes: 39_786 },
        { path: '/usr/local/lib/python3.12/site-packages/pip', sizeBytes: 12_000_000 },
      ],
    },
    copyLayer('python-3.12-slim-symlinks', '/usr/local/bin/python', 7, 'python-dockerfile',
      'RUN for src in idle3 pip3 pydoc3 python3 python3-config; do ln -svT "$src" "/usr/local/bin/${src%3}"; done'),
  ],
};

/** redis:7: bookworm-slim, user, gosu, Redis built from source, /data, entrypoint. */
export const REDIS_7: ImageDef = {
  ref: 'redis:7',
  os: 'linux',
  app: 'redis',
  source: 'redis-dockerfile',
  layers: [
    DEBIAN_BOOKWORM_SLIM,
    {
      id: 'redis-7-user',
      createdBy: 'RUN groupadd -r -g 999 redis && useradd -r -g redis -u 999 redis',
      sizeBytes: c(4_100, 'dockerhub-redis'),
      compressedBytes: c(1_100, 'dockerhub-redis'),
      files: [{ path: '/etc/passwd', sizeBytes: 954 }],
    },
    {
      id: 'redis-7-tzdata',
      createdBy: 'RUN apt-get install -y --no-install-recommends tzdata',
      sizeBytes: c(3_600 * KB, 'dockerhub-redis'),
      compressedBytes: c(1_300 * KB, 'dockerhub-redis'),
      files: [{ path: '/usr/share/zoneinfo/UTC', sizeBytes: 114 }],
    },
    {
      id: 'redis-7-gosu',
      createdBy: 'RUN wget gosu-amd64 && gpg --verify && chmod +x /usr/local/bin/gosu',
      sizeBytes: c(4_300 * KB, 'dockerhub-redis'),
      compressedBytes: c(1_200 * KB, 'dockerhub-redis'),
      files: [{ path: '/usr/local/bin/gosu', sizeBytes: 2_269_184 }],
    },
    {
      id: 'redis-7-build',
      createdBy: 'RUN wget redis-7.x.tar.gz && make BUILD_TLS=yes && make install',
      sizeBytes: c(29 * MB, 'dockerhub-redis'),
      compressedBytes: c(9_800 * KB, 'dockerhub-redis'),
      files: [
        { path: '/usr/local/bin/redis-server', sizeBytes: 13_000_000 },
        { path: '/usr/local/bin/redis-cli', sizeBytes: 7_000_000 },
      ],
    },
    {
      id: 'redis-7-data-dir',
      createdBy: 'RUN mkdir /data && chown redis:redis /data',
      sizeBytes: c(1_536, 'dockerhub-redis'),
      compressedBytes: c(97, 'dockerhub-redis'),
      files: [{ path: '/data', sizeBytes: 0 }],
    },
    copyLayer('redis-7-entrypoint', '/usr/local/bin/docker-entrypoint.sh', 661, 'redis-dockerfile'),
  ],
};

export { copyLayer };
