/**
 * `--security-opt`, `--cap-add/--cap-drop` and `--privileged` where a user meets them: system
 * calls Docker's default seccomp profile stops (moby/profiles seccomp/default.json, vendored in
 * moby/moby b985e2313a8676e18072b442911fc8f64f17d440: unshare and mount are allowed only with
 * CAP_SYS_ADMIN), AppArmor's docker-default denying mount, `docker inspect`'s SecurityOpt and
 * AppArmorProfile, and the CLI's and daemon's errors. Lines from
 * https://docs.docker.com/engine/security/seccomp/ and
 * https://docs.docker.com/reference/cli/docker/container/run/#security-opt.
 */
import { describe, expect, it } from 'vitest';
import { workspace } from './workspace';

const SECCOMP = 'https://docs.docker.com/engine/security/seccomp/';
const RUN = 'https://docs.docker.com/reference/cli/docker/container/run/#security-opt';

async function started(line: string) {
  const w = await workspace();
  expect(await w.type(line)).toMatch(/^[0-9a-f]{64}$/);
  await w.wait(3_000);
  return w;
}

describe('seccomp', () => {
  it(`the default profile stops unshare and mount with EPERM before the kernel sees them (${SECCOMP})`, async () => {
    const w = await started('docker run -d --name box ubuntu:24.04 sleep infinity');
    expect(await w.type('docker exec box unshare -r whoami')).toBe('unshare: unshare failed: Operation not permitted');
    expect(await w.type('docker exec box unshare --map-root-user --user sh ; echo $?')).toBe('unshare: unshare failed: Operation not permitted\n1');
    expect(await w.type('docker exec box mount -t tmpfs none /mnt')).toBe('mount: /mnt: permission denied.\n       dmesg(1) may have more information after failed mount system call.');
  });
  it(`seccomp=unconfined lets them through: a user namespace needs no capability; a mount namespace and mount still need CAP_SYS_ADMIN (${SECCOMP}#run-without-the-default-seccomp-profile)`, async () => {
    const w = await started('docker run -d --name open --security-opt seccomp=unconfined ubuntu:24.04 sleep infinity');
    expect(await w.type('docker exec open unshare -r whoami')).toBe('utsuwa: unshare (user namespace) is allowed here; the new namespaces are not kept, so this shell stays where it was and whoami did not run');
    expect(await w.type('docker exec open unshare -m sh')).toBe('unshare: unshare failed: Operation not permitted');
    expect(await w.type('docker exec open unshare -rm sh')).toMatch(/^utsuwa: unshare \((user, mount|mount, user) namespaces\) is allowed here/);
    expect(await w.type('docker exec open mount -t tmpfs none /mnt')).toMatch(/^mount: \/mnt: permission denied\./);
  });
  it('CAP_SYS_ADMIN opens unshare in the default profile, but AppArmor\'s docker-default still denies mount until apparmor=unconfined', async () => {
    const w = await started('docker run -d --name adm --cap-add SYS_ADMIN ubuntu:24.04 sleep infinity');
    expect(await w.type('docker exec adm unshare -m sh')).toMatch(/^utsuwa: unshare \(mount namespace\) is allowed here/);
    expect(await w.type('docker exec adm unshare -m --mount-proc sh')).toBe('unshare: mount /proc failed: Permission denied');
    expect(await w.type('docker exec adm mount -t tmpfs none /mnt')).toMatch(/^mount: \/mnt: permission denied\./);
    await w.type('docker run -d --name adm2 --cap-add SYS_ADMIN --security-opt apparmor=unconfined ubuntu:24.04 sleep infinity');
    await w.wait(3_000);
    expect(await w.type('docker exec adm2 mount -t tmpfs none /mnt')).toBe('utsuwa: mounting none on /mnt is allowed here; the mount is not kept, so `mount` does not list it');
  });
  it('--privileged: no filter, every capability, AppArmor unconfined, so the CLI reference\'s mount works (https://docs.docker.com/reference/cli/docker/container/run/#privileged); --cap-drop ALL takes root\'s capabilities even with the filter off', async () => {
    const w = await started('docker run -d --name priv --privileged ubuntu:24.04 sleep infinity');
    expect(await w.type('docker exec priv mount -t tmpfs none /mnt')).toMatch(/^utsuwa: mounting none on \/mnt is allowed here/);
    await w.type('docker run -d --name bare --cap-drop ALL --security-opt seccomp=unconfined ubuntu:24.04 sleep infinity');
    await w.wait(3_000);
    expect(await w.type('docker exec bare unshare -n sh')).toBe('unshare: unshare failed: Operation not permitted');
  });
  it('BusyBox (Alpine) answers in its own words', async () => {
    const w = await started('docker run -d --name alp alpine:3.20 sleep 1000');
    expect(await w.type('docker exec alp unshare -r sh')).toBe('unshare: unshare(0x10000000): Operation not permitted');
    expect(await w.type('docker exec alp mount -t tmpfs none /mnt')).toBe('mount: permission denied (are you root?)');
  });
  it('a non-root user cannot mount whatever the profile', async () => {
    const w = await started('docker run -d --name nonroot -u 1000 --security-opt seccomp=unconfined ubuntu:24.04 sleep infinity');
    expect(await w.type('docker exec nonroot mount -t tmpfs none /mnt')).toBe('mount: /mnt: must be superuser to use mount.');
  });
});

