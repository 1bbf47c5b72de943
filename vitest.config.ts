import { defineConfig } from 'vitest/config';
import { compiledPresets } from './scripts/compiled-presets.js';

export default defineConfig({
  // The presets as the build compiles them (src/files/presets.ts imports them so).
  plugins: [compiledPresets()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    setupFiles: ['tests/unit/setup.ts'],
    environment: 'node',
    // Property and process tests take seconds when the 2-core machine is shared; a hang still fails.
    testTimeout: 30_000,
    // One module graph per worker, not per file: re-importing the app's modules and the setup
    // (codec, catalogue, both languages) for each of the ~150 files cost 4.5x the CPU of the
    // tests themselves (266 s against 59 s on this machine). The tests share no mutable state
    // across files: the suite passes with files in shuffled order (--sequence.shuffle.files).
    isolate: false,
  },
});
