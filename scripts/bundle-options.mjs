/**
 * How the headless tools' bundle is built (scripts/prebuilt.mjs, for `npm run sim` and `npm run
 * shell`), shared with the bench (bench/bundle.ts), which measures the engine as the runner ships
 * it. Plain JavaScript: prebuilt.mjs must start without a compiler.
 */
export function runnerBundleOptions(root) {
  return {
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    // CommonJS, the one form node:vm compiles with a code cache.
    format: 'cjs',
    // No comments or indentation: a quarter less to read, and no stray non-ASCII character in a
    // package's comment making Node decode the whole bundle as a two-byte string (30-40 ms).
    minifyWhitespace: true,
    target: `node${process.versions.node.split('.')[0]}`,
    // The workspace package is ours and written in TypeScript: bundle it.
    alias: { '@utsuwa/sim-core': './sim-core' },
    tsconfig: 'tsconfig.node.json',
  };
}
