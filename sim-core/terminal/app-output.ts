/**
 * What an image's default command writes to stdout/stderr as it starts: the lines `docker
 * logs` shows. The texts are each program's own startup messages (nginx's docker-entrypoint.sh
 * and error log, redis-server's, the postgres entrypoint's, hello-world's greeting), with the
 * versions of the catalogue's builds; timestamps come from the simulated clock.
 *
 * Seam: the engine keeps no per-container output yet. When it does (a json-file log), the
 * terminal's `docker logs` should read that and this table becomes its source text.
 */
import { simDate } from './facts';

export interface OutputLine {
  /** When it is written: at the start of the app, or once it serves. */
  at: 'start' | 'ready';
  stream: 'stdout' | 'stderr';
  /** `{date}` is replaced with the program's own date format at that moment. */
  text: string;
}

/** nginx's error log date: `2024/09/20 00:00:01`. */
function nginxDate(atMs: number): string {
  return simDate(atMs).slice(0, 19).replace(/-/g, '/');
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** redis-server's log date: `20 Sep 2024 00:00:01.123`. */
function redisDate(atMs: number): string {
  const d = simDate(atMs);
  const ms = String(Math.floor(atMs) % 1000).padStart(3, '0');
  return `${d.slice(8, 10)} ${MONTHS[Number(d.slice(5, 7)) - 1]} ${d.slice(0, 4)} ${d.slice(11, 19)}.${ms}`;
}

const OUTPUT: Record<string, { lines: OutputLine[]; date: (atMs: number) => string }> = {
  nginx: {
    date: nginxDate,
    lines: [
      { at: 'start', stream: 'stdout', text: '/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration' },
      { at: 'start', stream: 'stdout', text: '/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/' },
      { at: 'start', stream: 'stdout', text: '/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh' },
      { at: 'start', stream: 'stdout', text: '10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf' },
      { at: 'start', stream: 'stdout', text: '10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf' },
      { at: 'start', stream: 'stdout', text: '/docker-entrypoint.sh: Sourcing /docker-entrypoint.d/15-local-resolvers.envsh' },
      { at: 'start', stream: 'stdout', text: '/docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh' },
      { at: 'start', stream: 'stdout', text: '/docker-entrypoint.sh: Launching /docker-entrypoint.d/30-tune-worker-processes.sh' },
      { at: 'start', stream: 'stdout', text: '/docker-entrypoint.sh: Configuration complete; ready for start up' },
      { at: 'ready', stream: 'stderr', text: '{date} [notice] 1#1: using the "epoll" event method' },
      { at: 'ready', stream: 'stderr', text: '{date} [notice] 1#1: nginx/1.27.3' },
      { at: 'ready', stream: 'stderr', text: '{date} [notice] 1#1: start worker processes' },
    ],
  },
  redis: {
    date: redisDate,
    lines: [
      { at: 'start', stream: 'stdout', text: '1:C {date} * oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo' },
      { at: 'start', stream: 'stdout', text: '1:C {date} * Redis version=7.4.7, bits=64, commit=00000000, modified=0, pid=1, just started' },
      { at: 'start', stream: 'stdout', text: '1:C {date} # Warning: no config file specified, using the default config. In order to specify a config file use redis-server /path/to/redis.conf' },
      { at: 'ready', stream: 'stdout', text: '1:M {date} * Running mode=standalone, port=6379.' },
      { at: 'ready', stream: 'stdout', text: '1:M {date} * Server initialized' },
      { at: 'ready', stream: 'stdout', text: '1:M {date} * Ready to accept connections tcp' },
    ],
  },
  postgres: {
    date: (ms) => `${simDate(ms).slice(0, 19)}.${String(Math.floor(ms) % 1000).padStart(3, '0')} UTC`,
    lines: [
      { at: 'start', stream: 'stdout', text: 'The files belonging to this database system will be owned by user "postgres".' },
      { at: 'start', stream: 'stdout', text: 'PostgreSQL init process complete; ready for start up.' },
      { at: 'ready', stream: 'stderr', text: '{date} [1] LOG:  listening on IPv4 address "0.0.0.0", port 5432' },
      { at: 'ready', stream: 'stderr', text: '{date} [1] LOG:  database system is ready to accept connections' },
    ],
  },
  hello: {
    date: nginxDate,
    lines: [
      '', 'Hello from Docker!', 'This message shows that your installation appears to be working correctly.', '',
      'To generate this message, Docker took the following steps:',
      ' 1. The Docker client contacted the Docker daemon.',
      ' 2. The Docker daemon pulled the "hello-world" image from the Docker Hub.',
      '    (amd64)',
      ' 3. The Docker daemon created a new container from that image which runs the',
      '    executable that produces the output you are currently reading.',
      ' 4. The Docker daemon streamed that output to the Docker client, which sent it',
      '    to your terminal.', '',
      'To try something more ambitious, you can run an Ubuntu container with:',
      ' $ docker run -it ubuntu bash', '',
      'Share images, automate workflows, and more with a free Docker ID:',
      ' https://hub.docker.com/', '',
      'For more examples and ideas, visit:',
      ' https://docs.docker.com/get-started/', '',
    ].map((text) => ({ at: 'start' as const, stream: 'stdout' as const, text })),
  },
};

export interface TimedLine {
  atMs: number;
  stream: 'stdout' | 'stderr';
  text: string;
}

/** The lines an app writes for one start at `startMs`, ready at `readyMs` (null: not yet). */
export function appOutput(app: string, startMs: number, readyMs: number | null): TimedLine[] {
  const out = OUTPUT[app];
  if (!out) return [];
  return out.lines
    .filter((l) => l.at === 'start' || readyMs !== null)
    .map((l) => {
      const atMs = l.at === 'start' ? startMs : readyMs!;
      return { atMs, stream: l.stream, text: l.text.replace('{date}', out.date(atMs)) };
    });
}
