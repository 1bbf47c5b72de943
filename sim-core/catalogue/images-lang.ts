import type { ImageDef, LayerDef } from './types';
import { BUILDPACK_DEPS_BOOKWORM, DEBIAN_BOOKWORM, NODE_BUILD } from './layers';
import { layer, originOf, type Build, type GunzipRatio } from './registry';

/** The ratio the Debian slim rootfs shows (74.83 MB on disk for a ~28.2 MB download). */
const DEBIAN_SLIM_RATIO: GunzipRatio = {
  value: 2.65, range: [2.5, 2.8],
  reasoning: 'A Debian slim rootfs unpacks 2.65x: repo-info local/bookworm-20260824-slim.md gives ~74.83 MB on disk for a ~28.2 MB download. The trixie rootfs is assumed to unpack alike; repo-info lists only its download.',
};
const DEBIAN_RATIO: GunzipRatio = {
  value: 2.4, range: [2.2, 2.6],
  reasoning: 'A full Debian rootfs unpacks 2.4x: repo-info local/bookworm-20260824.md gives ~116.57 MB on disk for a ~48.5 MB download. The trixie rootfs is assumed to unpack alike.',
};

const PY_SLIM: Build = { source: 'repo-info-python', tag: 'python:3.12-slim', platform: 'linux/amd64', version: 'Python 3.12.12 on Debian 13 trixie-slim', built: '2026-01-13', digest: 'ef24548e6db34726360ab68d85d8054197c409650aa1796dd2694fcbb1e8d633' };
const PY_3: Build = { source: 'repo-info-python', tag: 'python:3', platform: 'linux/amd64', version: 'Python 3.14.2 on buildpack-deps:trixie', built: '2026-01-13' };

/** debian:trixie-slim (2026-01-12), the base of python:3.12-slim by 2026. */
const DEBIAN_TRIXIE_SLIM: LayerDef = layer(PY_SLIM, 'debian-trixie-slim-rootfs', "RUN # debian.sh --arch 'amd64' out/ 'trixie' '@1768176000' (slim rootfs)",
  '119d43eec815e5f9a47da3a7d59454581b1e204b0c34db86f171b7ceb3336533', 29_773_685, [
    { path: '/bin/bash', sizeBytes: 1_298_416 },
    { path: '/etc/os-release', sizeBytes: 267 },
    { path: '/etc/debian_version', sizeBytes: 5 },
  ], DEBIAN_SLIM_RATIO);

/** python:3.12-slim: trixie-slim, runtime deps, Python built from source, symlinks. */
export const PYTHON_312_SLIM: ImageDef = {
  ref: 'python:3.12-slim',
  tags: ['python:3.12-slim', 'python:3.12.12-slim', 'python:3.12-slim-trixie', 'python:3.12.12-slim-trixie'],
  os: 'linux',
  app: 'python',
  source: PY_SLIM.source,
  origin: originOf(PY_SLIM),
  layers: [
    DEBIAN_TRIXIE_SLIM,
    layer(PY_SLIM, 'python-3.12.12-slim-runtime-deps', 'RUN apt-get install -y --no-install-recommends ca-certificates netbase tzdata',
      '83e2eb8c4c73235e21df3ea0ce6aa840fcb84f4cb368fb6b443a8a87d95850d0', 1_292_763, [
        { path: '/etc/ssl/certs/ca-certificates.crt', sizeBytes: 213_777 },
        { path: '/usr/share/zoneinfo/Europe/Paris', sizeBytes: 2_962 },
      ]),
    layer(PY_SLIM, 'python-3.12.12-slim-build', 'RUN ./configure --enable-shared --enable-optimizations --with-lto && make && make install',
      '671677b67e7671119d142c2f8548882641edfad92863ee1ccff2cd84c3b14a2a', 12_112_037, [
        { path: '/usr/local/bin/python3.12', sizeBytes: 14_480 },
        { path: '/usr/local/lib/libpython3.12.so.1.0', sizeBytes: 4_600_000 },
        { path: '/usr/local/lib/python3.12/os.py', sizeBytes: 39_786 },
        { path: '/usr/local/lib/python3.12/site-packages/pip', sizeBytes: 12_000_000 },
      ]),
    layer(PY_SLIM, 'python-3.12.12-slim-symlinks', 'RUN for src in idle3 pip3 pydoc3 python3 python3-config; do ln -svT "$src" "/usr/local/bin/${src%3}"; done',
      '3d6ef8a4ce0aaaaa35261feb115464317fcb4910873cba90171f7ad544a9964e', 249, [{ path: '/usr/local/bin/python', sizeBytes: 7 }]),
  ],
};

