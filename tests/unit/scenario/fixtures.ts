/** Shared inputs for the scenario tests: the spec's own example and the catalogue's names. */
import type { CatalogueNames } from '../../../sim-core/scenario/index';

/** The names the spec says the catalogue has at least. */
export const NAMES: CatalogueNames = {
  images: ['nginx:1.27', 'alpine:3.20', 'ubuntu:22.04', 'debian:12', 'python:3.12-slim', 'node:20', 'redis:7', 'postgres:16', 'mcr.microsoft.com/windows/nanoserver:ltsc2022'],
  guestOses: ['ubuntu-22.04', 'debian-12', 'alpine-3.20', 'windows-server-2022'],
  vmProfiles: ['kvm-qemu', 'firecracker', 'virtualbox', 'hyperv'],
  runtimes: ['runc', 'gvisor', 'kata'],
  apps: ['nginx', 'redis', 'postgres', 'python', 'node'],
};

/** The example of shared/spec/scenario-format.md, verbatim. */
export const SPEC_EXAMPLE = `version: 1
name: nginx in a VM vs in a container
description: The same web server, booted both ways on one host.
seed: 42
host:
  cpus: 8
  memory: 16GiB
  disk: 512GiB
  os: linux            # linux | windows
instances:
  - name: web-vm
    kind: vm
    profile: kvm-qemu    # a technology profile (see below)
    os: ubuntu-22.04     # the guest OS
    cpus: 2
    memory: 1GiB
    disk: 10GiB
    apps: [nginx]
  - name: web
    kind: container
    runtime: runc        # runc | gvisor | kata
    image: nginx:1.27
    memory: 512m         # like \`docker run --memory=512m\`
    cpus: 0.5            # like \`docker run --cpus=0.5\`
events:
  - { at: 0s, start: web-vm }
  - { at: 0s, start: web }
  - { at: 90s, load: { target: web, memory: 600MiB } }   # the app asks for more than its limit
until: 120s
`;
