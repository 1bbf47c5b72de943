import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * Whether a module is the first load's parser or catalogue, or something only they import:
 * src/files/boot.ts asks for both before the first document opens, so they travel as one file.
 */
const BOOT_ROOTS = [/src[\\/]files[\\/]scenario-codec\.ts$/, /sim-core[\\/]catalogue[\\/]index\.ts$/];
function bootModule(id: string, info: (id: string) => { importers: readonly string[] } | null, seen = new Set<string>()): boolean {
  if (BOOT_ROOTS.some((r) => r.test(id))) return true;
  if (seen.has(id)) return false;
  seen.add(id);
  return (info(id)?.importers ?? []).some((importer) => bootModule(importer, info, seen));
}

// Relative base so `npm run build` output runs from any folder (a school server, a USB stick).
export default defineConfig({
  base: './',
  plugins: [react()],
  server: { port: 5173 },
  preview: { port: 4173 },
  worker: { format: 'es' },
  build: {
    // The first load's file (parser, schema, presets, catalogue) is ~560 kB before gzip (~165 kB after), on purpose in one piece.
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      output: {
        // What the first render needs in one file, and the first load's parser and catalogue in
        // another: left to itself the bundler split them into ~40 small shared chunks, and each
        // request costs a round trip to a busy server before the page can draw (docs/performance.md).
        // Dependencies stay where they are used (only the modules themselves are grouped), so
        // the first file holds nothing the lazy chunks alone need.
        codeSplitting: {
          groups: [
            { name: 'start', tags: ['$initial'], priority: 2, includeDependenciesRecursively: false },
            { name: (id, ctx) => (bootModule(id, (m) => ctx.getModuleInfo(m)) ? 'boot' : null), debugName: 'boot', priority: 1, includeDependenciesRecursively: false },
          ],
        },
      },
    },
  },
});
