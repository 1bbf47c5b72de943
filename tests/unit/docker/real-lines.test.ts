/**
 * Command lines copied from Docker's CLI reference (docker/cli v27.3.1
 * docs/reference/commandline, published at https://docs.docker.com/reference/cli/docker/)
 * and the official images' READMEs (docker-library/docs, published on Docker Hub), each
 * with its source. Every one must be read as the real CLI reads it: no real flag, command
 * or image is called nonexistent, and the settings the model covers land in the spec.
 */
import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../../sim-core/index';
import { CATALOGUE } from '../../../sim-core/catalogue/index';
import { runCommand, tokenize } from '../../../sim-core/terminal/index';
import { findCommand } from '../../../sim-core/docker/commands';
import { parseRunArgs } from '../../../sim-core/docker/run-options';
import { emptyScenario } from '../../../src/document/specs';

const REF = 'https://docs.docker.com/reference/cli/docker';
const VAGRANT = 'https://developer.hashicorp.com/vagrant/docs/cli';

/** The env.list of the docker run reference's --env example (#env), on the client's disk. */
const ENV_LIST = '# This is a comment\nVAR1=value1\nVAR2=value2\nUSER\n';
const HOST_FILES = { '/root/env.list': ENV_LIST };
const HUB = 'https://hub.docker.com/_';
/** Docker's run reference (docker/cli docs/reference/run.md) and its security manuals (docker/docs content/manuals/engine/security). */
const RUNREF = 'https://docs.docker.com/engine/containers/run';
const SECURITY = 'https://docs.docker.com/engine/security';

