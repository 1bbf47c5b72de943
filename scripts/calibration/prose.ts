/** The hand-written parts of docs/calibration.md: how to read it, disagreements, notes. */

export const INTRO = `# Calibration: where the catalogue's numbers come from

This page is generated from the catalogue (\`sim-core/catalogue/\`) by \`npm run calibration\`;
\`tests/unit/catalogue-doc.test.ts\` fails when it differs from what the catalogue generates, so
edit the catalogue (or \`scripts/calibration/\`), not this file.

Every default number is a \`Cited\` value of one of three kinds:

- **measured**: a source measured it (a benchmark, a CI baseline, a registry's byte count of a
  real artefact). The quote is the sentence or table row, in the source's language, with its
  conditions (hardware, versions, configuration) and any arithmetic that turns it into the value.
- **documented**: a specification, manual or vendor page states it (a default, a bound, a
  promise), quoted the same way.
- **estimate**: no source we could read states it. The value is ours, with the range we believe
  it lies in and the reasoning that bounds it; the source named is the one that bounds it, or
  [estimate](#src-estimate). Estimates are the first candidates to replace.

Phase kinds: \`cpu\` phases are work for one core and stretch when the host's cores are
contended; \`wait\` phases are fixed wall time (firmware timers, menu timeouts). All times are for
an idle host. A VM's boot is firmware, then bootloader, then \`bootScale x (kernel + init)\`, then
its apps' init. A container's start is \`create\`, then the runtime's \`start\`, then its app's init.`;

/** The terminal's own defaults: figures no engine model uses, with what each source states. */
export const TERMINAL_DEFAULTS = `## Terminal defaults

Defaults the terminal shows that no engine figure uses (sim-core/terminal/ulimit.ts,
extra-hosts.ts, run-command.ts, resolv-conf.ts); each is what its source states under its
conditions, or an estimate with its range.

| What | Value | What the source states | Source |
|---|---|---|---|
| \`ulimit -n\` in a container without \`--ulimit\` | 1048576 soft and hard | moby/moby#51485: Docker 29 on Ubuntu 24.04 with containerd.io 1.7.29 pinned, \`docker run ubuntu bash -c 'ulimit -n'\` "returns 1048576 (the number may be different depending on the host)"; with containerd 2.1.5 it returns 1024. Utsuwa simulates Docker 27.3.1, of the containerd 1.7 era. | <https://github.com/moby/moby/issues/51485> |
| \`ulimit -n\` / \`-Hn\` in a login shell on a host or VM | 1024 / 524288 | containerd/containerd#8924: remove \`LimitNOFILE\` "to rely on the systemd v240 implicit default of \`1024:524288\`". | <https://github.com/containerd/containerd/pull/8924> |
| \`ulimit -u\` | unlimited | An estimate: dockerd's and containerd's units set \`LimitNPROC=infinity\` (range: unlimited, or a default of tens of thousands derived from the host's \`kernel.threads-max\`). | estimate |
| \`time\` of a docker command that returns at once | real 0.038 s, user 0.021 s, sys 0.013 s | An estimate of a Go CLI's start and one API round trip to the daemon (range: real 20-150 ms, CPU 10-60 ms). A command that plays the simulation (\`time docker stop\`, \`time sleep 5\`) adds the simulated time it took. | estimate |
| \`time\` of a small program (\`time sleep 5\`) | real 0.002 s above its sleep, user 0.001 s, sys 0.000 s | An estimate of a small C program's exec and exit (range: real 1-5 ms, CPU 0-3 ms). | estimate |
| A container's DNS server on the default bridge | 192.168.1.1 | An assumption of the model: the simulated host's router, given by DHCP, which systemd-resolved's upstream file lists and Docker copies (range: any upstream resolver the host's network gives). | estimate |
| \`host-gateway\` in \`--add-host\` | 172.17.0.1 | The default \`host-gateway-ip\` is the default bridge's IPv4 gateway (docker0, 172.17.0.1/16 unless \`bip\` is set). | <https://docs.docker.com/reference/cli/docker/container/run/#add-host> |`;

