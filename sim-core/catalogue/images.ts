import type { ImageDef } from './types';
import { DEBIAN_12, DEBIAN_12_SLIM, NGINX, PYTHON_312_SLIM, REDIS_7 } from './images-debian';
import { ALPINE_320, BUSYBOX, HTTPD_24, NANOSERVER_LTSC2022, NODE_20, POSTGRES_16, UBUNTU_2204 } from './images-other';

const ALL: ImageDef[] = [
  NGINX, ALPINE_320, UBUNTU_2204, DEBIAN_12, DEBIAN_12_SLIM, PYTHON_312_SLIM, NODE_20, REDIS_7,
  POSTGRES_16, HTTPD_24, BUSYBOX, NANOSERVER_LTSC2022,
];

/** Images by the reference a scenario names them with. */
export const IMAGES: Record<string, ImageDef> = Object.fromEntries(ALL.map((i) => [i.ref, i]));
