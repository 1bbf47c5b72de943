/**
 * The docker CLI's container commands (`docker run`, `docker container ls`, ...): usage, argument rule and every flag (long name, shorthand, pflag value
 * type), as docker/cli v27.3.1 defines them: the generated option tables of
 * docs/reference/commandline/*.md at tag v27.3.1 (https://github.com/docker/cli/tree/v27.3.1/docs/reference/commandline,
 * published at https://docs.docker.com/reference/cli/docker/), plus the hidden flags that
 * cli/command/container/opts.go registers with MarkHidden (--net, --net-alias, --dns-opt)
 * and cobra's --help. Facts tabulated, not code copied.
 * Each flag is written `long:short:type`.
 */
import type { CommandTable } from './commands';

export const CONTAINER_COMMANDS: CommandTable = {
  'container attach': {
    use: '[OPTIONS] CONTAINER',
    short: 'Attach local standard input, output, and error streams to a running container',
    args: ['exact', 1],
    aliases: ['docker attach'],
    flags: `
      detach-keys::string help:h:bool no-stdin::bool sig-proxy::bool
    `,
  },
  'container commit': {
    use: '[OPTIONS] CONTAINER [REPOSITORY[:TAG]]',
    short: "Create a new image from a container's changes",
    args: ['range',  1, 2],
    aliases: ['docker commit'],
    interspersed: false,
    flags: `
      author:a:string change:c:list help:h:bool message:m:string pause:p:bool
    `,
  },
  'container cp': {
    use: '[OPTIONS] CONTAINER:SRC_PATH DEST_PATH|-',
    short: 'Copy files/folders between a container and the local filesystem',
    args: ['exact', 2],
    aliases: ['docker cp'],
    flags: `
      archive:a:bool follow-link:L:bool help:h:bool quiet:q:bool
    `,
  },
  'container create': {
    use: '[OPTIONS] IMAGE [COMMAND] [ARG...]',
    short: 'Create a new container',
    args: ['min', 1],
    aliases: ['docker create'],
    interspersed: false,
    flags: `
      add-host::list annotation::map attach:a:list blkio-weight::uint16 blkio-weight-device::list
      cap-add::list cap-drop::list cgroup-parent::string cgroupns::string cidfile::string
      cpu-count::int64 cpu-percent::int64 cpu-period::int64 cpu-quota::int64 cpu-rt-period::int64
      cpu-rt-runtime::int64 cpu-shares:c:int64 cpus::decimal cpuset-cpus::string
      cpuset-mems::string device::list device-cgroup-rule::list device-read-bps::list
      device-read-iops::list device-write-bps::list device-write-iops::list
      disable-content-trust::bool dns::list dns-opt::list dns-option::list dns-search::list
      domainname::string entrypoint::string env:e:list env-file::list expose::list
      gpus::gpu-request group-add::list health-cmd::string health-interval::duration
      health-retries::int health-start-interval::duration health-start-period::duration
      health-timeout::duration help::bool hostname:h:string init::bool interactive:i:bool
      io-maxbandwidth::bytes io-maxiops::uint64 ip::string ip6::string ipc::string
      isolation::string kernel-memory::bytes label:l:list label-file::list link::list
      link-local-ip::list log-driver::string log-opt::list mac-address::string memory:m:bytes
      memory-reservation::bytes memory-swap::bytes memory-swappiness::int64 mount::mount
      name::string net::network net-alias::list network::network network-alias::list
      no-healthcheck::bool oom-kill-disable::bool oom-score-adj::int pid::string pids-limit::int64
      platform::string privileged::bool publish:p:list publish-all:P:bool pull::string
      quiet:q:bool read-only::bool restart::string rm::bool runtime::string security-opt::list
      shm-size::bytes stop-signal::string stop-timeout::int storage-opt::list sysctl::map
      tmpfs::list tty:t:bool ulimit::ulimit user:u:string userns::string uts::string volume:v:list
      volume-driver::string volumes-from::list workdir:w:string
    `,
  },
  'container diff': {
    use: 'CONTAINER',
    short: "Inspect changes to files or directories on a container's filesystem",
    args: ['exact', 1],
    aliases: ['docker diff'],
    flags: `
      help:h:bool
    `,
  },
  'container exec': {
    use: '[OPTIONS] CONTAINER COMMAND [ARG...]',
    short: 'Execute a command in a running container',
    args: ['min', 2],
    aliases: ['docker exec'],
    interspersed: false,
    flags: `
      detach:d:bool detach-keys::string env:e:list env-file::list help:h:bool interactive:i:bool
      privileged::bool tty:t:bool user:u:string workdir:w:string
    `,
  },
  'container export': {
    use: '[OPTIONS] CONTAINER',
    short: "Export a container's filesystem as a tar archive",
    args: ['exact', 1],
    aliases: ['docker export'],
    flags: `
      help:h:bool output:o:string
    `,
  },
  'container inspect': {
    use: '[OPTIONS] CONTAINER [CONTAINER...]',
    short: 'Display detailed information on one or more containers',
    args: ['min', 1],
    flags: `
      format:f:string help:h:bool size:s:bool
    `,
  },
  'container kill': {
    use: '[OPTIONS] CONTAINER [CONTAINER...]',
    short: 'Kill one or more running containers',
    args: ['min', 1],
    aliases: ['docker kill'],
    flags: `
      help:h:bool signal:s:string
    `,
  },
  'container ls': {
    use: '[OPTIONS]',
    short: 'List containers',
    args: ['none'],
    aliases: ['docker container list', 'docker container ps', 'docker ps'],
    flags: `
      all:a:bool filter:f:filter format::string help:h:bool last:n:int latest:l:bool
      no-trunc::bool quiet:q:bool size:s:bool
    `,
  },
  'container logs': {
    use: '[OPTIONS] CONTAINER',
    short: 'Fetch the logs of a container',
    args: ['exact', 1],
    aliases: ['docker logs'],
    flags: `
      details::bool follow:f:bool help:h:bool since::string tail:n:string timestamps:t:bool
      until::string
    `,
  },
  'container pause': {
    use: 'CONTAINER [CONTAINER...]',
    short: 'Pause all processes within one or more containers',
    args: ['min', 1],
    aliases: ['docker pause'],
    flags: `
      help:h:bool
    `,
  },
  'container port': {
    use: 'CONTAINER [PRIVATE_PORT[/PROTO]]',
    short: 'List port mappings or a specific mapping for the container',
    args: ['range',  1, 2],
    aliases: ['docker port'],
    flags: `
      help:h:bool
    `,
  },
  'container prune': {
    use: '[OPTIONS]',
    short: 'Remove all stopped containers',
    args: ['none'],
    flags: `
      filter::filter force:f:bool help:h:bool
    `,
  },
  'container rename': {
    use: 'CONTAINER NEW_NAME',
    short: 'Rename a container',
    args: ['exact', 2],
    aliases: ['docker rename'],
    flags: `
      help:h:bool
    `,
  },
  'container restart': {
    use: '[OPTIONS] CONTAINER [CONTAINER...]',
    short: 'Restart one or more containers',
    args: ['min', 1],
    aliases: ['docker restart'],
    flags: `
      help:h:bool signal:s:string time:t:int
    `,
  },
  'container rm': {
    use: '[OPTIONS] CONTAINER [CONTAINER...]',
    short: 'Remove one or more containers',
    args: ['min', 1],
    aliases: ['docker container remove', 'docker rm'],
    flags: `
      force:f:bool help:h:bool link:l:bool volumes:v:bool
    `,
  },
  'container run': {
    use: '[OPTIONS] IMAGE [COMMAND] [ARG...]',
    short: 'Create and run a new container from an image',
    args: ['min', 1],
    aliases: ['docker run'],
    interspersed: false,
    flags: `
      add-host::list annotation::map attach:a:list blkio-weight::uint16 blkio-weight-device::list
      cap-add::list cap-drop::list cgroup-parent::string cgroupns::string cidfile::string
      cpu-count::int64 cpu-percent::int64 cpu-period::int64 cpu-quota::int64 cpu-rt-period::int64
      cpu-rt-runtime::int64 cpu-shares:c:int64 cpus::decimal cpuset-cpus::string
      cpuset-mems::string detach:d:bool detach-keys::string device::list device-cgroup-rule::list
      device-read-bps::list device-read-iops::list device-write-bps::list device-write-iops::list
      disable-content-trust::bool dns::list dns-opt::list dns-option::list dns-search::list
      domainname::string entrypoint::string env:e:list env-file::list expose::list
      gpus::gpu-request group-add::list health-cmd::string health-interval::duration
      health-retries::int health-start-interval::duration health-start-period::duration
      health-timeout::duration help::bool hostname:h:string init::bool interactive:i:bool
      io-maxbandwidth::bytes io-maxiops::uint64 ip::string ip6::string ipc::string
      isolation::string kernel-memory::bytes label:l:list label-file::list link::list
      link-local-ip::list log-driver::string log-opt::list mac-address::string memory:m:bytes
      memory-reservation::bytes memory-swap::bytes memory-swappiness::int64 mount::mount
      name::string net::network net-alias::list network::network network-alias::list
      no-healthcheck::bool oom-kill-disable::bool oom-score-adj::int pid::string pids-limit::int64
      platform::string privileged::bool publish:p:list publish-all:P:bool pull::string
      quiet:q:bool read-only::bool restart::string rm::bool runtime::string security-opt::list
      shm-size::bytes sig-proxy::bool stop-signal::string stop-timeout::int storage-opt::list
      sysctl::map tmpfs::list tty:t:bool ulimit::ulimit user:u:string userns::string uts::string
      volume:v:list volume-driver::string volumes-from::list workdir:w:string
    `,
  },
  'container start': {
    use: '[OPTIONS] CONTAINER [CONTAINER...]',
    short: 'Start one or more stopped containers',
    args: ['min', 1],
    aliases: ['docker start'],
    flags: `
      attach:a:bool checkpoint::string checkpoint-dir::string detach-keys::string help:h:bool
      interactive:i:bool
    `,
  },
  'container stats': {
    use: '[OPTIONS] [CONTAINER...]',
    short: 'Display a live stream of container(s) resource usage statistics',
    args: ['min', 0],
    aliases: ['docker stats'],
    flags: `
      all:a:bool format::string help:h:bool no-stream::bool no-trunc::bool
    `,
  },
  'container stop': {
    use: '[OPTIONS] CONTAINER [CONTAINER...]',
    short: 'Stop one or more running containers',
    args: ['min', 1],
    aliases: ['docker stop'],
    flags: `
      help:h:bool signal:s:string time:t:int
    `,
  },
  'container top': {
    use: 'CONTAINER [ps OPTIONS]',
    short: 'Display the running processes of a container',
    args: ['min', 1],
    aliases: ['docker top'],
    interspersed: false,
    flags: `
      help:h:bool
    `,
  },
  'container unpause': {
    use: 'CONTAINER [CONTAINER...]',
    short: 'Unpause all processes within one or more containers',
    args: ['min', 1],
    aliases: ['docker unpause'],
    flags: `
      help:h:bool
    `,
  },
  'container update': {
    use: '[OPTIONS] CONTAINER [CONTAINER...]',
    short: 'Update configuration of one or more containers',
    args: ['min', 1],
    aliases: ['docker update'],
    flags: `
      blkio-weight::uint16 cpu-period::int64 cpu-quota::int64 cpu-rt-period::int64
      cpu-rt-runtime::int64 cpu-shares:c:int64 cpus::decimal cpuset-cpus::string
      cpuset-mems::string help:h:bool kernel-memory::bytes memory:m:bytes
      memory-reservation::bytes memory-swap::bytes pids-limit::int64 restart::string
    `,
  },
  'container wait': {
    use: 'CONTAINER [CONTAINER...]',
    short: 'Block until one or more containers stop, then print their exit codes',
    args: ['min', 1],
    aliases: ['docker wait'],
    flags: `
      help:h:bool
    `,
  },
};