export const DISAGREE = `## Where sources disagree

- **Ubuntu userspace boot**: 6.2 s (systemd-analyze-ubuntu), 18 s after fixes and 37.8 s before
  them (ubuntu-slow-boot, where apt-daily-upgrade and snapd dominated), 1.7 s for a minimal mkosi
  image (mkosi-qemu-boot). The estimate, 12 s, is a stock server with snapd and cloud-init.
- **Firmware under QEMU**: qboot enters the kernel in ~20 ms (seabios-qboot), OVMF took 6.9 s on a
  laptop (mkosi-qemu-boot); SeaBIOS, QEMU's default, sits between.
- **Kata's memory per pod**: kata-deploy reserves 160Mi for scheduling (kata-pod-overhead); the
  Kata CI measures ~120 MiB of PSS per pod with QEMU and ~124 MiB with Cloud Hypervisor
  (kata-metrics). The catalogue uses the measurement: a reservation is not usage.
- **Kata's start**: 2.2 s end to end in Kata 1.x (kata-runtime-1025); the CI's baseline for Kata
  3 is 0.71 s to workload with QEMU, 0.39 s with Cloud Hypervisor (kata-metrics).
- **gVisor's start**: through Docker runsc is as fast as runc (gvisor-benchmarks); runsc create +
  start alone took 81-280 ms on eight hosts (gvisor-cold-start).
- **gVisor's system calls** depend on the platform: 763 ns on KVM, 38 us on ptrace, against 1.9 us
  under runc in the same VM (gvisor-benchmarks); systrap, the default since 2023, lies between.
- **Firecracker's boot**: <= 125 ms to /sbin/init is for a minimal kernel and rootfs on a
  1 vCPU / 128 MiB microVM (firecracker-spec); a full distribution's userspace is not shortened by
  the VMM, which one \`bootScale\` on kernel + init cannot express (its range says so).`;

export const IMAGE_NOTES = `## Notes on the image data

- Download sizes are docker-library/repo-info's per-layer gzip sizes for linux/amd64 (Nano Server:
  windows/amd64), each with its build date and, where the page gives it, the manifest digest. repo-info
  keeps only current tags; pages for tags it has dropped (nginx:1.27, node:20, postgres:16, ...) were
  read from a mirror that kept its history.
- repo-info lists no on-disk size per layer, only an image's total in its \`local/\` pages. On-disk
  sizes are therefore estimates: download x 2.64, the ratio of nginx:1.27.0 (70,984,738 B to download,
  ~187.67 MB on disk, which \`docker images\` prints as 188MB), or for base layers the on-disk size
  seen for that base.
- The images are not one snapshot: each entry says when its build was made. \`latest\` and the other
  moving tags point at the build listed, as they did on that date (nginx:latest was nginx 1.27.3 in
  December 2024; mysql:latest was MySQL 9.5.0 in January 2026).
- Images built on the same Debian release share the base layer here even where repo-info shows them
  on different weekly rebuilds (28,231,581 B in December 2024, 28,212,303 B in February 2025,
  28,228,572 B in January 2026): as on a host that pulled them the same week. nginx:1.27 and
  postgres:17 do share the very same layer (\`sha256:fd674058…\`); node:20 and node:22 share their
  Debian and buildpack-deps layers.
- Layer ids are stable names for the engine; file sizes inside layers are representative (for
  copy-up and \`write\` events), not a full listing.`;

export const TEXTBOOK = `<a id="textbook"></a>
## The textbook's VM and a cloud image

The course textbook says "VM: 1-5 minutes, GB of memory, tens of GB of disk" without conditions
(textbook-seed). The model's VM is a server cloud image: it boots in tens of seconds, holds a few
hundred MB after boot and uses about 2-3 GB of disk. Both are true of different machines:

- an installer-built Ubuntu Desktop asks for 4 GB of memory and 25 GB of disk
  (ubuntu-desktop-requirements) and starts a desktop session on top of the boot;
- a first \`vagrant up\` downloads its box (several hundred MB) before it boots
  (figure \`vagrant-box-download\`);
- Windows Server needs 2 GB and 32 GB as minimums (windows-server-requirements) and touches all the
  memory it is given.

The figures below carry these numbers so the page can show both and say which conditions give each.`;

export const FIGURES_INTRO = `## Figures

Cited figures for the engine's mechanisms (the container engine's start in a guest, the daemon's
queue, disk bandwidth, ...) and for the page's notes; each row says what uses it. They live in
\`sim-core/catalogue/figures.ts\`; the engine reads them by id (\`figureValue\`), so the value shown
here is the value the model runs with.`;
