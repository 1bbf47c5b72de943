/**
 * The text of /etc/os-release in the base layers the catalogue has, so that `cat
 * /etc/os-release` in a container shows the image's distribution while `uname -r` shows the
 * host's kernel: the lesson of a shared kernel. Each text is the file the distribution's
 * release ships (base-files on Debian and Ubuntu, alpine-release on Alpine), as it prints in
 * public transcripts of `docker run ... cat /etc/os-release`; the layer's recorded file size is
 * this text's length (a unit test holds them equal). Layers not listed keep sizes only.
 */

const DEBIAN_12 = `PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"
NAME="Debian GNU/Linux"
VERSION_ID="12"
VERSION="12 (bookworm)"
VERSION_CODENAME=bookworm
ID=debian
HOME_URL="https://www.debian.org/"
SUPPORT_URL="https://www.debian.org/support"
BUG_REPORT_URL="https://bugs.debian.org/"
`;

/** Ubuntu's LTS point release a base image built on that date carries. */
function ubuntu(version: string, point: string, name: string, codename: string): string {
  return `PRETTY_NAME="Ubuntu ${point} LTS"
NAME="Ubuntu"
VERSION_ID="${version}"
VERSION="${point} LTS (${name})"
VERSION_CODENAME=${codename}
ID=ubuntu
ID_LIKE=debian
HOME_URL="https://www.ubuntu.com/"
SUPPORT_URL="https://help.ubuntu.com/"
BUG_REPORT_URL="https://bugs.launchpad.net/ubuntu/"
PRIVACY_POLICY_URL="https://www.ubuntu.com/legal/terms-and-policies/privacy-policy"
UBUNTU_CODENAME=${codename}
`;
}

/** Ubuntu 20.04 kept the older order of the same fields. */
const UBUNTU_20_04_5 = `NAME="Ubuntu"
VERSION="20.04.5 LTS (Focal Fossa)"
ID=ubuntu
ID_LIKE=debian
PRETTY_NAME="Ubuntu 20.04.5 LTS"
VERSION_ID="20.04"
HOME_URL="https://www.ubuntu.com/"
SUPPORT_URL="https://help.ubuntu.com/"
BUG_REPORT_URL="https://bugs.launchpad.net/ubuntu/"
PRIVACY_POLICY_URL="https://www.ubuntu.com/legal/terms-and-policies/privacy-policy"
VERSION_CODENAME=focal
UBUNTU_CODENAME=focal
`;

function alpine(version: string): string {
  const branch = version.split('.').slice(0, 2).join('.');
  return `NAME="Alpine Linux"
ID=alpine
VERSION_ID=${version}
PRETTY_NAME="Alpine Linux v${branch}"
HOME_URL="https://alpinelinux.org/"
BUG_REPORT_URL="https://gitlab.alpinelinux.org/alpine/aports/-/issues"
`;
}

/** /etc/os-release of the base layer with this id, or null when the catalogue keeps only its size. */
export function osReleaseText(layerId: string): string | null {
  const alpineVersion = /^alpine-(\d+\.\d+\.\d+)-minirootfs$/.exec(layerId)?.[1];
  if (alpineVersion) return alpine(alpineVersion);
  switch (layerId) {
    case 'debian-bookworm-rootfs':
    case 'debian-bookworm-slim-rootfs':
      return DEBIAN_12;
    // ubuntu:22.04 of 2024-02-27: 22.04.4 was released on 2024-02-22.
    case 'ubuntu-22.04-rootfs': return ubuntu('22.04', '22.04.4', 'Jammy Jellyfish', 'jammy');
    // mariadb:10.5's base of 2022-12-08: 20.04.5 (2022-09-01) was the current point release.
    case 'ubuntu-20.04-rootfs-2022-12-08': return UBUNTU_20_04_5;
  }
  return null;
}

export const OS_RELEASE_PATH = '/etc/os-release';

/** The layer's /etc/os-release entry, its size that of the text (one source for both). */
export function osReleaseFile(layerId: string): { path: string; sizeBytes: number } {
  const text = osReleaseText(layerId);
  if (text === null) throw new Error(`no os-release text for ${layerId}`);
  let bytes = 0;
  for (const ch of text) bytes += ch.codePointAt(0)! < 0x80 ? 1 : ch.codePointAt(0)! < 0x800 ? 2 : ch.codePointAt(0)! < 0x10000 ? 3 : 4;
  return { path: OS_RELEASE_PATH, sizeBytes: bytes };
}
