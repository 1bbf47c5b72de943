import type { ImageDef } from './types';
import { MB } from './cite';
import { rootfsLayer } from './layers';
import { layer, type Build } from './registry';

const HTTPD: Build = { source: 'repo-info-httpd-2.4', tag: 'httpd:2.4', platform: 'linux/amd64', version: 'Apache httpd 2.4.53 on Debian 11 bullseye-slim', built: '2022-03-29', digest: '10ed1591781d9fdbaefaafee77067f12e833c699c84ed4e21706ccbd5229fd0a' };

/** httpd:2.4 (httpd:latest: the only line): bullseye-slim, runtime libs, httpd built from source. */
export const HTTPD_24: ImageDef = {
  ref: 'httpd:2.4',
  tags: ['httpd:2.4', 'httpd:latest', 'httpd:2', 'httpd:2.4.53', 'httpd:bullseye', 'httpd:2.4-bullseye'],
  os: 'linux',
  app: 'httpd',
  source: HTTPD.source,
  origin: { platform: HTTPD.platform, version: HTTPD.version, built: HTTPD.built, digest: HTTPD.digest },
  layers: [
    rootfsLayer(HTTPD, 'debian-bullseye-slim-rootfs-2022-03-28', 'ADD file:966d3669...25971 in / (debian:bullseye-slim)', 'c229119241af7b23b121052a1cae4c03e0a477a72ea6a7f463ad7623ff8f274b', 31_378_457,
      { bytes: 80 * MB, range: [75 * MB, 86 * MB], reasoning: 'A Debian slim rootfs unpacks about 2.6x its download (bookworm-slim: 74.83 MB for 28.2 MB, repo-info local); repo-info lists no on-disk size for this bullseye build.' },
      [{ path: '/bin/bash', sizeBytes: 1_234_376 }, { path: '/etc/debian_version', sizeBytes: 5 }]),
    layer(HTTPD, 'httpd-2.4.53-prefix', 'RUN mkdir -p "$HTTPD_PREFIX" && chown www-data:www-data "$HTTPD_PREFIX"', '1805d911aae4694bf2045b1695ab8f7fb2a7c8ad37eae314f92fa82f440c9021', 175),
    layer(HTTPD, 'httpd-2.4.53-runtime-deps', 'RUN apt-get install -y --no-install-recommends libaprutil1-ldap libldap-common', 'e3709b515d9c4711034cf404d30ecbdb2bb2ed2357793d5ee629c5970fac66b8', 917_096,
      [{ path: '/usr/lib/x86_64-linux-gnu/libapr-1.so.0', sizeBytes: 250_000 }]),
    layer(HTTPD, 'httpd-2.4.53-build', 'RUN wget httpd-2.4.53.tar.bz2 && ./configure --enable-mods-shared=reallyall && make && make install', '4f53b8f15873171af3d083143443926ae423e467b1e32f46db157903dc95c1bc', 24_137_872, [
      { path: '/usr/local/apache2/bin/httpd', sizeBytes: 2_800_000 },
      { path: '/usr/local/apache2/conf/httpd.conf', sizeBytes: 20_000 },
      { path: '/usr/local/apache2/htdocs/index.html', sizeBytes: 45 },
    ]),
    layer(HTTPD, 'httpd-2.4.53-foreground', 'COPY httpd-foreground /usr/local/bin/', '3b60f356ab85c5f72f030895af1da8a12021d24c8e6da2b30c47d9eb28b72050', 296, [{ path: '/usr/local/bin/httpd-foreground', sizeBytes: 133 }]),
  ],
};

const WP: Build = { source: 'repo-info-wordpress', tag: 'wordpress:latest', platform: 'linux/amd64', version: 'WordPress 6.5 on php:8.2.17-apache (Debian 12 bookworm)', built: '2024-04-09' };