/** python:3 (python:latest): the full buildpack-deps:trixie stack, then Python built on it. */
export const PYTHON_3: ImageDef = {
  ref: 'python:3',
  tags: ['python:3', 'python:latest', 'python:3.14', 'python:3.14.2', 'python:trixie', 'python:3-trixie', 'python:3.14-trixie'],
  os: 'linux',
  app: 'python',
  source: PY_3.source,
  origin: originOf(PY_3),
  layers: [
    layer(PY_3, 'debian-trixie-rootfs', "RUN # debian.sh --arch 'amd64' out/ 'trixie' '@1768176000'", '…6c1c19a2d14036cae96bf868ca154ca88bc078eaf7c376', 49_285_621,
      [{ path: '/etc/os-release', sizeBytes: 267 }, { path: '/usr/bin/perl', sizeBytes: 3_900_000 }], DEBIAN_RATIO),
    layer(PY_3, 'buildpack-deps-trixie-curl', 'RUN apt-get install -y ca-certificates curl gnupg netbase sq wget', '82e18c5e1c15ff34b31f1443e9327b69daaa0c1bd65a23846328fc3738c7f8f1', 25_613_410),
    layer(PY_3, 'buildpack-deps-trixie-scm', 'RUN apt-get install -y git mercurial openssh-client subversion procps', 'be442a7e0d6f290b909f8da51840566e06ab51bfbea277c70fbda26c44c8259d', 67_786_776),
    layer(PY_3, 'buildpack-deps-trixie', 'RUN apt-get install -y autoconf automake gcc g++ make libssl-dev ... (build tools and -dev headers)', '26d823e3848f3d74363d9b5b44f39f2d2f81a99a37d8c7fb54831a489a32e999', 236_001_828),
    layer(PY_3, 'python-3.14.2-build-deps', 'RUN apt-get install -y --no-install-recommends libbluetooth-dev tk-dev uuid-dev', '0a23b95910e19d88c995afdc8393672c0a715af38206f51fe88cf283d848afbe', 6_085_058),
    layer(PY_3, 'python-3.14.2-build', 'RUN ./configure --enable-shared --enable-optimizations --with-lto && make && make install', '3096782d250026ead5b13a49fdd44b613af2baa5519434ec5d9d025af8427634', 29_407_767, [
      { path: '/usr/local/bin/python3.14', sizeBytes: 14_480 },
      { path: '/usr/local/lib/libpython3.14.so.1.0', sizeBytes: 5_000_000 },
    ]),
    layer(PY_3, 'python-3.14.2-symlinks', 'RUN for src in idle3 pip3 pydoc3 python3 python3-config; do ln -svT "$src" "/usr/local/bin/${src%3}"; done', 'a53307d2fabc468f44cfa092f30bbf47797a8ccdff2d4ca9f67c09d76b98b1ba', 249),
  ],
};

