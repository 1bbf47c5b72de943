import type { AppDef, Cited } from './types';
import { estimate, MB } from './cite';
import { AWESOME_APPS } from './apps-awesome';

/**
 * What runs inside: from exec of its main process to serving, and what it holds idle. No
 * public measurement states these for the official images under stated conditions, so every
 * value is an estimate with its range; the reasoning names what bounds it.
 */
function app(id: string, initName: string, init: Cited, memory: Cited, listensOn: number[], idleCpu = 0): AppDef {
  return { id, init: { name: initName, kind: 'cpu', ms: init }, memoryBytes: memory, idleCpu, listensOn };
}

export const APPS: Record<string, AppDef> = {
  nginx: app('nginx', 'nginx',
    estimate(40, [10, 200], 'The entrypoint runs five short scripts, then the nginx master reads its config and forks one worker per core: tens of milliseconds on an idle host.'),
    estimate(8 * MB, [3 * MB, 20 * MB], 'Master plus one worker per core, each a few MB resident before traffic.'),
    [80]),
  redis: app('redis', 'redis-server',
    estimate(20, [5, 100], 'An empty redis-server with no data to load starts in milliseconds.'),
    estimate(4 * MB, [2.2 * MB, 10 * MB], 'A freshly started, empty redis-server showed VmRSS 2.2 MB (Redis 2.x, 2010, redis-rss); Redis 7 with jemalloc and its background threads holds a few MB more.', 'redis-rss'),
    [6379], 0.002),
  // First start of the official image: initdb, a temporary server, then the real one.
  postgres: app('postgres', 'initdb+start',
    estimate(2_000, [1_000, 6_000], 'On first start the official image runs initdb (bootstrap, post-bootstrap, sync), starts a temporary server for init scripts, stops it and starts the real one (the log in postgres-initdb-log shows these steps, without times).', 'postgres-initdb-log'),
    estimate(35 * MB, [20 * MB, 150 * MB], 'Postmaster and background workers idle; shared_buffers (128MB by default) is reserved shared memory touched only as pages are used.'),
    [5432], 0.001),
  python: app('python', 'python3',
    estimate(20, [10, 60], 'CPython starting its interpreter and site module takes 10-30 ms.'),
    estimate(10 * MB, [7 * MB, 15 * MB], 'An idle CPython interpreter holds about 10 MB resident.'),
    []),
  node: app('node', 'node',
    estimate(40, [30, 100], 'Node.js starting V8 and its bootstrap takes a few tens of ms.'),
    estimate(40 * MB, [30 * MB, 60 * MB], 'An idle Node.js process holds 30-50 MB resident (V8 heap and code).'),
    []),
  httpd: app('httpd', 'httpd',
    estimate(60, [20, 300], 'httpd loads its modules and forks its children.'),
    estimate(12 * MB, [5 * MB, 30 * MB], 'Parent plus idle children of the event MPM.'),
    [80]),
  shell: app('shell', 'sh',
    estimate(5, [1, 20], 'A shell starting is a fork and exec.'),
    estimate(4 * MB, [1 * MB, 6 * MB], 'bash holds about 4 MB resident, BusyBox sh about 1 MB.'),
    []),
  mysql: app('mysql', 'initialize+start',
    estimate(15_000, [5_000, 40_000], 'On first start the official image initialises the data directory (mysqld --initialize-insecure), runs a temporary server for users and init scripts, stops it and starts mysqld: seconds to tens of seconds, bound by disk.'),
    estimate(400 * MB, [300 * MB, 600 * MB], 'mysqld idle with the default 128 MB InnoDB buffer pool and the performance schema holds a few hundred MB resident.'),
    [3306, 33060], 0.002),
  // mariadbd, a fork of mysqld: the official image initialises and starts it the same way. The
  // image exposes only 3306 (repo-info: EXPOSE map[3306/tcp:{}]); MySQL's X protocol port is not there.
  mariadb: app('mariadb', 'initialize+start',
    estimate(10_000, [3_000, 40_000], 'On first start the official image runs mariadb-install-db, a temporary server for users and init scripts, then mariadbd: seconds to tens of seconds, bound by disk (as mysql\'s first start).'),
    estimate(100 * MB, [60 * MB, 400 * MB], 'mariadbd idle with the default 128 MB InnoDB buffer pool (touched as pages are used) and no performance schema by default holds about a hundred MB resident.'),
    [3306], 0.002),
  mongo: app('mongo', 'mongod',
    estimate(1_500, [500, 5_000], 'mongod with an empty /data/db creates its WiredTiger files and starts listening within a few seconds.'),
    estimate(150 * MB, [80 * MB, 300 * MB], 'An idle mongod with an empty database holds 100-200 MB resident (WiredTiger cache grows with data).'),
    [27017], 0.002),
  wordpress: app('wordpress', 'copy+apache2',
    estimate(1_500, [500, 5_000], 'On first start the entrypoint copies WordPress from /usr/src/wordpress into the empty /var/www/html, then apache2 starts with mod_php.'),
    estimate(40 * MB, [20 * MB, 120 * MB], 'apache2 prefork with mod_php: a parent and five idle children of several MB each.'),
    [80]),
  nextcloud: app('nextcloud', 'rsync+apache2',
    estimate(10_000, [3_000, 60_000], 'On first start the entrypoint rsyncs Nextcloud (several hundred MB, tens of thousands of files) from /usr/src/nextcloud into the empty /var/www/html volume, then apache2 starts with mod_php; the web installer runs later, on the first request.'),
    estimate(60 * MB, [30 * MB, 250 * MB], 'apache2 prefork with mod_php and OPcache: a parent and five idle children; PHP memory grows per request (memory_limit 512M).'),
    [80]),
  // Services awesome-compose's samples run that are not official images: no public measurement
  // states their start or idle memory under stated conditions.
  gitea: app('gitea', 'gitea web',
    estimate(1_500, [500, 5_000], 'On first start s6 brings up sshd and gitea web, which creates app.ini and opens (migrates) its database: about a second with an empty one.'),
    estimate(100 * MB, [60 * MB, 200 * MB], 'An idle Gitea (one Go process, caches empty) plus sshd holds around 100 MB resident.'),
    [3000, 22], 0.002),
  grafana: app('grafana', 'grafana server',
    estimate(3_000, [1_000, 10_000], 'On first start Grafana runs its SQLite schema migrations (a few hundred steps) and loads its plugins before serving.'),
    estimate(100 * MB, [60 * MB, 250 * MB], 'An idle Grafana server with no dashboards holds roughly 80-150 MB resident (Go heap, plugin registry).'),
    [3000], 0.002),
  prometheus: app('prometheus', 'prometheus',
    estimate(1_000, [300, 5_000], 'Prometheus opens an empty TSDB (no WAL to replay), loads its config and starts scraping within about a second.'),
    estimate(60 * MB, [30 * MB, 200 * MB], 'An idle Prometheus scraping only itself holds a few tens of MB resident; memory grows with active series.'),
    [9090], 0.005),
  hello: {
    ...app('hello', 'hello',
      estimate(1, [0, 10], 'A static binary that writes one message.'),
      estimate(1 * MB, [0.5 * MB, 2 * MB], 'A static binary with no heap to speak of.'),
      []),
    exitsAfter: { ms: estimate(0, [0, 5], 'It prints its message and exits with status 0 at once.'), code: 0 },
  },
};

