import type { Source } from './types';

/** Registries and Dockerfiles: where the image layers, their steps and sizes come from. */
export const IMAGE_SOURCES: Source[] = [
  // --- Registries and Dockerfiles (image layers and sizes) ---
  { id: 'dockerhub-debian', title: 'Docker Hub: debian (official image), tags bookworm and bookworm-slim', url: 'https://hub.docker.com/_/debian', measured: 'Compressed size per tag (linux/amd64) as the Hub lists it; extracted size as `docker images` reports after a pull.' },
  { id: 'dockerhub-buildpack-deps', title: 'Docker Hub: buildpack-deps (official image), tags bookworm-curl, bookworm-scm, bookworm', url: 'https://hub.docker.com/_/buildpack-deps', measured: 'Per-layer compressed sizes of the bookworm stack (linux/amd64).' },
  { id: 'dockerhub-nginx', title: 'Docker Hub: nginx (official image), tag 1.27', url: 'https://hub.docker.com/_/nginx', measured: 'Layer list and compressed sizes of nginx:1.27 (linux/amd64).' },
  { id: 'nginx-dockerfile', title: 'nginxinc/docker-nginx: mainline/debian/Dockerfile', url: 'https://github.com/nginxinc/docker-nginx/blob/master/mainline/debian/Dockerfile', measured: 'The build steps (one layer each) and the entrypoint scripts the image COPYs.' },
  { id: 'dockerhub-python', title: 'Docker Hub: python (official image), tag 3.12-slim', url: 'https://hub.docker.com/_/python', measured: 'Layer list and compressed sizes of python:3.12-slim (linux/amd64).' },
  { id: 'python-dockerfile', title: 'docker-library/python: 3.12/slim-bookworm/Dockerfile', url: 'https://github.com/docker-library/python/blob/master/3.12/slim-bookworm/Dockerfile', measured: 'The build steps of python:3.12-slim.' },
  { id: 'dockerhub-redis', title: 'Docker Hub: redis (official image), tag 7', url: 'https://hub.docker.com/_/redis', measured: 'Layer list and compressed sizes of redis:7 (linux/amd64).' },
  { id: 'redis-dockerfile', title: 'docker-library/redis: 7.4/debian/Dockerfile', url: 'https://github.com/docker-library/redis/blob/master/7.4/debian/Dockerfile', measured: 'The build steps of redis:7.' },
  { id: 'dockerhub-postgres', title: 'Docker Hub: postgres (official image), tag 16', url: 'https://hub.docker.com/_/postgres', measured: 'Layer list and compressed sizes of postgres:16 (linux/amd64).' },
  { id: 'postgres-dockerfile', title: 'docker-library/postgres: 16/bookworm/Dockerfile', url: 'https://github.com/docker-library/postgres/blob/master/16/bookworm/Dockerfile', measured: 'The build steps of postgres:16.' },
  { id: 'dockerhub-node', title: 'Docker Hub: node (official image), tag 20', url: 'https://hub.docker.com/_/node', measured: 'Layer list and compressed sizes of node:20 (linux/amd64).' },
  { id: 'node-dockerfile', title: 'nodejs/docker-node: 20/bookworm/Dockerfile', url: 'https://github.com/nodejs/docker-node/blob/main/20/bookworm/Dockerfile', measured: 'The build steps of node:20 (FROM buildpack-deps:bookworm).' },
  { id: 'dockerhub-httpd', title: 'Docker Hub: httpd (official image), tag 2.4', url: 'https://hub.docker.com/_/httpd', measured: 'Layer list and compressed sizes of httpd:2.4 (linux/amd64).' },
  { id: 'dockerhub-alpine', title: 'Docker Hub: alpine (official image), tag 3.20', url: 'https://hub.docker.com/_/alpine', measured: 'Compressed size of alpine:3.20 (linux/amd64), one layer.' },
  { id: 'dockerhub-ubuntu', title: 'Docker Hub: ubuntu (official image), tag 22.04', url: 'https://hub.docker.com/_/ubuntu', measured: 'Compressed size of ubuntu:22.04 (linux/amd64), one layer.' },
  { id: 'dockerhub-busybox', title: 'Docker Hub: busybox (official image), tag 1.37', url: 'https://hub.docker.com/_/busybox', measured: 'Compressed size of busybox (linux/amd64), one layer.' },
  { id: 'mcr-nanoserver', title: 'Microsoft Artifact Registry: Windows Nano Server', url: 'https://mcr.microsoft.com/en-us/product/windows/nanoserver/about', measured: 'Compressed size of nanoserver:ltsc2022 (windows/amd64).' },
];

