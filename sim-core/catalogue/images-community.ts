/**
 * Images the remaining docker/awesome-compose samples pull that are not Docker official
 * images: docker-library/repo-info has no page for them and their publishers state no layer
 * sizes under stated conditions, so each is one estimated layer (download and on-disk size,
 * each with a range and the reasoning), as prom/prometheus is in images-compose.ts.
 */
import type { ImageDef, LayerDef } from './types';
import { MB } from './cite';
import { estimatedLayer } from './images-compose';

const image = (ref: string, tags: string[], app: string, only: LayerDef): ImageDef => ({ ref, tags, os: 'linux', app, source: 'estimate', layers: [only] });

/** itzg/minecraft-server: Eclipse Temurin's JRE on Ubuntu, plus the image's helper tools; the server jar is downloaded at start. */
export const MINECRAFT_SERVER: ImageDef = image('itzg/minecraft-server:latest', ['itzg/minecraft-server:latest', 'itzg/minecraft-server'], 'minecraft',
  estimatedLayer('itzg-minecraft-server-latest', 'FROM eclipse-temurin:21-jre + mc-server-runner, rcon-cli, mc-monitor, scripts', [250 * MB, [150 * MB, 400 * MB]], [650 * MB, [400 * MB, 1_000 * MB]],
    'An Ubuntu base (~30 MB download), a Java runtime (~60 MB), several Go helper binaries and the scripts; the server jar itself is fetched when the container starts.', [{ path: '/start', sizeBytes: 2_000 }, { path: '/opt/java/openjdk/bin/java', sizeBytes: 13_000 }]));

/** visibilityspots/cloudflared: Alpine plus the cloudflared Go binary, run as a DNS-over-HTTPS proxy. */
export const CLOUDFLARED: ImageDef = image('visibilityspots/cloudflared:latest', ['visibilityspots/cloudflared:latest', 'visibilityspots/cloudflared'], 'cloudflared',
  estimatedLayer('visibilityspots-cloudflared-latest', 'FROM alpine + COPY cloudflared /usr/local/bin/', [20 * MB, [12 * MB, 40 * MB]], [50 * MB, [30 * MB, 100 * MB]],
    'Alpine (~3.5 MB download) and one statically linked Go binary of 30-40 MB.', [{ path: '/usr/local/bin/cloudflared', sizeBytes: 35_000_000 }]));

/** pihole/pihole: since v6 (2025) Alpine with pihole-FTL (its DNS server and web server in one binary). */
export const PIHOLE: ImageDef = image('pihole/pihole:latest', ['pihole/pihole:latest', 'pihole/pihole'], 'pihole',
  estimatedLayer('pihole-pihole-latest', 'FROM alpine + pihole-FTL, the web interface, the pihole scripts', [45 * MB, [30 * MB, 110 * MB]], [100 * MB, [70 * MB, 300 * MB]],
    'Pi-hole v6 on Alpine: pihole-FTL (a few tens of MB), the web interface and scripts; the v5 images on Debian were about twice as large.', [{ path: '/usr/bin/pihole-FTL', sizeBytes: 30_000_000 }, { path: '/usr/local/bin/pihole', sizeBytes: 20_000 }]));

/** linuxserver/plex: linuxserver's Ubuntu base with s6-overlay, plus the Plex Media Server package. */
export const PLEX: ImageDef = image('linuxserver/plex:latest', ['linuxserver/plex:latest', 'linuxserver/plex', 'lscr.io/linuxserver/plex:latest'], 'plex',
  estimatedLayer('linuxserver-plex-latest', 'FROM ghcr.io/linuxserver/baseimage-ubuntu + dpkg -i plexmediaserver.deb', [140 * MB, [100 * MB, 200 * MB]], [370 * MB, [250 * MB, 550 * MB]],
    'An Ubuntu base with s6-overlay (~40 MB download) and the Plex Media Server package (~100 MB, with its own transcoder and libraries).', [{ path: '/usr/lib/plexmediaserver/Plex Media Server', sizeBytes: 30_000_000 }, { path: '/init', sizeBytes: 1_000 }]));

/** portainer/portainer-ce:alpine: Alpine plus the Portainer server and the docker, kubectl and helm binaries it calls. */
export const PORTAINER: ImageDef = image('portainer/portainer-ce:alpine', ['portainer/portainer-ce:alpine'], 'portainer',
  estimatedLayer('portainer-ce-alpine', 'FROM alpine + COPY portainer docker docker-compose kubectl helm /', [80 * MB, [50 * MB, 120 * MB]], [250 * MB, [150 * MB, 350 * MB]],
    'Portainer CE ships its Go server (~60 MB), its built front end, and the docker, docker-compose, kubectl and helm binaries it runs (~40-60 MB each).', [{ path: '/portainer', sizeBytes: 60_000_000 }, { path: '/docker', sizeBytes: 40_000_000 }]));

/** dpage/pgadmin4: Python on Alpine with pgAdmin's Flask application, its Python dependencies and the PostgreSQL client tools. */
export const PGADMIN4: ImageDef = image('dpage/pgadmin4:latest', ['dpage/pgadmin4:latest', 'dpage/pgadmin4'], 'pgadmin',
  estimatedLayer('dpage-pgadmin4-latest', 'FROM alpine + python3, pgadmin4 web, pip packages, pg_dump/pg_restore of several PostgreSQL versions', [180 * MB, [120 * MB, 260 * MB]], [520 * MB, [350 * MB, 750 * MB]],
    'pgAdmin bundles Python with a few hundred MB of packages and the client utilities of several PostgreSQL major versions.', [{ path: '/pgadmin4/pgAdmin4.py', sizeBytes: 5_000 }, { path: '/entrypoint.sh', sizeBytes: 8_000 }]));

/** linuxserver/wireguard: linuxserver's Alpine base with s6-overlay, wireguard-tools and CoreDNS for the peers. */
export const WIREGUARD: ImageDef = image('linuxserver/wireguard:latest', ['linuxserver/wireguard:latest', 'linuxserver/wireguard', 'lscr.io/linuxserver/wireguard:latest'], 'wireguard',
  estimatedLayer('linuxserver-wireguard-latest', 'FROM ghcr.io/linuxserver/baseimage-alpine + wireguard-tools, iptables, CoreDNS', [40 * MB, [25 * MB, 70 * MB]], [110 * MB, [70 * MB, 200 * MB]],
    'An Alpine base with s6-overlay (~10 MB download), wireguard-tools and iptables, and CoreDNS (a Go binary of ~50 MB).', [{ path: '/usr/bin/wg', sizeBytes: 100_000 }, { path: '/app/coredns', sizeBytes: 50_000_000 }]));