/** The 21 layers of wordpress:latest: php:8.2-apache's (apache2, PHP built from source) then WordPress's. */
const WP_LAYERS: Array<[string, string, string, number]> = [
  ['php-8.2-apache-no-debian-php', "RUN echo 'Package: php*' 'Pin-Priority: -1' > /etc/apt/preferences.d/no-debian-php", '5de14226e1706b621fe796af63b375db247a2490752558ed4f5ea40648234129', 225],
  ['php-8.2-apache-phpize-deps', 'RUN apt-get install -y $PHPIZE_DEPS (autoconf dpkg-dev file g++ gcc libc-dev make pkg-config re2c) ca-certificates curl xz-utils', 'd5aaf617d1d2bc41efbec77e9f05370e6f35d8f4363fb26fa04883ec538b7d66', 104_355_586],
  ['php-8.2-apache-dirs', 'RUN mkdir -p "$PHP_INI_DIR/conf.d" /var/www/html && chown www-data:www-data /var/www/html', 'd3ba065e262ff15c57d91609cae32d80920edac1e9b0826e0d8cf5f0f3c60107', 270],
  ['php-8.2-apache-apache2', 'RUN apt-get install -y --no-install-recommends apache2 && ln -sfT /dev/stdout "$APACHE_LOG_DIR/access.log"', '142ecae067f5d5cbf3c2a3cf42d5677472bc8cc633b8ccea33d011749bb84661', 20_303_886],
  ['php-8.2-apache-prefork', 'RUN a2dismod mpm_event && a2enmod mpm_prefork', 'c1f1b407f7499799755557f8769bbeb98d0573d6092913d5303cf951acdace0b', 476],
  ['php-8.2-apache-docker-php-conf', 'RUN { <FilesMatch \\.php$> SetHandler application/x-httpd-php } | tee docker-php.conf && a2enconf docker-php', '6a1b2cfb806df514ad4cf5cffa00c66aaa6322c1ef8f3b1c597592771925569b', 512],
  ['php-8.2.17-source', 'RUN curl -fsSL -o php.tar.xz https://www.php.net/distributions/php-8.2.17.tar.xz && gpg --verify', 'bc1f0226f3e099206e04eee6487ad90c1707be5f695481a23bf910ac96bbd8fa', 12_425_751],
  ['php-8.2.17-docker-php-source', 'COPY docker-php-source /usr/local/bin/', '994087df8b58cd81d468f9e842f33b9b4b02f9b33b53e7ef279ab66c0739db09', 490],
  ['php-8.2.17-build', 'RUN ./configure --with-apxs2 --enable-mbstring --enable-mysqlnd ... && make && make install', '60efa0020c1fb86faccc81724cacdca1748daa105d640ab7823015a80a49d07a', 14_009_049],
  ['php-8.2.17-ext-scripts', 'COPY docker-php-ext-* docker-php-entrypoint /usr/local/bin/', '8d59d897ce7cc6f3965baecf04e03ca19021857c621a5f8a48ec5e0598c46f67', 2_459],
  ['php-8.2.17-sodium', 'RUN docker-php-ext-enable sodium', '2ea48badabd73f37f232946ea539a2f25fea9976254dac1acacd915e4fd60801', 247],
  ['php-8.2.17-apache2-foreground', 'COPY apache2-foreground /usr/local/bin/', '4b14d85e63e56fcdce6e4b073c09802caad32c51eaf74d89d817c02b64f70727', 897],
  ['wordpress-6.5-apt-deps', 'RUN apt-get install -y --no-install-recommends ghostscript', 'c976b13e1cc7338ef9dfeffb712affdf8397057630d453589fe44826861b0aec', 26_255_030],
  ['wordpress-6.5-php-exts', 'RUN docker-php-ext-install bcmath exif gd intl mysqli zip && pecl install imagick-3.7.0', '33c7dd2e058f54ee8d25ce8ba171bb5ff68a2ff2ed799d0d9629af892eed3764', 12_335_198],
  ['wordpress-6.5-opcache-ini', 'RUN docker-php-ext-enable opcache && { opcache.memory_consumption=128 ... } > opcache-recommended.ini', '6833f763319b21d4856d4ca4fabe0f06126dcb095da0800c7a2db6bb56a74477', 364],
  ['wordpress-6.5-error-logging-ini', "RUN { error_reporting = ... error_log = /dev/stderr } > error-logging.ini", 'd2f26328ba590c15899d30721667bb70a48395017695b3cb80d34fa715a85d74', 394],
  ['wordpress-6.5-a2enmod', 'RUN a2enmod rewrite expires remoteip && a2enconf remoteip', 'c8dd6a65a31722641b099f9fdbfeeba646410e272f8921a35cdbb3357ae46733', 19_155],
  ['wordpress-6.5-source', 'RUN curl -o wordpress.tar.gz https://wordpress.org/wordpress-6.5.tar.gz && tar -xzf wordpress.tar.gz -C /usr/src/', '65695ebaf4ad146bc6bd010324cd11decb7eaec4aa52f05656515201ad66b64e', 24_525_029],
  ['wordpress-6.5-wp-config', 'COPY wp-config-docker.php /usr/src/wordpress/', '105732d86272246bc92caf250770fa14d3bc2cbb7a2205810c9919ad6b283a4c', 2_353],
  ['wordpress-6.5-entrypoint', 'COPY docker-entrypoint.sh /usr/local/bin/', '854e32be176be263c2f1c475d68228a34d1eeb6c70a1b0bcb6aa70e00d3288f0', 1_731],
];

