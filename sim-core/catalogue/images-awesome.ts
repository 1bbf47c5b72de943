/**
 * Official images the remaining docker/awesome-compose samples pin to old tags:
 * mariadb:10.6.4-focal (wordpress-mysql) and elasticsearch, logstash and kibana 7.16.1
 * (elasticsearch-logstash-kibana), each as docker-library/repo-info listed its linux/amd64
 * layers when the tag was current (the pages survive in repo-info mirrors; sources-images.ts).
 */
import type { ImageDef } from './types';
import { MB } from './cite';
import { rootfsLayer } from './layers';
import { layer, originOf, type Build } from './registry';

const MARIADB1064: Build = { source: 'repo-info-mariadb-10.6.4-focal', tag: 'mariadb:10.6.4-focal', platform: 'linux/amd64', version: 'MariaDB 10.6.4 on Ubuntu 20.04 focal', built: '2021-08-09', digest: '2e955f90e3af94a992b3e63d34c93e875706d0ec672b18202630ded0706dde71' };

/** mariadb:10.6.4-focal: Ubuntu focal (July 2021), gosu, the MariaDB apt source, then the server. */
export const MARIADB_1064: ImageDef = {
  ref: 'mariadb:10.6.4-focal',
  tags: ['mariadb:10.6.4-focal', 'mariadb:10.6.4'],
  os: 'linux',
  app: 'mariadb',
  source: MARIADB1064.source,
  origin: originOf(MARIADB1064),
  platforms: ['linux/amd64', 'linux/arm64/v8', 'linux/ppc64le'],
  layers: [
    rootfsLayer(MARIADB1064, 'ubuntu-20.04-rootfs-2021-07-26', 'ADD file:524e8d93...b59f in / (ubuntu focal)', '16ec32c2132b43494832a05f2b02f7a822479f8250c173d0ab27b3de78b2f058', 28_567_944,
      { bytes: 73 * MB, range: [68 * MB, 80 * MB], reasoning: 'An Ubuntu 20.04 base unpacks to about 73 MB (`docker images` for ubuntu:20.04, ~2.55x its download); repo-info lists only the download.' },
      [{ path: '/etc/os-release', sizeBytes: 382 }, { path: '/bin/bash', sizeBytes: 1_183_448 }]),
    layer(MARIADB1064, 'mariadb-10.6.4-user', 'RUN groupadd -r mysql && useradd -r -g mysql mysql', 'cbf20e69555c2118df81cd7906473b0bbef5210f014d45113251b1298fb1c996', 1_748),
    layer(MARIADB1064, 'mariadb-10.6.4-gnupg', 'RUN apt-get install -y gnupg dirmngr', 'a69afd1ffc85b8fe385e48d00e89467a4e080c81b2447ce86ebf964f3e43efb9', 5_488_764),
    layer(MARIADB1064, 'mariadb-10.6.4-gosu', 'RUN apt-get install -y ca-certificates wget && wget gosu (1.13)', '5e720dc7fcd8609016e69543f354117290ffee7c9ea1bdd97d7ca84bcc06d616', 3_582_379, [{ path: '/usr/local/bin/gosu', sizeBytes: 2_300_000 }]),
    layer(MARIADB1064, 'mariadb-10.6.4-initdb-dir', 'RUN mkdir /docker-entrypoint-initdb.d', '3a81d177e410065c8eec2b5c018ab6ac60b2a5161184890bc3bf7627e78fb2dd', 149),
    layer(MARIADB1064, 'mariadb-10.6.4-tools', 'RUN apt-get install -y libjemalloc2 pwgen tzdata xz-utils zstd', '827c8c103c898d23db5f0cfc69b6faa45038d27b1ec3c15cb5d5b29ee60fca0b', 2_274_133),
    layer(MARIADB1064, 'mariadb-10.6.4-gpg-keys', 'RUN gpg --recv-keys $GPG_KEYS && gpg --export > /etc/apt/trusted.gpg.d/mariadb.gpg', '2108ccd013748c7fce6a19a3f7434b860401f78326ac7373c486eafa3c719354', 2_490),
    layer(MARIADB1064, 'mariadb-10.6.4-apt-source', 'RUN echo "deb http://archive.mariadb.org/mariadb-10.6.4/repo/ubuntu/ focal main" > /etc/apt/sources.list.d/mariadb.list', 'e05414cb5e8f4dcf16b70640f3bcf904bafddd184d3971881c10b194fb74e8a0', 327),
    layer(MARIADB1064, 'mariadb-10.6.4-install', 'RUN apt-get install -y mariadb-server=1:10.6.4+maria~focal mariadb-backup socat', 'b6981930106c6d6380293a728b1bda2840d2392194e1b19649b7a863e1174054', 87_089_293, [
      { path: '/usr/sbin/mariadbd', sizeBytes: 25_000_000 },
      { path: '/etc/mysql/mariadb.cnf', sizeBytes: 1_100 },
    ]),
    layer(MARIADB1064, 'mariadb-10.6.4-entrypoint', 'COPY docker-entrypoint.sh /usr/local/bin/', '009b7e8d11861e3f00504f9b3ff616177ec6f4e7f14f2e0162b0f92811c73bca', 5_613, [{ path: '/usr/local/bin/docker-entrypoint.sh', sizeBytes: 16_000 }]),
  ],
};

