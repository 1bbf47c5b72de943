/**
 * Starts a headless tool (`sim`, `shell`) from one prebuilt JavaScript bundle instead of
 * compiling every TypeScript module at start through tsx (seconds on a busy machine; issue 13).
 * `node scripts/prebuilt.mjs sim FILE --json` behaves exactly as `tsx scripts/sim.ts FILE --json`.
 *
 * The bundle is built by esbuild on first use and kept in node_modules/.cache/utsuwa/; it is
 * built again when any file it was made from (esbuild's own list of inputs, the packages'
 * files among them), package.json, the tsconfigs, this script, Node's or esbuild's version
 * changed. So a clean clone needs no step beyond `npm install`, and an edited source is never
 * run stale. Plain JavaScript on purpose: this file must start without a compiler.
 *
 * Starting is most of a small run's cost, so the bundle holds the packages too (one file to
 * load instead of a few hundred), and it is compiled with V8's code cache, as Node's own
 * compile cache does from Node 22 on: the first run keeps V8's compiled code for the bundle
 * (every function that run used) beside it, and later runs start from that instead of
 * parsing 1.6 MB of JavaScript again. The cache is named after the bundle's content (V8
 * itself only checks the source's length), and V8 refuses one made by another V8 or with
 * other flags; a refused or missing cache is made again.
 */
import { accessSync, constants, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import { runnerBundleOptions } from './bundle-options.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TOOLS = { sim: 'scripts/sim.ts', shell: 'scripts/shell.ts' };
/** Files that change how every module compiles, beside the modules themselves. */
const ALWAYS = ['package.json', 'sim-core/package.json', 'tsconfig.base.json', 'tsconfig.node.json', 'scripts/prebuilt.mjs', 'scripts/bundle-options.mjs'];

/** What a bundle was made from: each input's size and modification time. */
function stamp(paths) {
  const out = {};
  for (const p of paths) {
    try {
      const s = statSync(join(ROOT, p));
      out[p] = `${s.size}:${s.mtimeMs}`;
    } catch {
      out[p] = 'missing';
    }
  }
  return out;
}

function esbuildVersion() {
  try {
    return JSON.parse(readFileSync(join(ROOT, 'node_modules', 'esbuild', 'package.json'), 'utf8')).version;
  } catch {
    return 'unknown';
  }
}

function isFresh(manifestPath) {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  } catch {
    return false;
  }
  if (manifest.esbuild !== esbuildVersion() || manifest.node !== process.versions.node) return false;
  const now = stamp(Object.keys(manifest.inputs));
  return Object.entries(manifest.inputs).every(([p, s]) => now[p] === s);
}

async function build(entry, bundlePath, manifestPath) {
  const { build: esbuild } = await import('esbuild');
  const result = await esbuild({
    ...runnerBundleOptions(ROOT),
    entryPoints: [entry],
    metafile: true,
    write: false,
    logLevel: 'silent',
  });
  const inputs = [...new Set([...Object.keys(result.metafile.inputs), ...ALWAYS])];
  // Written beside, then renamed: parallel starts (the tests run several) never read half a file.
  const suffix = `.${process.pid}.tmp`;
  writeFileSync(bundlePath + suffix, result.outputFiles[0].contents);
  renameSync(bundlePath + suffix, bundlePath);
  // Code caches of earlier bundles of this tool are of no more use.
  for (const name of readdirSync(dirname(bundlePath))) {
    if (name.startsWith(`${tool}.`) && name.endsWith('.v8cache')) rmSync(join(dirname(bundlePath), name), { force: true });
  }
  const manifest = { esbuild: esbuildVersion(), node: process.versions.node, inputs: stamp(inputs) };
  writeFileSync(manifestPath + suffix, JSON.stringify(manifest));
  renameSync(manifestPath + suffix, manifestPath);
}

/**
 * Runs a CommonJS bundle as Node's require would, compiled from its code cache when there is
 * one for this very text; without one, the run's compiled code is kept at exit for the next.
 */
function runWithCodeCache(bundlePath) {
  const bytes = readFileSync(bundlePath);
  const source = bytes.toString('utf8');
  const cachePath = `${bundlePath.replace(/\.cjs$/, '')}.${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}.v8cache`;
  let cachedData;
  try {
    cachedData = readFileSync(cachePath);
  } catch {
    cachedData = undefined;
  }
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
  const script = new Script(wrapped, { filename: bundlePath, ...(cachedData ? { cachedData } : {}) });
  if (cachedData === undefined || script.cachedDataRejected) {
    process.once('exit', () => {
      try {
        const suffix = `.${process.pid}.tmp`;
        writeFileSync(cachePath + suffix, script.createCachedData());
        renameSync(cachePath + suffix, cachePath);
      } catch {
        // No cache this time: the next run compiles from the text, as this one did.
      }
    });
  }
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(bundlePath), module, bundlePath, dirname(bundlePath));
}

/**
 * Where the bundles live: inside the project, because the Node built-ins and any package left
 * outside the bundle are found by Node from the bundle's own place, walking up to node_modules.
 * UTSUWA_PREBUILT_CACHE chooses another place inside the project (the tests use a fresh one).
 * None if it cannot be written (a read-only checkout).
 */
function cacheDir() {
  const dir = process.env.UTSUWA_PREBUILT_CACHE || join(ROOT, 'node_modules', '.cache', 'utsuwa');
  try {
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK);
    return dir;
  } catch {
    return null;
  }
}

/** Without a writable cache, the tool runs as it did before, compiled at start by tsx. */
function runThroughTsx(entry) {
  const r = spawnSync(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, entry), ...process.argv.slice(3)], { stdio: 'inherit' });
  process.exit(r.status ?? 1);
}

const tool = process.argv[2];
const entry = TOOLS[tool];
if (entry === undefined) {
  process.stderr.write(`usage: node scripts/prebuilt.mjs ${Object.keys(TOOLS).join('|')} [ARGS...]\n`);
  process.exit(2);
}
const dir = cacheDir();
if (dir === null) runThroughTsx(entry);
const bundlePath = join(dir, `${tool}.cjs`);
const manifestPath = join(dir, `${tool}.json`);
if (!isFresh(manifestPath)) await build(entry, bundlePath, manifestPath);
// The tool reads its arguments from process.argv.slice(2), as it does under tsx.
process.argv.splice(1, 2, resolve(ROOT, entry));
runWithCodeCache(bundlePath);
