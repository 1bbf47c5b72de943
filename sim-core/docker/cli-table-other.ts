/**
 * The docker CLI's image, network, volume, system and top-level commands: usage, argument rule and every flag (long name, shorthand, pflag value
 * type), as docker/cli v27.3.1 defines them: the generated option tables of
 * docs/reference/commandline/*.md at tag v27.3.1 (https://github.com/docker/cli/tree/v27.3.1/docs/reference/commandline,
 * published at https://docs.docker.com/reference/cli/docker/), plus the hidden flags that
 * cli/command/container/opts.go registers with MarkHidden (--net, --net-alias, --dns-opt)
 * and cobra's --help. Facts tabulated, not code copied.
 * Each flag is written `long:short:type`.
 */
import type { CommandTable } from './commands';

export const OTHER_COMMANDS: CommandTable = {
  'image history': {
    use: '[OPTIONS] IMAGE',
    short: 'Show the history of an image',
    args: ['exact', 1],
    aliases: ['docker history'],
    flags: `
      format::string help:h:bool human:H:bool no-trunc::bool quiet:q:bool
    `,
  },
  'image import': {
    use: '[OPTIONS] file|URL|- [REPOSITORY[:TAG]]',
    short: 'Import the contents from a tarball to create a filesystem image',
    args: ['min', 1],
    aliases: ['docker import'],
    flags: `
      change:c:list help:h:bool message:m:string platform::string
    `,
  },
  'image inspect': {
    use: '[OPTIONS] IMAGE [IMAGE...]',
    short: 'Display detailed information on one or more images',
    args: ['min', 1],
    flags: `
      format:f:string help:h:bool
    `,
  },
  'image ls': {
    use: '[OPTIONS] [REPOSITORY[:TAG]]',
    short: 'List images',
    args: ['max', 1],
    aliases: ['docker image list', 'docker images'],
    flags: `
      all:a:bool digests::bool filter:f:filter format::string help:h:bool no-trunc::bool
      quiet:q:bool tree::bool
    `,
  },
  'image load': {
    use: '[OPTIONS]',
    short: 'Load an image from a tar archive or STDIN',
    args: ['none'],
    aliases: ['docker load'],
    flags: `
      help:h:bool input:i:string quiet:q:bool
    `,
  },
  'image prune': {
    use: '[OPTIONS]',
    short: 'Remove unused images',
    args: ['none'],
    flags: `
      all:a:bool filter::filter force:f:bool help:h:bool
    `,
  },
  'image pull': {
    use: '[OPTIONS] NAME[:TAG|@DIGEST]',
    short: 'Download an image from a registry',
    args: ['exact', 1],
    aliases: ['docker pull'],
    flags: `
      all-tags:a:bool disable-content-trust::bool help:h:bool platform::string quiet:q:bool
    `,
  },
  'image push': {
    use: '[OPTIONS] NAME[:TAG]',
    short: 'Upload an image to a registry',
    args: ['exact', 1],
    aliases: ['docker push'],
    flags: `
      all-tags:a:bool disable-content-trust::bool help:h:bool platform::string quiet:q:bool
    `,
  },
  'image rm': {
    use: '[OPTIONS] IMAGE [IMAGE...]',
    short: 'Remove one or more images',
    args: ['min', 1],
    aliases: ['docker image remove', 'docker rmi'],
    flags: `
      force:f:bool help:h:bool no-prune::bool
    `,
  },
  'image save': {
    use: '[OPTIONS] IMAGE [IMAGE...]',
    short: 'Save one or more images to a tar archive (streamed to STDOUT by default)',
    args: ['min', 1],
    aliases: ['docker save'],
    flags: `
      help:h:bool output:o:string
    `,
  },
  'image tag': {
    use: 'SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]',
    short: 'Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE',
    args: ['exact', 2],
    aliases: ['docker tag'],
    interspersed: false,
    flags: `
      help:h:bool
    `,
  },
  'network connect': {
    use: '[OPTIONS] NETWORK CONTAINER',
    short: 'Connect a container to a network',
    args: ['exact', 2],
    flags: `
      alias::stringSlice driver-opt::stringSlice help:h:bool ip::string ip6::string link::list
      link-local-ip::stringSlice
    `,
  },
  'network create': {
    use: '[OPTIONS] NETWORK',
    short: 'Create a network',
    args: ['exact', 1],
    flags: `
      attachable::bool aux-address::map config-from::string config-only::bool driver:d:string
      gateway::stringSlice help:h:bool ingress::bool internal::bool ip-range::stringSlice
      ipam-driver::string ipam-opt::map ipv6::bool label::list opt:o:map scope::string
      subnet::stringSlice
    `,
  },
  'network disconnect': {
    use: '[OPTIONS] NETWORK CONTAINER',
    short: 'Disconnect a container from a network',
    args: ['exact', 2],
    flags: `
      force:f:bool help:h:bool
    `,
  },
  'network inspect': {
    use: '[OPTIONS] NETWORK [NETWORK...]',
    short: 'Display detailed information on one or more networks',
    args: ['min', 1],
    flags: `
      format:f:string help:h:bool verbose:v:bool
    `,
  },
  'network ls': {
    use: '[OPTIONS]',
    short: 'List networks',
    args: ['none'],
    aliases: ['docker network list'],
    flags: `
      filter:f:filter format::string help:h:bool no-trunc::bool quiet:q:bool
    `,
  },
  'network prune': {
    use: '[OPTIONS]',
    short: 'Remove all unused networks',
    args: ['none'],
    flags: `
      filter::filter force:f:bool help:h:bool
    `,
  },
  'network rm': {
    use: 'NETWORK [NETWORK...]',
    short: 'Remove one or more networks',
    args: ['min', 1],
    aliases: ['docker network remove'],
    flags: `
      force:f:bool help:h:bool
    `,
  },
  'volume create': {
    use: '[OPTIONS] [VOLUME]',
    short: 'Create a volume',
    args: ['max', 1],
    flags: `
      availability::string driver:d:string group::string help:h:bool label::list
      limit-bytes::bytes opt:o:map required-bytes::bytes scope::string secret::map sharing::string
      topology-preferred::list topology-required::list type::string
    `,
  },
  'volume inspect': {
    use: '[OPTIONS] VOLUME [VOLUME...]',
    short: 'Display detailed information on one or more volumes',
    args: ['min', 1],
    flags: `
      format:f:string help:h:bool
    `,
  },
  'volume ls': {
    use: '[OPTIONS]',
    short: 'List volumes',
    args: ['none'],
    aliases: ['docker volume list'],
    flags: `
      cluster::bool filter:f:filter format::string help:h:bool quiet:q:bool
    `,
  },
  'volume prune': {
    use: '[OPTIONS]',
    short: 'Remove unused local volumes',
    args: ['none'],
    flags: `
      all:a:bool filter::filter force:f:bool help:h:bool
    `,
  },
  'volume rm': {
    use: '[OPTIONS] VOLUME [VOLUME...]',
    short: 'Remove one or more volumes',
    args: ['min', 1],
    aliases: ['docker volume remove'],
    flags: `
      force:f:bool help:h:bool
    `,
  },
  'system df': {
    use: '[OPTIONS]',
    short: 'Show docker disk usage',
    args: ['none'],
    flags: `
      format::string help:h:bool verbose:v:bool
    `,
  },
  'system events': {
    use: '[OPTIONS]',
    short: 'Get real time events from the server',
    args: ['none'],
    aliases: ['docker events'],
    flags: `
      filter:f:filter format::string help:h:bool since::string until::string
    `,
  },
  'system info': {
    use: '[OPTIONS]',
    short: 'Display system-wide information',
    args: ['none'],
    aliases: ['docker info'],
    flags: `
      format:f:string help:h:bool
    `,
  },
  'system prune': {
    use: '[OPTIONS]',
    short: 'Remove unused data',
    args: ['none'],
    flags: `
      all:a:bool filter::filter force:f:bool help:h:bool volumes::bool
    `,
  },
  'inspect': {
    use: '[OPTIONS] NAME|ID [NAME|ID...]',
    short: 'Return low-level information on Docker objects',
    args: ['min', 1],
    flags: `
      format:f:string help:h:bool size:s:bool type::string
    `,
  },
  'version': {
    use: '[OPTIONS]',
    short: 'Show the Docker version information',
    args: ['none'],
    flags: `
      format:f:string help:h:bool
    `,
  },
  'login': {
    use: '[OPTIONS] [SERVER]',
    short: 'Authenticate to a registry.',
    args: ['max', 1],
    flags: `
      help:h:bool password:p:string password-stdin::bool username:u:string
    `,
  },
  'logout': {
    use: '[SERVER]',
    short: 'Log out from a registry.',
    args: ['max', 1],
    flags: `
      help:h:bool
    `,
  },
  'search': {
    use: '[OPTIONS] TERM',
    short: 'Search Docker Hub for images',
    args: ['exact', 1],
    flags: `
      filter:f:filter format::string help:h:bool limit::int no-trunc::bool
    `,
  },
};