const ES: Build = { source: 'repo-info-elasticsearch-7.16.1', tag: 'elasticsearch:7.16.1', platform: 'linux/amd64', version: 'Elasticsearch 7.16.1 (bundled JDK) on Ubuntu 20.04 focal', built: '2021-12-11', digest: '4000fb7daa3ca86b3dc2ab2d492ddadd79f46367e5875d9871c34f97b1c94b5e' };

/** elasticsearch:7.16.1: Ubuntu focal, a few tools, then the distribution with its JDK (344.5 MB to download). */
export const ELASTICSEARCH_7161: ImageDef = {
  ref: 'elasticsearch:7.16.1',
  tags: ['elasticsearch:7.16.1'],
  os: 'linux',
  app: 'elasticsearch',
  source: ES.source,
  origin: originOf(ES),
  platforms: ['linux/amd64', 'linux/arm64/v8'],
  layers: [
    rootfsLayer(ES, 'ubuntu-20.04-rootfs-2021-10-07', 'ADD file:5d68d27c...0ce8 in / (ubuntu focal)', '7b1a6ab2e44dbac178598dabe7cff59bd67233dba0b27e4fbd1f9d4b3c877a54', 28_567_101,
      { bytes: 73 * MB, range: [68 * MB, 80 * MB], reasoning: 'An Ubuntu 20.04 base unpacks to about 73 MB (`docker images` for ubuntu:20.04, ~2.55x its download); repo-info lists only the download.' },
      [{ path: '/etc/os-release', sizeBytes: 382 }, { path: '/bin/bash', sizeBytes: 1_183_448 }]),
    layer(ES, 'elasticsearch-7.16.1-tools', 'RUN apt-get upgrade -y && apt-get install -y curl netcat zip unzip vim-tiny', 'f85c3fdbf085cc499e666ffe0c06eff28045c9f0173aeef0fc759f6ea2b467f0', 7_123_988),
    layer(ES, 'elasticsearch-7.16.1-user', 'RUN groupadd -g 1000 elasticsearch && adduser --uid 1000 elasticsearch', '0ee9ef16ef16c27feb8f89413f3671f4597a25bdea3502bd752217c5e48ac89f', 4_371),
    layer(ES, 'elasticsearch-7.16.1-dist', 'COPY --chown=0:0 elasticsearch (with its bundled JDK) /usr/share/elasticsearch', '1b555fc21eda90058f57053e593ee9643b42e01c14a6cae05634c2aafc458f6a', 344_510_564, [
      { path: '/usr/share/elasticsearch/jdk/bin/java', sizeBytes: 12_800 },
      { path: '/usr/share/elasticsearch/lib/elasticsearch-7.16.1.jar', sizeBytes: 12_000_000 },
      { path: '/usr/share/elasticsearch/config/elasticsearch.yml', sizeBytes: 53 },
    ]),
    layer(ES, 'elasticsearch-7.16.1-tini', 'COPY --chown=0:0 tini /bin/tini', '5195df1d2493f089c1a03d85a83aecfec8e18c73581d90539680147f49ca6208', 9_530, [{ path: '/bin/tini', sizeBytes: 24_000 }]),
    layer(ES, 'elasticsearch-7.16.1-cacerts', 'COPY --chown=0:0 cacerts /etc/ssl/certs/java/cacerts', 'b22dfd95268faca25f94abbf01ca8a17df24becbf254f121dc7ea9b42e223fb4', 106_199),
    layer(ES, 'elasticsearch-7.16.1-entrypoint', 'COPY docker-entrypoint.sh /usr/local/bin/', '762293acfd23b4ef9034dde30bad74bc67a64f78a7241e167356ddd9f04cfcc2', 1_978, [{ path: '/usr/local/bin/docker-entrypoint.sh', sizeBytes: 4_000 }]),
    layer(ES, 'elasticsearch-7.16.1-perms', 'RUN chmod g=u /etc/passwd && find / -xdev -perm -4000 -exec chmod ug-s {} + && chown elasticsearch bin config data logs plugins', 'e7d18a44f390beeb2f4407075c14f04c0b8cc0d2ee3847e3b97cb74b540a98e7', 192_255),
  ],
};