/** [line, source] */
const LINES: [string, string][] = [
  // docker container run
  ['docker run --name test -d nginx:alpine', `${REF}/container/run/#name`],
  ['docker run --name test --net mynet -d nginx:alpine', `${REF}/container/run/#name`],
  ['docker run --net mynet busybox:latest ping test', `${REF}/container/run/#name`],
  ['docker run --cidfile /tmp/docker_test.cid ubuntu echo "test"', `${REF}/container/run/#cidfile`],
  ['docker run -t -i --rm ubuntu bash', `${REF}/container/run/#pid`],
  ['docker run -t -i --privileged ubuntu bash', `${REF}/container/run/#privileged`],
  ['docker run -w /path/to/dir/ -i -t ubuntu pwd', `${REF}/container/run/#workdir`],
  ['docker run -it --storage-opt size=120G fedora /bin/bash', `${REF}/container/run/#storage-opt`],
  ['docker run -d --tmpfs /run:rw,noexec,nosuid,size=65536k my_image', `${REF}/container/run/#tmpfs`],
  ['docker run -v /doesnt/exist:/foo -w /foo -i -t ubuntu bash', `${REF}/container/run/#volume`],
  ['docker run --read-only -v /icanwrite busybox touch /icanwrite/here', `${REF}/container/run/#read-only`],
  ['docker run -t -i -v /var/run/docker.sock:/var/run/docker.sock -v /path/to/static-docker-binary:/usr/bin/docker busybox sh', `${REF}/container/run/#volume`],
  ['docker run --read-only --mount type=volume,target=/icanwrite busybox touch /icanwrite/here', `${REF}/container/run/#mount`],
  ['docker run -t -i --mount type=bind,src=/data,dst=/data busybox sh', `${REF}/container/run/#mount`],
  ['docker run -p 127.0.0.1:80:8080/tcp nginx:alpine', `${REF}/container/run/#publish`],
  ['docker run --expose 80 nginx:alpine', `${REF}/container/run/#publish`],
  ['docker run -P nginx:alpine', `${REF}/container/run/#publish-all`],
  ['docker run --pull=never hello-world', `${REF}/container/run/#pull`],
  ['docker run -e MYVAR1 --env MYVAR2=foo --env-file ./env.list ubuntu bash', `${REF}/container/run/#env`],
  ['docker run --env VAR1=value1 --env VAR2=value2 ubuntu env', `${REF}/container/run/#env`],
  ['docker run --env-file env.list ubuntu env', `${REF}/container/run/#env`],
  ['docker run -l my-label --label com.example.foo=bar ubuntu bash', `${REF}/container/run/#label`],
  ['docker run --label-file ./labels ubuntu bash', `${REF}/container/run/#label`],
  ['docker run -itd --network=my-net busybox', `${REF}/container/run/#network`],
  ['docker run -itd --network=my-net --ip=192.0.2.69 busybox', `${REF}/container/run/#network`],
  ['docker run -itd --network=my-net1 --network=my-net2 busybox', `${REF}/container/run/#network`],
  ['docker run -itd --network=name=my-net1,ip=192.0.2.42 --network=name=my-net2,ip=192.0.3.42 busybox', `${REF}/container/run/#network`],
  ['docker run --volumes-from 777f7dc92da7 --volumes-from ba8c0c54f0f2:ro -i -t ubuntu pwd', `${REF}/container/run/#volumes-from`],
  ['docker run -d -p 80:80 my_image service nginx start', `${REF}/container/run/#detach`],
  ["docker run -d -p 80:80 my_image nginx -g 'daemon off;'", `${REF}/container/run/#detach`],
  ['docker run --device=/dev/sda:/dev/xvdc --rm -it ubuntu fdisk  /dev/xvdc', `${REF}/container/run/#device`],
  ['docker run --device=/dev/sda:/dev/xvdc:rw --rm -it ubuntu fdisk  /dev/xvdc', `${REF}/container/run/#device`],
  ['docker run -a stdin -a stdout -i -t ubuntu /bin/bash', `${REF}/container/run/#attach`],
  ['docker run -a stderr ubuntu echo test', `${REF}/container/run/#attach`],
  ['docker run -it debian', `${REF}/container/run/#attach`],
  ['docker run -i debian passwd root', `${REF}/container/run/#attach`],
  ["docker run -d --device-cgroup-rule='c 42:* rmw' --name my-container my-image", `${REF}/container/run/#device-cgroup-rule`],
  ['docker run -it --rm --gpus all ubuntu nvidia-smi', `${REF}/container/run/#gpus`],
  ['docker run --restart=always redis', `${REF}/container/run/#restart`],
  ['docker run --restart=on-failure:10 redis', `${REF}/container/run/#restart`],
  ['docker run --add-host=my-hostname=8.8.8.8 --rm -it alpine', `${REF}/container/run/#add-host`],
  ['docker run --add-host my-hostname=[2001:db8::33] --rm -it alpine', `${REF}/container/run/#add-host`],
  ['docker run --add-host=my-hostname:8.8.8.8 --rm -it alpine', `${REF}/container/run/#add-host`],
  ['docker run --log-driver=none -d nginx:alpine', `${REF}/container/run/#log-driver`],
  ['docker run --ulimit nofile=1024:1024 --rm debian sh -c "ulimit -n"', `${REF}/container/run/#ulimit`],
  ['docker run -d -u daemon --ulimit nproc=3 busybox top', `${REF}/container/run/#ulimit`],
  ['docker run --security-opt label=level:s0:c100,c200 -it fedora bash', `${REF}/container/run/#security-opt`],
  ['docker run --security-opt label=disable -it ubuntu bash', `${REF}/container/run/#security-opt`],
  ['docker run --security-opt no-new-privileges -it ubuntu bash', `${REF}/container/run/#security-opt`],
  ['docker run --security-opt label=type:svirt_apache_t -it ubuntu bash', `${REF}/container/run/#security-opt`],
  ["docker run --security-opt=seccomp:unconfined --name cr -d busybox /bin/sh -c 'i=0; while true; do echo $i; i=$(expr $i + 1); sleep 1; done'", `${REF}/checkpoint/`],
  ['docker run -it --rm  ubuntu:24.04 ip link add dummy0 type dummy', `${RUNREF}/#runtime-privilege-and-linux-capabilities`],
  ['docker run -it --rm --cap-add=NET_ADMIN ubuntu:24.04 ip link add dummy0 type dummy', `${RUNREF}/#runtime-privilege-and-linux-capabilities`],
  ['docker run --rm -it --cap-add SYS_ADMIN sshfs sshfs sven@10.10.10.20:/home/sven /mnt', `${RUNREF}/#runtime-privilege-and-linux-capabilities`],
  ['docker run --rm -it --device /dev/fuse sshfs sshfs sven@10.10.10.20:/home/sven /mnt', `${RUNREF}/#runtime-privilege-and-linux-capabilities`],
  ['docker run --rm -it --cap-add SYS_ADMIN --device /dev/fuse sshfs', `${RUNREF}/#runtime-privilege-and-linux-capabilities`],
  ['docker run --rm -it --security-opt seccomp=/path/to/seccomp/profile.json hello-world', `${SECURITY}/seccomp/#pass-a-profile-for-a-container`],
  ['docker run --rm -it --security-opt seccomp=unconfined debian:jessie unshare --map-root-user --user sh -c whoami', `${SECURITY}/seccomp/#run-without-the-default-seccomp-profile`],
  ['docker run --rm -it --security-opt apparmor=docker-default hello-world', `${SECURITY}/apparmor/#understand-the-policies`],
  ['docker run --rm -it --security-opt apparmor=your_profile hello-world', `${SECURITY}/apparmor/#load-and-unload-profiles`],
  ['docker run --security-opt "apparmor=docker-nginx" -p 80:80 -d --name apparmor-nginx nginx', `${SECURITY}/apparmor/#nginx-example-profile`],
  ['docker run -d --isolation default busybox top', `${REF}/container/run/#isolation`],
  ['docker run --sysctl net.ipv4.ip_forward=1 someimage', `${REF}/container/run/#sysctl`],
  // docker container create
  ['docker container create -i -t --name mycontainer alpine', `${REF}/container/create/`],
  ['docker create -v /data --name data ubuntu', `${REF}/container/create/`],
  ['docker create -v /home/docker:/docker --name docker ubuntu', `${REF}/container/create/`],
  ['docker create -v awesome:/foo -v /bar --name hello redis', `${REF}/container/rm/`],
  // docker container ls, logs, stats, exec, update
  ['docker ps --no-trunc', `${REF}/container/ls/`],
  ['docker ps -a', `${REF}/container/ls/`],
  ['docker ps --size', `${REF}/container/ls/`],
  ['docker ps --filter "label=color=blue"', `${REF}/container/ls/#filter`],
  ["docker ps -a --filter 'exited=0'", `${REF}/container/ls/#filter`],
  ['docker logs -f --until=2s test', `${REF}/container/logs/`],
  ['docker stats', `${REF}/container/stats/`],
  ['docker stats nginx --no-stream --format "{{ json . }}"', `${REF}/container/stats/`],
  ['docker stats --format "table {{.Container}}\\t{{.CPUPerc}}\\t{{.MemUsage}}"', `${REF}/container/stats/`],
  ['docker exec -d mycontainer touch /tmp/execWorks', `${REF}/container/exec/`],
  ['docker exec -e VAR_A=1 -e VAR_B=2 mycontainer env', `${REF}/container/exec/`],
  ['docker exec -it -w /root mycontainer pwd', `${REF}/container/exec/`],
  ['docker update --cpu-shares 512 abebf7571666', `${REF}/container/update/`],
  ['docker update --cpu-shares 512 -m 300M abebf7571666 hopeful_morse', `${REF}/container/update/`],
  ['docker update --kernel-memory 80M test', `${REF}/container/update/`],
  ['docker update --restart=on-failure:3 abebf7571666 hopeful_morse', `${REF}/container/update/`],
  // other container commands
  ['docker port test 7890/tcp', `${REF}/container/port/`],
  ['docker kill --signal=SIGHUP my_container', `${REF}/container/kill/`],
  ['docker kill --signal=1 my_container', `${REF}/container/kill/`],
  ['docker rm --force redis', `${REF}/container/rm/`],
  ['docker rm -v hello', `${REF}/container/rm/`],
  ['docker stop my_container', `${REF}/container/stop/`],
  ['docker restart my_container', `${REF}/container/restart/`],
  ['docker start my_container', `${REF}/container/start/`],
  ['docker pause my_container', `${REF}/container/pause/`],
  ['docker diff 1fdfd1f54c1b', `${REF}/container/diff/`],
  ['docker container start --attach -i mycontainer', `${REF}/container/create/`],
  ['docker attach topdemo', `${REF}/container/attach/`],
  ["docker inspect --size database -f '{{ .SizeRw }}'", `${REF}/inspect/`],
  ['docker inspect --type=volume myvolume', `${REF}/inspect/`],
  // images
  ['docker images', `${REF}/image/ls/`],
  ['docker images java:8', `${REF}/image/ls/`],
  ['docker images --digests', `${REF}/image/ls/`],
  ['docker images --filter "dangling=true"', `${REF}/image/ls/`],
  ['docker image pull debian', `${REF}/image/pull/`],
  ['docker image pull debian:bookworm', `${REF}/image/pull/`],
  ['docker pull ubuntu:24.04', `${REF}/image/pull/`],
  ['docker pull ubuntu@sha256:2e863c44b718727c860746568e1d54afd13b2fa71b160f5cd9058fc436217b30', `${REF}/image/pull/`],
  ['docker image pull myregistry.local:5000/testing/test-image', `${REF}/image/pull/`],
  ['docker image pull --all-tags ubuntu', `${REF}/image/pull/`],
  ['docker image ls --filter reference=ubuntu', `${REF}/image/pull/`],
  ['docker rmi -f fd484f19954f', `${REF}/image/rm/`],
  ['docker history --format "{{.ID}}: {{.CreatedSince}}" busybox', `${REF}/image/history/`],
  // networks, volumes, system
  ['docker network create -d bridge my-bridge-network', `${REF}/network/create/`],
  ['docker network create --driver=bridge --subnet=192.168.0.0/16 br0', `${REF}/network/create/`],
  ['docker network connect --alias db --alias mysql multi-host-network container2', `${REF}/network/connect/`],
  ['docker network ls --filter driver=bridge', `${REF}/network/ls/`],
  ['docker network inspect simple-network', `${REF}/network/inspect/`],
  ['docker network rm my-network', `${REF}/network/rm/`],
  ['docker volume create hello', `${REF}/volume/create/`],
  ['docker volume create the-doctor --label is-timelord=yes', `${REF}/volume/ls/`],
  ['docker volume ls -f dangling=true', `${REF}/volume/ls/`],
  ['docker volume rm hello', `${REF}/volume/rm/`],
  ['docker system df -v', `${REF}/system/df/`],
  ['docker system df --format json', `${REF}/system/df/`],
  ["docker version --format '{{.Client.APIVersion}}'", `${REF}/version/`],
  // the official images' READMEs (%%IMAGE%% is the image's name)
  ['docker run --name some-nginx -v /some/content:/usr/share/nginx/html:ro -d nginx', `${HUB}/nginx`],
  ['docker run --name some-nginx -d -p 8080:80 nginx', `${HUB}/nginx`],
  ['docker run --rm --entrypoint=cat nginx /etc/nginx/nginx.conf', `${HUB}/nginx`],
  ["docker run --name my-nginx -v /host/path/nginx.conf:/etc/nginx/nginx.conf:ro -d nginx nginx-debug -g 'daemon off;'", `${HUB}/nginx`],
  ['docker run -d -e NGINX_ENTRYPOINT_QUIET_LOGS=1 nginx', `${HUB}/nginx`],
  ['docker run --name some-mysql -e MYSQL_ROOT_PASSWORD=my-secret-pw -d mysql:8', `${HUB}/mysql`],
  ['docker run --name some-mysql -e MYSQL_ROOT_PASSWORD=my-secret-pw -d mysql:8 --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci', `${HUB}/mysql`],
  ['docker run -v "/home/user/data":/var/lib/mysql --user 1000:1000 --name some-mysql -e MYSQL_ROOT_PASSWORD=my-secret-pw -d mysql:8', `${HUB}/mysql`],
  ['docker run --name some-postgres -e POSTGRES_PASSWORD=mysecretpassword -d postgres', `${HUB}/postgres`],
  ['docker run -d --name some-postgres -e POSTGRES_PASSWORD=mysecretpassword postgres:16 -c shared_buffers=256MB -c max_connections=200', `${HUB}/postgres`],
  ['docker run -d -e LANG=de_DE.utf8 -e POSTGRES_INITDB_ARGS="--locale-provider=icu --icu-locale=de-DE" -e POSTGRES_PASSWORD=mysecretpassword postgres:15-alpine', `${HUB}/postgres`],
  ['docker run -it --rm --user 1000:1000 -e POSTGRES_PASSWORD=mysecretpassword postgres:16', `${HUB}/postgres`],
  ['docker run -it --rm -v pg:/var/lib/postgresql -e POSTGRES_PASSWORD=mysecretpassword postgres:16', `${HUB}/postgres`],
  ['docker run --name some-redis -d redis', `${HUB}/redis`],
  ['docker run --name some-redis -d redis:7 redis-server --save 60 1 --loglevel warning', `${HUB}/redis`],
  ['docker run -v /myredis/conf:/usr/local/etc/redis --name myredis redis:7 redis-server /usr/local/etc/redis/redis.conf', `${HUB}/redis`],
  ['docker run --name some-mongo -d mongo:tag', `${HUB}/mongo`],
  ['docker run -it --rm mongo --help', `${HUB}/mongo`],
  ['docker run -dit --name my-apache-app -p 8080:80 -v /home/user/site:/usr/local/apache2/htdocs/ httpd:2.4', `${HUB}/httpd`],
  ['docker run --name some-wordpress -p 8080:80 -d wordpress', `${HUB}/wordpress`],
  ['docker run hello-world', `${HUB}/hello-world`],
  ['docker run -it --rm busybox', `${HUB}/busybox`],
  ['docker run -it --rm --name my-running-script -v /home/user/app:/usr/src/myapp -w /usr/src/myapp python:3 python your-daemon-or-script.py', `${HUB}/python`],
  ['docker run -d --hostname my-rabbit --name some-rabbit rabbitmq:3', `${HUB}/rabbitmq`],
  ['docker run -d --hostname my-rabbit --name some-rabbit -p 8080:15672 rabbitmq:3-management', `${HUB}/rabbitmq`],
  ['docker run --name my-memcache -d memcached memcached --memory-limit=64', `${HUB}/memcached`],
  ['docker run --link some_database:db -p 8080:8080 adminer', `${HUB}/adminer`],
  ["docker run --link some_database:db -p 8080:8080 -e ADMINER_PLUGINS='tables-filter tinymce' adminer", `${HUB}/adminer`],
  ['docker run --detach --name some-mariadb --env MARIADB_ROOT_PASSWORD=my-secret-pw mariadb:latest', `${HUB}/mariadb`],
  ['docker run --name some-mariadb -v /my/own/datadir:/var/lib/mysql:Z -e MARIADB_ROOT_PASSWORD=my-secret-pw -d mariadb:latest', `${HUB}/mariadb`],
];