const WP_FILES: Record<string, Array<{ path: string; sizeBytes: number }>> = {
  'php-8.2-apache-apache2': [{ path: '/usr/sbin/apache2', sizeBytes: 700_000 }, { path: '/etc/apache2/apache2.conf', sizeBytes: 7_224 }],
  'php-8.2.17-build': [{ path: '/usr/local/bin/php', sizeBytes: 12_000_000 }, { path: '/usr/lib/apache2/modules/libphp.so', sizeBytes: 12_000_000 }],
  'wordpress-6.5-source': [{ path: '/usr/src/wordpress/wp-login.php', sizeBytes: 51_000 }, { path: '/usr/src/wordpress/wp-includes/version.php', sizeBytes: 1_000 }],
  'wordpress-6.5-entrypoint': [{ path: '/usr/local/bin/docker-entrypoint.sh', sizeBytes: 4_700 }],
};

/** wordpress:latest (6.5 then): the php:8.2-apache stack on bookworm-slim, then WordPress. */
export const WORDPRESS_65: ImageDef = {
  ref: 'wordpress:6.5',
  tags: ['wordpress:6.5', 'wordpress:latest', 'wordpress:6', 'wordpress:apache', 'wordpress:php8.2', 'wordpress:6.5-apache', 'wordpress:6.5-php8.2-apache', 'wordpress:php8.2-apache'],
  os: 'linux',
  app: 'wordpress',
  source: WP.source,
  origin: { platform: WP.platform, version: WP.version, built: WP.built },
  layers: [
    rootfsLayer(WP, 'debian-bookworm-slim-rootfs-2024-03-11', 'ADD file:... in / (debian:bookworm-slim of 2024-03-11)', '8a1e25ce7c4f75e372e9884f8f7b1bedcfe4a7a7d452eb4b0a1c7477c9a90345', 29_124_181,
      { bytes: Math.round(77.2 * MB), range: [74 * MB, 80 * MB], reasoning: 'A bookworm-slim rootfs unpacks 2.65x (74.83 MB for 28.2 MB, repo-info local/bookworm-20260824-slim.md); this earlier build downloads 29.1 MB.' },
      [{ path: '/bin/bash', sizeBytes: 1_265_648 }, { path: '/etc/debian_version', sizeBytes: 5 }]),
    ...WP_LAYERS.map(([id, createdBy, digest, bytes]) => layer(WP, id, createdBy, digest, bytes, WP_FILES[id] ?? [])),
  ],
};