/**
 * What `docker stop` meets (AppDef.stop). The signal is the official image's STOPSIGNAL
 * (SIGTERM when it sets none); null: PID 1 with no handler ignores it, so Docker kills it after
 * its grace period (figures: docker-stop-grace).
 */
const STOPS: Record<string, AppDef['stop']> = {
  nginx: { signal: 'SIGQUIT', ms: estimate(100, [20, 1_000], 'The official image sets STOPSIGNAL SIGQUIT, nginx\'s graceful shutdown: idle workers close their listeners and exit at once.') },
  redis: { signal: 'SIGTERM', ms: estimate(100, [20, 2_000], 'redis-server handles SIGTERM: it saves its (empty) dataset when save points are configured and exits.') },
  postgres: { signal: 'SIGINT', ms: estimate(500, [100, 3_000], 'The official image sets STOPSIGNAL SIGINT, PostgreSQL\'s fast shutdown: it ends sessions and writes a shutdown checkpoint.') },
  mysql: { signal: 'SIGTERM', ms: estimate(2_000, [500, 10_000], 'mysqld handles SIGTERM: it flushes InnoDB and exits, in a second or a few with little data.') },
  mariadb: { signal: 'SIGTERM', ms: estimate(2_000, [500, 10_000], 'mariadbd handles SIGTERM as mysqld does: it flushes InnoDB and exits.') },
  mongo: { signal: 'SIGTERM', ms: estimate(1_000, [200, 5_000], 'mongod handles SIGTERM: it checkpoints WiredTiger and exits.') },
  httpd: { signal: 'SIGWINCH', ms: estimate(100, [20, 1_000], 'The official image sets STOPSIGNAL SIGWINCH, httpd\'s graceful stop: idle children exit at once.') },
  wordpress: { signal: 'SIGWINCH', ms: estimate(100, [20, 1_000], 'The php:apache base sets STOPSIGNAL SIGWINCH, apache2\'s graceful stop.') },
  // A bare interpreter or shell as PID 1 installs no SIGTERM handler, and the kernel gives
  // init no default action: the signal is ignored and `docker stop` waits out its grace period.
  nextcloud: { signal: 'SIGWINCH', ms: estimate(100, [20, 1_000], 'The php:apache base sets STOPSIGNAL SIGWINCH, apache2\'s graceful stop.') },
  gitea: { signal: 'SIGTERM', ms: estimate(500, [100, 5_000], 's6 passes SIGTERM to gitea and sshd; Gitea shuts its servers down gracefully.') },
  grafana: { signal: 'SIGTERM', ms: estimate(500, [100, 5_000], 'grafana server handles SIGTERM: it stops its services and exits.') },
  prometheus: { signal: 'SIGTERM', ms: estimate(1_000, [200, 10_000], 'Prometheus handles SIGTERM: it stops scraping, flushes its head block to the WAL and exits.') },
  python: null,
  node: null,
  shell: null,
};
for (const [id, stop] of Object.entries(STOPS)) if (APPS[id]) APPS[id] = { ...APPS[id]!, stop };
Object.assign(APPS, AWESOME_APPS);