/** What must never be said of a real flag, command or (official) image. */
const NONEXISTENT = /unknown flag|unknown shorthand flag|is not a docker command|manifest for \S+ not found|pull access denied for (nginx|ubuntu|debian|busybox|redis|mysql|postgres|mongo|httpd|wordpress|hello-world|python|rabbitmq|memcached|adminer|mariadb|alpine|fedora)\b/;

describe('real command lines from the docker reference and the official images', () => {
  it(`has at least 100 of them, each with its source (${LINES.length})`, () => {
    expect(LINES.length).toBeGreaterThanOrEqual(100);
    for (const [, source] of LINES) expect(source).toMatch(/^https:\/\//);
  });

  it.each(LINES)('%s', (line) => {
    const sim = createSimulation(emptyScenario(), CATALOGUE);
    const r = runCommand(sim, line, 'host', { hostFiles: HOST_FILES });
    expect(r.output).not.toMatch(NONEXISTENT);
    // The docs' placeholders (my_image, someimage) are not on Docker Hub: docker says so too.
    if (r.exitCode !== 0) expect(r.output).toMatch(/^(docker: Error response from daemon: (network \S+ not found|No such image)|Error response from daemon: (No such image: |network \S+ not found|get \S+: no such volume)|Error: No such (object|container|image|network|volume): |\[\]$|Unable to find image|Error response from daemon: No such container|utsuwa: |Using default tag)/m);
  });

  it('run and create lines are read flag by flag, as docker reads them', () => {
    const networks = ['mynet', 'my-net', 'my-net1', 'my-net2', 'some-network'];
    for (const [line] of LINES) {
      const argv = tokenize(line).argv.slice(1);
      const found = findCommand(argv);
      if (!found || !['container run', 'container create'].includes(found.def.path)) continue;
      const r = parseRunArgs(found, found.args, { hostCpus: 8, networks, readFile: (p) => (p.replace(/^\.\//, '') === 'env.list' ? ENV_LIST : null), lookupEnv: () => undefined });
      // The seccomp docs' profile.json is not on this client's disk: the client reads it before anything reaches the daemon.
      if (line.includes('seccomp=/path/to/seccomp/profile.json')) expect(r.ok ? 'ok' : r.output.split('\n')[0], line).toBe('docker: opening seccomp profile (/path/to/seccomp/profile.json) failed: open /path/to/seccomp/profile.json: no such file or directory.');
      else expect(r.ok ? 'ok' : r.output, line).toBe('ok');
    }
  });
});

describe('the settings the model covers land in the spec', () => {
  const plan = (line: string) => {
    const argv = tokenize(line).argv.slice(1);
    const found = findCommand(argv)!;
    const r = parseRunArgs(found, found.args, { hostCpus: 8, networks: ['my-net1', 'my-net2'], readFile: (p) => (p === './env.list' ? ENV_LIST : null) });
    if (!r.ok) throw new Error(r.output);
    return r.plan;
  };

  it('ports, mounts, env, restart, read-only, user, workdir, entrypoint, command', () => {
    expect(plan('docker run -p 127.0.0.1:80:8080/tcp nginx:alpine').spec.ports).toEqual([{ containerPort: 8080, protocol: 'tcp', hostPort: 80, hostIp: '127.0.0.1' }]);
    expect(plan('docker run -d --tmpfs /run:rw,noexec,nosuid,size=65536k my_image').spec.mounts).toEqual([{ type: 'tmpfs', source: '', target: '/run', readOnly: false, sizeBytes: 65536 * 1024 }]);
    expect(plan('docker run --read-only -v /icanwrite busybox touch /icanwrite/here').spec).toMatchObject({ readOnly: true, mounts: [{ type: 'volume', source: '', target: '/icanwrite', readOnly: false }], command: ['touch', '/icanwrite/here'] });
    expect(plan('docker run --name some-nginx -v /some/content:/usr/share/nginx/html:ro -d nginx').spec.mounts).toEqual([{ type: 'bind', source: '/some/content', target: '/usr/share/nginx/html', readOnly: true }]);
    expect(plan('docker run --env VAR1=value1 --env VAR2=value2 ubuntu env').spec.env).toEqual(['VAR1=value1', 'VAR2=value2']);
    // The env file first, then -e; `USER` alone takes the client's USER, left out when unset.
    expect(plan('docker run -e MYVAR1 --env MYVAR2=foo --env-file ./env.list ubuntu bash').spec.env).toEqual(['VAR1=value1', 'VAR2=value2', 'MYVAR1', 'MYVAR2=foo']);
    expect(plan('docker run --restart=on-failure:10 redis').spec.restart).toEqual({ name: 'on-failure', maxRetries: 10 });
    expect(plan('docker run -v "/home/user/data":/var/lib/mysql --user 1000:1000 -d mysql:8').spec.user).toBe('1000:1000');
    expect(plan('docker run -w /path/to/dir/ -i -t ubuntu pwd').spec).toMatchObject({ workdir: '/path/to/dir/', command: ['pwd'] });
    expect(plan('docker run --rm --entrypoint=cat nginx /etc/nginx/nginx.conf').spec).toMatchObject({ autoRemove: true, entrypoint: ['cat'], command: ['/etc/nginx/nginx.conf'] });
    expect(plan('docker run -itd --network=my-net1 --network=my-net2 busybox').spec.networks).toEqual(['my-net1', 'my-net2']);
    expect(plan('docker run --security-opt no-new-privileges -it ubuntu bash').spec.securityOpt).toEqual(['no-new-privileges']);
  });

  it('capabilities and security options, as the daemon will read them', () => {
    expect(plan('docker run -it --rm --cap-add=NET_ADMIN ubuntu:24.04 ip link add dummy0 type dummy').spec.capAdd).toEqual(['NET_ADMIN']);
    expect(plan('docker run --rm -it --cap-add SYS_ADMIN --device /dev/fuse sshfs').spec.capAdd).toEqual(['SYS_ADMIN']);
    expect(plan("docker run --security-opt=seccomp:unconfined --name cr -d busybox /bin/sh -c 'i=0'").spec.securityOpt).toEqual(['seccomp:unconfined']);
    const custom = plan('docker run --rm -it --security-opt apparmor=your_profile hello-world');
    expect(custom.spec.securityOpt).toEqual(['apparmor=your_profile']);
    expect(custom.notSimulated).toEqual(['--security-opt apparmor=your_profile']);
    // The client turns systempaths=unconfined into empty masked paths and does not send it.
    const paths = plan('docker run --security-opt systempaths=unconfined -it ubuntu bash');
    expect(paths.spec.securityOpt).toBeUndefined();
    expect(paths.notSimulated).toEqual(['--security-opt systempaths=unconfined']);
  });

  it('what the model does not act on is named in one line, the flags as typed', () => {
    const p = plan('docker run --ulimit nofile=1024:1024 --rm -l x --init debian sh -c "ulimit -n"');
    expect(p.notSimulated).toEqual(['-l', '--init']);
    const sim = createSimulation(emptyScenario(), CATALOGUE);
    expect(runCommand(sim, 'docker run -d --label a=b nginx:1.27', 'host').output.split('\n').at(-1)).toBe('utsuwa: --label is accepted; it is not simulated');
  });
});

/** [line, source]: Vagrant's CLI reference and getting-started guide. */
const VAGRANT_LINES: [string, string][] = [
  ['vagrant up', 'https://developer.hashicorp.com/vagrant/tutorials/getting-started/getting-started-up'],
  ['vagrant suspend', `${VAGRANT}/suspend`],
  ['vagrant resume', `${VAGRANT}/resume`],
  ['vagrant suspend web', 'https://developer.hashicorp.com/vagrant/docs/multi-machine'],
  ['vagrant provision', `${VAGRANT}/provision`],
  ['vagrant reload --provision', `${VAGRANT}/reload`],
  ['vagrant halt', 'https://developer.hashicorp.com/vagrant/tutorials/getting-started/getting-started-teardown'],
  ['vagrant status', `${VAGRANT}/status`],
  ['vagrant global-status', `${VAGRANT}/global-status`],
  ['vagrant box list', `${VAGRANT}/box#box-list`],
  ['vagrant box add ubuntu/jammy64', `${VAGRANT}/box#box-add`],
  ['vagrant box add hashicorp/bionic64', 'https://developer.hashicorp.com/vagrant/tutorials/getting-started/getting-started-boxes'],
  ['vagrant box remove ubuntu/jammy64', `${VAGRANT}/box#box-remove`],
  ['vagrant destroy', 'https://developer.hashicorp.com/vagrant/tutorials/getting-started/getting-started-teardown'],
];

describe('real vagrant command lines', () => {
  it.each(VAGRANT_LINES)('%s', (line, source) => {
    expect(source).toMatch(/^https:\/\//);
    const sim = createSimulation(emptyScenario(), CATALOGUE);
    const r = runCommand(sim, line, 'host');
    expect(r.output).not.toMatch(/is not simulated here|command not found|not a vagrant command/);
    // On an empty host: a box the catalogue lacks is said so; removing a box not there is Vagrant's own error.
    if (r.exitCode !== 0) expect(r.output).toMatch(/^(utsuwa: the catalogue has no box |The box you requested to be removed could not be found)/);
  });
});
