/**
 * Starts a headless tool (`sim`, `shell`) from one prebuilt JavaScript bundle instead of
 * compiling every TypeScript module at start through tsx (seconds on a busy machine; issue 13).
 * `node scripts/prebuilt.mjs sim FILE --json` behaves exactly as `tsx scripts/sim.ts FILE --json`.
 *
 * The bundle is built by esbuild on first use and kept in node_modules/.cache/utsuwa/; it is
 * built again when any file it was made from (esbuild's own list of inputs), package.json,
 * the tsconfigs, this script, Node's or esbuild's version changed. So a clean clone needs no step
 * beyond `npm install`, and an edited source is never run stale. Plain JavaScript on purpose:
 * this file must start without a compiler.
 */
import { accessSync, constants, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TOOLS = { sim: 'scripts/sim.ts', shell: 'scripts/shell.ts' };
/** Files that change how every module compiles, beside the modules themselves. */
const ALWAYS = ['package.json', 'sim-core/package.json', 'tsconfig.base.json', 'tsconfig.node.json', 'scripts/prebuilt.mjs'];

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
    absWorkingDir: ROOT,
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: `node${process.versions.node.split('.')[0]}`,
    // Packages stay in node_modules, loaded by Node as under tsx; only our TypeScript is bundled.
    packages: 'external',
    // The workspace package is ours and written in TypeScript: bundle it.
    alias: { '@utsuwa/sim-core': './sim-core' },
    tsconfig: 'tsconfig.node.json',
    metafile: true,
    write: false,
    logLevel: 'silent',
  });
  const inputs = [...new Set([...Object.keys(result.metafile.inputs), ...ALWAYS])];
  // Written beside, then renamed: parallel starts (the tests run several) never read half a file.
  const suffix = `.${process.pid}.tmp`;
  writeFileSync(bundlePath + suffix, result.outputFiles[0].contents);
  renameSync(bundlePath + suffix, bundlePath);
  const manifest = { esbuild: esbuildVersion(), node: process.versions.node, inputs: stamp(inputs) };
  writeFileSync(manifestPath + suffix, JSON.stringify(manifest));
  renameSync(manifestPath + suffix, manifestPath);
}

/**
 * Where the bundles live: inside the project, because the packages they import (zod, yaml...)
 * are found by Node from the bundle's own place, walking up to node_modules.
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
const bundlePath = join(dir, `${tool}.mjs`);
const manifestPath = join(dir, `${tool}.json`);
if (!isFresh(manifestPath)) await build(entry, bundlePath, manifestPath);
// The tool reads its arguments from process.argv.slice(2), as it does under tsx.
process.argv.splice(1, 2, resolve(ROOT, entry));
await import(pathToFileURL(bundlePath).href);
