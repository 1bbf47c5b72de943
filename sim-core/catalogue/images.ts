import type { ImageDef } from './types';
import { DEBIAN_12, DEBIAN_12_SLIM, NGINX_127, NGINX_127_ALPINE, REDIS_7 } from './images-debian';
import { NODE_20, NODE_22, PYTHON_3, PYTHON_312_SLIM } from './images-lang';
import { MONGO_80, MYSQL_95, POSTGRES_16, POSTGRES_17 } from './images-db';
import { HTTPD_24, WORDPRESS_65 } from './images-web';
import { MARIADB_123, MYSQL_84, REDIS_8 } from './images-latest';
import { GITEA, GRAFANA, MARIADB_105, NEXTCLOUD_34, POSTGRES_18_ALPINE, PROMETHEUS, REDIS_8_ALPINE } from './images-compose';
import { GETTING_STARTED, WELCOME_TO_DOCKER } from './images-tutorial';
import { ALPINE_320, ALPINE_324, BUSYBOX_137, HELLO_WORLD, NANOSERVER_LTSC2022, UBUNTU_22_04, UBUNTU_24_04 } from './images-base';

const ALL: ImageDef[] = [
  NGINX_127, NGINX_127_ALPINE, ALPINE_320, ALPINE_324, UBUNTU_22_04, UBUNTU_24_04, DEBIAN_12, DEBIAN_12_SLIM,
  PYTHON_312_SLIM, PYTHON_3, NODE_20, NODE_22, REDIS_7, POSTGRES_16, POSTGRES_17, MYSQL_95, MONGO_80,
  HTTPD_24, WORDPRESS_65, BUSYBOX_137, HELLO_WORLD, NANOSERVER_LTSC2022, REDIS_8, MYSQL_84, MARIADB_123,
  POSTGRES_18_ALPINE, REDIS_8_ALPINE, MARIADB_105, NEXTCLOUD_34, GITEA, GRAFANA, PROMETHEUS,
  WELCOME_TO_DOCKER, GETTING_STARTED,
];

/** Images by the reference a scenario names them with. */
export const IMAGES: Record<string, ImageDef> = Object.fromEntries(ALL.map((i) => [i.ref, i]));
