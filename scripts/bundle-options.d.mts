import type { BuildOptions } from 'esbuild';

export function runnerBundleOptions(root: string): BuildOptions;