/** node:20: debian:bookworm, the three buildpack-deps layers, then Node and Yarn. */
export const NODE_20: ImageDef = {
  ref: 'node:20',
  tags: ['node:20', 'node:20.18', 'node:20.18.1', 'node:iron', 'node:20-bookworm', 'node:iron-bookworm'],
  os: 'linux',
  app: 'node',
  source: NODE_BUILD.source,
  origin: originOf(NODE_BUILD),
  layers: [
    DEBIAN_BOOKWORM,
    ...BUILDPACK_DEPS_BOOKWORM,
    layer(NODE_BUILD, 'node-20.18.1-user', 'RUN groupadd --gid 1000 node && useradd --uid 1000 --gid node --shell /bin/bash --create-home node', '961275e302a8f71d6d02ecee83fcddca4cabd3a055ee8039029bbf87f3bbcbb1', 3_323, [{ path: '/home/node', sizeBytes: 0 }]),
    layer(NODE_BUILD, 'node-20.18.1-install', 'RUN curl node-v20.18.1-linux-x64.tar.xz && tar -xJf -C /usr/local', 'dcbb6f7dd5c182f67921ac5810643df1074948375e332cfeec45ed6e23fd41e9', 48_225_086, [
      { path: '/usr/local/bin/node', sizeBytes: 96_000_000 },
      { path: '/usr/local/lib/node_modules/npm/package.json', sizeBytes: 2_700 },
      { path: '/usr/local/include/node/node.h', sizeBytes: 63_000 },
    ]),
    layer(NODE_BUILD, 'node-20.18.1-yarn', 'RUN curl yarn-v1.22.22.tar.gz && tar -xzf -C /opt', '9f0321332577c4970e399e19796f0ae37cbad0dee19aa17e9f6c2e6d6dc875b4', 1_250_670, [{ path: '/opt/yarn-v1.22.22/bin/yarn.js', sizeBytes: 5_200_000 }]),
    layer(NODE_BUILD, 'node-20.18.1-entrypoint', 'COPY docker-entrypoint.sh /usr/local/bin/', 'b1bde5b5e9987abdcb172cf5ffcf59153bd35583e93d2bc7e9b2e473e7bdad43', 445, [{ path: '/usr/local/bin/docker-entrypoint.sh', sizeBytes: 388 }]),
  ],
};

const NODE22: Build = { source: 'repo-info-node', tag: 'node:22', platform: 'linux/amd64', version: 'Node.js 22.13.0 on buildpack-deps:bookworm', built: '2025-01-14', digest: '26af90db8ce9f52427193f189368032b7bb4e3a2077c9e9a011f42d3936d4548' };

/** node:22 (the LTS line then): the same base and buildpack-deps layers as node:20, its own Node. */
export const NODE_22: ImageDef = {
  ref: 'node:22',
  tags: ['node:22', 'node:22.13', 'node:22.13.0', 'node:lts', 'node:jod', 'node:22-bookworm', 'node:lts-bookworm'],
  os: 'linux',
  app: 'node',
  source: NODE22.source,
  origin: originOf(NODE22),
  layers: [
    DEBIAN_BOOKWORM,
    ...BUILDPACK_DEPS_BOOKWORM,
    layer(NODE22, 'node-22.13.0-user', 'RUN groupadd --gid 1000 node && useradd --uid 1000 --gid node --shell /bin/bash --create-home node', '7253960f3781fcc6d0c42f01b962cf19a1d877a0f01ba5458e5b64a83f606863', 3_322, [{ path: '/home/node', sizeBytes: 0 }]),
    layer(NODE22, 'node-22.13.0-install', 'RUN curl node-v22.13.0-linux-x64.tar.xz && tar -xJf -C /usr/local', '1ff1d9dbeea3a7bcdcbe189a94e4d0bf50130d9eca157d569a17d8d42d672e4f', 55_714_556, [
      { path: '/usr/local/bin/node', sizeBytes: 118_000_000 },
      { path: '/usr/local/lib/node_modules/npm/package.json', sizeBytes: 2_700 },
    ]),
    layer(NODE22, 'node-22.13.0-yarn', 'RUN curl yarn-v1.22.22.tar.gz && tar -xzf -C /opt', '8eb526287d017e4c280c6ffd4f8825bc5ffcba8ce72de0681a2e1f2b7b22d0b4', 1_250_736, [{ path: '/opt/yarn-v1.22.22/bin/yarn.js', sizeBytes: 5_200_000 }]),
    layer(NODE22, 'node-22.13.0-entrypoint', 'COPY docker-entrypoint.sh /usr/local/bin/', '4ced8847d00f815c6848b966ca728109280a5db6c116099259f8562dfa024e5b', 448, [{ path: '/usr/local/bin/docker-entrypoint.sh', sizeBytes: 388 }]),
  ],
};