describe('docker inspect shows the options as Docker does', () => {
  it(`HostConfig.SecurityOpt keeps what was typed; AppArmorProfile follows apparmor= and --privileged (${RUN})`, async () => {
    const w = await workspace();
    await w.type('docker run -d --name sa --security-opt no-new-privileges:true --security-opt seccomp=unconfined nginx:1.27');
    await w.type('docker run -d --name sb --security-opt no-new-privileges --security-opt label=disable --security-opt apparmor=unconfined nginx:1.27');
    await w.type('docker run -d --name sc nginx:1.27');
    expect(await w.type("docker inspect -f '{{json .HostConfig.SecurityOpt}}' sa")).toBe('["no-new-privileges:true","seccomp=unconfined"]');
    expect(await w.type("docker inspect -f '{{json .HostConfig.SecurityOpt}}' sb")).toBe('["no-new-privileges","label=disable","apparmor=unconfined"]');
    expect(await w.type("docker inspect -f '{{json .HostConfig.SecurityOpt}}' sc")).toBe('null');
    expect(await w.type("docker inspect -f '{{.AppArmorProfile}}' sa")).toBe('docker-default');
    expect(await w.type("docker inspect -f '{{.AppArmorProfile}}' sb")).toBe('unconfined');
  });
});

describe('what docker refuses, in its words', () => {
  it('a profile file: the client cannot read it (the host keeps no files), and says so', async () => {
    const w = await workspace();
    expect(await w.type('docker run --rm -it --security-opt seccomp=/path/to/seccomp/profile.json hello-world')).toBe(
      "docker: opening seccomp profile (/path/to/seccomp/profile.json) failed: open /path/to/seccomp/profile.json: no such file or directory.\nSee 'docker run --help'.\n"
      + "utsuwa: the host's files are not simulated, so no seccomp profile can be read from one; seccomp=unconfined and the default profile (seccomp=builtin) work");
  });
  it('an unknown key and a no-new-privileges that is no boolean: the daemon\'s parseSecurityOpt', async () => {
    const w = await workspace();
    expect(await w.type('docker run --security-opt foo=bar nginx:1.27')).toBe('docker: Error response from daemon: invalid --security-opt 2: "foo=bar".\nSee \'docker run --help\'.');
    expect(await w.type('docker run --security-opt no-new-privileges=maybe nginx:1.27')).toBe('docker: Error response from daemon: invalid --security-opt 2: "no-new-privileges=maybe".\nSee \'docker run --help\'.');
    expect(await w.type('docker run --security-opt seccomp nginx:1.27')).toBe('docker: invalid --security-opt: "seccomp".\nSee \'docker run --help\'.');
  });
});