const LS: Build = { source: 'repo-info-logstash-7.16.1', tag: 'logstash:7.16.1', platform: 'linux/amd64', version: 'Logstash 7.16.1 (bundled JDK) on CentOS 7', built: '2021-12-11', digest: '8b55dd0bcf34783e5653a26da577cec14980a8ecf838cf3ab309329ebe0c124c' };

/** logstash:7.16.1: CentOS 7, yum updates, then the Logstash tarball (369.8 MB to download). */
export const LOGSTASH_7161: ImageDef = {
  ref: 'logstash:7.16.1',
  tags: ['logstash:7.16.1'],
  os: 'linux',
  app: 'logstash',
  source: LS.source,
  origin: originOf(LS),
  platforms: ['linux/amd64', 'linux/arm64/v8'],
  layers: [
    rootfsLayer(LS, 'centos-7-rootfs-2020-11-13', 'ADD file:b3ebbe8b...fa53 in / (CentOS 7, build-date 20201113)', '2d473b07cdd5f0912cd6f1a703352c82b512407db6b05b43f2553732b55df3bc', 76_097_157,
      { bytes: 204 * MB, range: [190 * MB, 220 * MB], reasoning: 'The CentOS 7 base unpacks to about 204 MB (`docker images` for centos:7, ~2.7x its download); repo-info lists only the download.' },
      [{ path: '/etc/centos-release', sizeBytes: 38 }, { path: '/usr/bin/bash', sizeBytes: 964_536 }]),
    layer(LS, 'logstash-7.16.1-yum', 'RUN yum update -y && yum install -y procps findutils tar gzip which shadow-utils', '96ed06e98788d7cebe1df9bd2ad2a0a79a6e34569b26c8af847d3c982e1982de', 57_551_969),
    layer(LS, 'logstash-7.16.1-user', 'RUN groupadd --gid 1000 logstash && adduser --uid 1000 logstash', '9c05214fa415d4f03bb3d939d9cb64664de3d736f93d9e51e4451bec13e78506', 1_818),
    layer(LS, 'logstash-7.16.1-dist', 'RUN curl logstash-7.16.1-linux-x86_64.tar.gz | tar zxf - -C /usr/share', '01c57880f1efe0135c1ee34dae41aa26b30882b69b985b26c9d52f909955f129', 369_843_044, [
      { path: '/usr/share/logstash/bin/logstash', sizeBytes: 2_400 },
      { path: '/usr/share/logstash/jdk/bin/java', sizeBytes: 12_800 },
    ]),
    layer(LS, 'logstash-7.16.1-pipelines-yml', 'ADD pipelines.yml config/pipelines.yml', '76bbd2eee8582c8e639eda0ef8820bdb3edd27573d082ee1aa164667a55be193', 386),
    layer(LS, 'logstash-7.16.1-logstash-yml', 'ADD logstash.yml config/logstash.yml', '8af0f1c3ece0586aeed1960600af122f188ca799b33261e9090b820b9fd273a6', 282),
    layer(LS, 'logstash-7.16.1-config', 'ADD log4j2.properties config/', 'cb1a362e7870e627bc07ee8b7a5ad5ae9647712ff4fd54c150e91daabdc79ecc', 480),
    layer(LS, 'logstash-7.16.1-pipeline', 'ADD logstash.conf pipeline/logstash.conf', '7f1c64bf56e29dcad49b95f4c567473e6e4c6b420aadd808d9e12c1ed6288e73', 308),
    layer(LS, 'logstash-7.16.1-chown', 'RUN chown --recursive logstash:root config/ pipeline/', '0122c4679d971f5789e73d1b371d27f8cc4e3538ff3b3408cce45508a28546e3', 2_817),
    // repo-info lists this blob twice (ADD docker-entrypoint, then chmod): one blob, pulled and stored once.
    layer(LS, 'logstash-7.16.1-entrypoint', 'ADD docker-entrypoint /usr/local/bin/ && RUN chmod 0755 (the same 500 B blob twice)', '63a7f23ed1d1d12148213c79ff02a7e388602420455ecf9ad3aa9b6d18ed4c56', 500, [{ path: '/usr/local/bin/docker-entrypoint', sizeBytes: 900 }]),
    layer(LS, 'logstash-7.16.1-env2yaml', 'ADD env2yaml /usr/local/bin/', '72a602964f85d0b5015611501136f43b2d49863d7b41d5f7752194b27cadf347', 1_663_766),
  ],
};

const KB7: Build = { source: 'repo-info-kibana-7.16.1', tag: 'kibana:7.16.1', platform: 'linux/amd64', version: 'Kibana 7.16.1 (bundled Node.js) on CentOS 8', built: '2021-12-11', digest: '35b4d3ef1c38837bcd52a7e199dd6a43d2642d91c23c77582bbc29961415ac08' };

