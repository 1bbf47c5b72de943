/**
 * `docker compose` (Compose v2.29.7, the plugin Docker 27.3 ships with): usage and every flag
 * of the commands a learner meets, from docker/compose's generated
 * docs/reference/docker_compose_*.yaml at tag v2.29.7
 * (https://github.com/docker/compose/tree/v2.29.7/docs/reference). Facts tabulated, not code copied.
 * Each flag is written `long:short:type`.
 */
import type { CommandTable } from './commands';

export const COMPOSE_COMMANDS: CommandTable = {
  'compose': {
    use: 'COMMAND',
    short: 'Docker Compose',
    args: ['any'],
    flags: `
      all-resources::bool ansi::string compatibility::bool dry-run::bool env-file::stringArray
      file:f:stringArray help:h:bool no-ansi::bool parallel::int profile::stringArray
      progress::string project-directory::string project-name:p:string verbose::bool
      version:v:bool workdir::string
    `,
  },
  'compose up': {
    use: '[OPTIONS] [SERVICE...]',
    short: 'Create and start containers',
    args: ['any'],
    flags: `
      abort-on-container-exit::bool abort-on-container-failure::bool always-recreate-deps::bool
      attach::stringArray attach-dependencies::bool build::bool detach:d:bool
      exit-code-from::string force-recreate::bool help:h:bool menu::bool no-attach::stringArray
      no-build::bool no-color::bool no-deps::bool no-log-prefix::bool no-recreate::bool
      no-start::bool pull::string quiet-pull::bool remove-orphans::bool renew-anon-volumes:V:bool
      scale::stringArray timeout:t:int timestamps::bool wait::bool wait-timeout::int watch:w:bool
    `,
  },
  'compose down': {
    use: '[OPTIONS] [SERVICES]',
    short: 'Stop and remove containers, networks',
    args: ['any'],
    flags: `
      help:h:bool remove-orphans::bool rmi::string timeout:t:int volumes:v:bool
    `,
  },
  'compose ps': {
    use: '[OPTIONS] [SERVICE...]',
    short: 'List containers',
    args: ['any'],
    flags: `
      all:a:bool filter::string format::string help:h:bool no-trunc::bool orphans::bool
      quiet:q:bool services::bool status::stringArray
    `,
  },
  'compose logs': {
    use: '[OPTIONS] [SERVICE...]',
    short: 'View output from containers',
    args: ['any'],
    flags: `
      follow:f:bool help:h:bool index::int no-color::bool no-log-prefix::bool since::string
      tail:n:string timestamps:t:bool until::string
    `,
  },
  'compose start': {
    use: '[SERVICE...]',
    short: 'Start services',
    args: ['any'],
    flags: `
      help:h:bool
    `,
  },
  'compose stop': {
    use: '[OPTIONS] [SERVICE...]',
    short: 'Stop services',
    args: ['any'],
    flags: `
      help:h:bool timeout:t:int
    `,
  },
  'compose restart': {
    use: '[OPTIONS] [SERVICE...]',
    short: 'Restart service containers',
    args: ['any'],
    flags: `
      help:h:bool no-deps::bool timeout:t:int
    `,
  },
  'compose pull': {
    use: '[OPTIONS] [SERVICE...]',
    short: 'Pull service images',
    args: ['any'],
    flags: `
      help:h:bool ignore-buildable::bool ignore-pull-failures::bool include-deps::bool
      no-parallel::bool parallel::bool policy::string quiet:q:bool
    `,
  },
  'compose config': {
    use: '[OPTIONS] [SERVICE...]',
    short: 'Parse, resolve and render compose file in canonical format',
    args: ['any'],
    flags: `
      environment::bool format::string hash::string help:h:bool images::bool no-consistency::bool
      no-interpolate::bool no-normalize::bool no-path-resolution::bool output:o:string
      profiles::bool quiet:q:bool resolve-image-digests::bool services::bool variables::bool
      volumes::bool
    `,
  },
  'compose ls': {
    use: '[OPTIONS]',
    short: 'List running compose projects',
    args: ['any'],
    flags: `
      all:a:bool filter::filter format::string help:h:bool quiet:q:bool
    `,
  },
  'compose images': {
    use: '[OPTIONS] [SERVICE...]',
    short: 'List images used by the created containers',
    args: ['any'],
    flags: `
      format::string help:h:bool quiet:q:bool
    `,
  },
  'compose top': {
    use: '[SERVICES...]',
    short: 'Display the running processes',
    args: ['any'],
    flags: `
      help:h:bool
    `,
  },
  'compose port': {
    use: '[OPTIONS] SERVICE PRIVATE_PORT',
    short: 'Print the public port for a port binding',
    args: ['any'],
    flags: `
      help:h:bool index::int protocol::string
    `,
  },
  'compose exec': {
    use: '[OPTIONS] SERVICE COMMAND [ARGS...]',
    short: 'Execute a command in a running container',
    args: ['any'],
    // exec.go and run.go: SetInterspersed(false), so the command's own flags stay its own.
    interspersed: false,
    flags: `
      detach:d:bool env:e:stringArray help:h:bool index::int interactive:i:bool no-TTY:T:bool
      privileged::bool tty:t:bool user:u:string workdir:w:string
    `,
  },
  'compose run': {
    use: '[OPTIONS] SERVICE [COMMAND] [ARGS...]',
    short: 'Run a one-off command on a service',
    args: ['any'],
    // exec.go and run.go: SetInterspersed(false), so the command's own flags stay its own.
    interspersed: false,
    flags: `
      build::bool cap-add::list cap-drop::list detach:d:bool entrypoint::string env:e:stringArray
      help:h:bool interactive:i:bool label:l:stringArray name::string no-TTY:T:bool no-deps::bool
      publish:p:stringArray quiet-pull::bool remove-orphans::bool rm::bool service-ports:P:bool
      tty:t:bool use-aliases::bool user:u:string volume:v:stringArray workdir:w:string
    `,
  },
  'compose rm': {
    use: '[OPTIONS] [SERVICE...]',
    short: 'Removes stopped service containers',
    args: ['any'],
    flags: `
      all:a:bool force:f:bool help:h:bool stop:s:bool volumes:v:bool
    `,
  },
  'compose kill': {
    use: '[OPTIONS] [SERVICE...]',
    short: 'Force stop service containers',
    args: ['any'],
    flags: `
      help:h:bool remove-orphans::bool signal:s:string
    `,
  },
  'compose pause': {
    use: '[SERVICE...]',
    short: 'Pause services',
    args: ['any'],
    flags: `
      help:h:bool
    `,
  },
  'compose unpause': {
    use: '[SERVICE...]',
    short: 'Unpause services',
    args: ['any'],
    flags: `
      help:h:bool
    `,
  },
  'compose create': {
    use: '[OPTIONS] [SERVICE...]',
    short: 'Creates containers for a service',
    args: ['any'],
    flags: `
      build::bool force-recreate::bool help:h:bool no-build::bool no-recreate::bool pull::string
      quiet-pull::bool remove-orphans::bool scale::stringArray
    `,
  },
  'compose version': {
    use: '[OPTIONS]',
    short: 'Show the Docker Compose version information',
    args: ['any'],
    flags: `
      format:f:string help:h:bool short::bool
    `,
  },
  'compose stats': {
    use: '[OPTIONS] [SERVICE]',
    short: 'Display a live stream of container(s) resource usage statistics',
    args: ['any'],
    flags: `
      all:a:bool format::string help:h:bool no-stream::bool no-trunc::bool
    `,
  },
  'compose build': {
    use: '[OPTIONS] [SERVICE...]',
    short: 'Build or rebuild services',
    args: ['any'],
    flags: `
      build-arg::stringArray builder::string compress::bool force-rm::bool help:h:bool
      memory:m:bytes no-cache::bool no-rm::bool parallel::bool progress::string pull::bool
      push::bool quiet:q:bool ssh::string with-dependencies::bool
    `,
  },
};
