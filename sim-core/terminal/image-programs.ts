/**
 * The programs an official image ships beside its shell: `psql` in postgres, `redis-cli` in
 * redis, `node` and `npm` in node... A learner copies `docker exec -it db psql -U postgres`
 * from the image's README; the shell must not answer "command not found" for a program that
 * is there. Their sessions are not simulated (said in one line); `--version` answers with the
 * version the catalogue's repo-info build states, in the program's own format.
 */
import type { Simulation } from '../engine/state';
import type { ImageDef } from '../catalogue/types';
import type { CommandResult } from './types';
import { ok } from './types';
import type { Place } from './place';

interface Program {
  /** The version line for `--version` (and the flags listed), from the image's stated version; null: not known. */
  version?: (v: string) => string;
  versionFlags?: readonly string[];
  /** The image's server, the program its default command runs (`nginx`, `postgres`, `redis-server`). */
  server?: true;
}

/** The first dotted number after a product name in the build's version text ("PostgreSQL 17.2 on ..." → 17.2). */
function versionAfter(text: string | undefined, product: RegExp): string | null {
  if (!text) return null;
  const m = new RegExp(`${product.source}\\s+(\\d+(?:\\.\\d+)+)`).exec(text);
  return m ? m[1]! : null;
}

interface AppPrograms {
  /** How the build's version text names the product. */
  product: RegExp;
  programs: Record<string, Program>;
}

const DASH_V = ['--version', '-V'];
const LONG = ['--version'];

/** Each app's programs (their names as the official images install them) and how each prints its version. */
const APP_PROGRAMS: Record<string, AppPrograms> = {
  postgres: {
    product: /PostgreSQL/,
    programs: {
      psql: { version: (v) => `psql (PostgreSQL) ${v}`, versionFlags: DASH_V },
      postgres: { version: (v) => `postgres (PostgreSQL) ${v}`, versionFlags: DASH_V, server: true },
      pg_isready: { version: (v) => `pg_isready (PostgreSQL) ${v}`, versionFlags: DASH_V },
      pg_dump: { version: (v) => `pg_dump (PostgreSQL) ${v}`, versionFlags: DASH_V },
      createdb: { version: (v) => `createdb (PostgreSQL) ${v}`, versionFlags: DASH_V },
    },
  },
  redis: {
    product: /Redis/,
    programs: {
      'redis-cli': { version: (v) => `redis-cli ${v}`, versionFlags: ['--version', '-v'] },
      'redis-server': { server: true },
      'redis-benchmark': {},
    },
  },
  mysql: {
    product: /MySQL/,
    programs: {
      mysql: { version: (v) => `mysql  Ver ${v} for Linux on x86_64 (MySQL Community Server - GPL)`, versionFlags: DASH_V },
      mysqladmin: {},
      mysqld: { server: true },
      mysqldump: {},
    },
  },
  mariadb: {
    product: /MariaDB/,
    programs: {
      mariadb: { version: (v) => `mariadb from ${v}-MariaDB, client 15.2 for debian-linux-gnu (x86_64) using  EditLine wrapper`, versionFlags: DASH_V },
      'mariadb-admin': {}, mariadbd: { server: true }, 'mariadb-dump': {},
    },
  },
  mongo: {
    product: /MongoDB/,
    programs: { mongosh: {}, mongod: { version: (v) => `db version v${v}`, versionFlags: LONG, server: true } },
  },
  node: {
    product: /Node\.js/,
    programs: { node: { version: (v) => `v${v}`, versionFlags: ['--version', '-v'] }, npm: {}, npx: {}, yarn: {}, corepack: {} },
  },
  python: {
    product: /Python/,
    programs: {
      python: { version: (v) => `Python ${v}`, versionFlags: ['--version', '-V'] },
      python3: { version: (v) => `Python ${v}`, versionFlags: ['--version', '-V'] },
      pip: {},
      pip3: {},
    },
  },
  nginx: { product: /nginx/, programs: { nginx: { version: (v) => `nginx version: nginx/${v}`, versionFlags: ['-v'], server: true } } },
  httpd: { product: /Apache httpd/, programs: { httpd: { server: true }, 'httpd-foreground': { server: true }, apachectl: {} } },
};

/** MariaDB's images before 11 also carry the mysql names (11.0 dropped them from the image). */
const MARIADB_MYSQL_NAMES: Record<string, Program> = { mysql: {}, mysqladmin: {}, mysqld: { server: true }, mysqldump: {} };

function programOf(image: ImageDef, base: string): { app: AppPrograms; def: Program } | null {
  const app = APP_PROGRAMS[image.app];
  if (!app) return null;
  const oldMariadb = image.app === 'mariadb' && Number(versionAfter(image.origin?.version, app.product)?.split('.')[0] ?? 99) < 11;
  const programs = oldMariadb ? { ...app.programs, ...MARIADB_MYSQL_NAMES } : app.programs;
  return Object.hasOwn(programs, base) ? { app, def: programs[base]! } : null;
}

/** Arguments that make a server print something and exit instead of serving. */
const ONE_SHOT_FLAGS = new Set(['-v', '-V', '--version', '-t', '-T', '-h', '--help', '-?']);

/**
 * True when the words run the image's server to serve (`nginx -g "daemon off;"`, `postgres -c
 * shared_buffers=256MB`, `redis-server --appendonly yes`): the container then runs as its
 * default command would, rather than running a line and exiting.
 */
export function runsImageServer(image: ImageDef, words: readonly string[]): boolean {
  const program = words[0];
  if (program === undefined) return false;
  const found = programOf(image, program.slice(program.lastIndexOf('/') + 1));
  return found?.def.server === true && !words.slice(1).some((w) => ONE_SHOT_FLAGS.has(w));
}

/** True when the image has the program (by its name or its path under a bin directory). */
/** A shell the image is known not to have: Alpine and busybox images have BusyBox's sh and no bash; Debian-based images have no ash. */
export function imageLacksProgram(sim: Simulation, image: string, program: string): boolean {
  const repo = image.split(':')[0]!;
  const busybox = repo === 'alpine' || repo === 'busybox';
  const base = program.slice(program.lastIndexOf('/') + 1);
  return busybox ? base === 'bash' : base === 'ash' && sim.catalogue.images[image]?.os === 'linux';
}

export function imageHasProgram(image: ImageDef, program: string): boolean {
  return programOf(image, program.slice(program.lastIndexOf('/') + 1)) !== null;
}

/**
 * What the image's program answers in a container, or null when the image has no such
 * program: its version line for a version flag, else one line saying its session is not simulated.
 */
export function imageProgram(sim: Simulation, place: Place, program: string, args: readonly string[]): CommandResult | null {
  if (place.kind !== 'container') return null;
  const inst = sim.state.instances[place.where];
  const image = inst?.spec.kind === 'container' ? sim.catalogue.images[inst.spec.image] : undefined;
  if (!image) return null;
  const base = program.slice(program.lastIndexOf('/') + 1);
  const found = programOf(image, base);
  if (!found) return null;
  const { app, def } = found;
  const version = versionAfter(image.origin?.version, app.product);
  if (args.length === 1 && def.versionFlags?.includes(args[0]!) && def.version && version) return ok(def.version(version));
  const what = version ? `${image.ref}, ${image.origin?.version}` : image.ref;
  return ok(`(utsuwa: ${base} is in the image (${what}); what it does is not simulated)`);
}
