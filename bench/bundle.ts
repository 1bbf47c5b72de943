/**
 * The bench's child programs (bench/rewind-mode.ts, bench/seek-mode.ts) as the runner ships
 * its code: one esbuild bundle, CommonJS, built with the options scripts/prebuilt.mjs uses for
 * `npm run sim` (scripts/bundle-options.mjs), run by plain `node`. Nothing a user runs is compiled module by module by tsx,
 * and the same engine code run both ways differed: a rewindable run counted 475 M instructions
 * through tsx and 465 M bundled, a plain one 389 M and 399 M (2 December 2026). Built once per
 * bench run, into node_modules/.cache/utsuwa/bench/.
 */
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { runnerBundleOptions } from '../scripts/bundle-options.mjs';

export async function bundleBenchProgram(root: string, entry: string): Promise<string> {
  const dir = join(root, 'node_modules', '.cache', 'utsuwa', 'bench');
  mkdirSync(dir, { recursive: true });
  const outfile = join(dir, entry.replace(/^.*\//, '').replace(/\.ts$/, '.cjs'));
  await build({
    ...runnerBundleOptions(root),
    entryPoints: [entry],
    outfile,
    logLevel: 'silent',
  });
  return outfile;
}