/** kibana:7.16.1: CentOS 8, fonts and tini, then Kibana with its Node.js (286 MB to download). */
export const KIBANA_7161: ImageDef = {
  ref: 'kibana:7.16.1',
  tags: ['kibana:7.16.1'],
  os: 'linux',
  app: 'kibana',
  source: KB7.source,
  origin: originOf(KB7),
  platforms: ['linux/amd64', 'linux/arm64/v8'],
  layers: [
    rootfsLayer(KB7, 'centos-8-rootfs-2021-09-15', 'ADD file:805cb5e1...b466 in / (CentOS 8, build-date 20210915)', 'a1d0c75327776413fa0db9ed3adcdbadedc95a662eb1d360dad82bb913f8a1d1', 83_518_086,
      { bytes: 231 * MB, range: [210 * MB, 250 * MB], reasoning: 'The CentOS 8 base unpacks to about 231 MB (`docker images` for centos:8, ~2.8x its download); repo-info lists only the download.' },
      [{ path: '/etc/centos-release', sizeBytes: 28 }, { path: '/usr/bin/bash', sizeBytes: 1_150_000 }]),
    layer(KB7, 'kibana-7.16.1-yum', 'RUN yum update -y && yum install -y fontconfig freetype shadow-utils nss', '13fa4cc03be7b1a1ab63ca1db026ef251529c8396e240c203776c758db135690', 94_427_332),
    layer(KB7, 'kibana-7.16.1-tini', 'RUN curl tini-amd64 (v0.19.0) && mv /bin/tini', '77f630b270d6a78c93fc788e8d1634297d2fe52e3c6d97b6a34d605d39edfb42', 9_524, [{ path: '/bin/tini', sizeBytes: 24_000 }]),
    layer(KB7, 'kibana-7.16.1-fonts-dir', 'RUN mkdir /usr/share/fonts/local', '58bd945d3d23a30d0777fd228a49f1ce42b8bda7e544aaea1fac451ee69e250d', 187),
    layer(KB7, 'kibana-7.16.1-noto-cjk', 'RUN curl -o /usr/share/fonts/local/NotoSansCJK-Regular.ttc', 'a333715906622f38b4e74cead8ab00ff1cd5dc6e2c93a705bf479c027f8d36cd', 16_460_480),
    layer(KB7, 'kibana-7.16.1-fc-cache', 'RUN fc-cache -v', '561ea5c7f542be7d76912cc18e974665326c796b30a26bf52da9e332862297e9', 8_301),
    layer(KB7, 'kibana-7.16.1-dist', 'COPY --chown=1000:0 kibana (with its Node.js) /usr/share/kibana', '351ccc3fe14183d782263de74feff5128caecec02c32663d31be3b4c727742ba', 285_986_562, [
      { path: '/usr/share/kibana/node/bin/node', sizeBytes: 75_000_000 },
      { path: '/usr/share/kibana/config/kibana.yml', sizeBytes: 200 },
    ]),
    layer(KB7, 'kibana-7.16.1-opt-link', 'RUN ln -s /usr/share/kibana /opt/kibana', '449bd3fa719ed8e4f190e5e7a4cde157e53029d04caf0af452c0d57408715384', 132),
    layer(KB7, 'kibana-7.16.1-kibana-yml', 'COPY kibana.yml /usr/share/kibana/config/kibana.yml', '179f941db3d6e9b40bc9147774614cd24a6618d3e4d59cc9284f6d294c7c4bd9', 392),
    layer(KB7, 'kibana-7.16.1-kibana-docker', 'COPY kibana-docker /usr/local/bin/', '894e9477ad2fcb728debe5b8676a034d1e934fc32a2b60851870aa1b901b978c', 4_475, [{ path: '/usr/local/bin/kibana-docker', sizeBytes: 15_000 }]),
    layer(KB7, 'kibana-7.16.1-group-write', 'RUN chmod g+ws /usr/share/kibana && find -gid 0 -exec chmod g+w', 'b290b9844edabc32dedcf6c34fb92009f0b4d43f7ada5b3d5351a880b4f0645d', 396),
    layer(KB7, 'kibana-7.16.1-no-setuid', 'RUN find / -xdev -perm -4000 -exec chmod u-s {} +', '5aa9cf66b91fe4fcaf2e8f9d8bdc3492ae17db9ebd059f48f60877b17993ea1c', 196_452),
    layer(KB7, 'kibana-7.16.1-user', 'RUN groupadd --gid 1000 kibana && useradd --uid 1000 kibana', 'b138ab2b83db0c8db836e5158df0108167f4519c5aaeded7e13c0c4be9b67485', 1_876),
  ],
};
