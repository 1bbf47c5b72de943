import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { compiledPresets } from './scripts/compiled-presets.js';
import { firstLoadPrefetch } from './scripts/first-load-prefetch.js';

type ModuleInfo = (id: string) => { importers: readonly string[] } | null;

/** Whether a module is one of `roots` or something they import (a module's importers lead to a root). */
function importedBy(roots: RegExp[], id: string, info: ModuleInfo, seen = new Set<string>()): boolean {
  if (roots.some((r) => r.test(id))) return true;
  if (seen.has(id)) return false;
  seen.add(id);
  return (info(id)?.importers ?? []).some((importer) => importedBy(roots, importer, info, seen));
}
/** The catalogue: the first board needs it (a preset opens compiled, without the parser). */
const CATALOGUE_ROOT = [/sim-core[\\/]catalogue[\\/]index\.ts$/];
/** The parser and writer: the first load of a link or the autosave needs them, a preset does not. */
const PARSER_ROOT = [/src[\\/]files[\\/]scenario-codec\.ts$/];

// Relative base so `npm run build` output runs from any folder (a school server, a USB stick).
export default defineConfig({
  base: './',
  plugins: [react(), compiledPresets(), firstLoadPrefetch()],
  server: { port: 5173 },
  preview: { port: 4173 },
  worker: { format: 'es' },
  build: {
    // The parser's file (yaml, zod, the schema, the presets' text) is ~410 kB before gzip, on purpose in one piece.
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      output: {
        // What the first render needs in one file, the catalogue in another and the parser in a
        // third: left to itself the bundler split them into ~40 small shared chunks, and each
        // request costs a round trip to a busy server before the page can draw (docs/performance.md).
        // Dependencies stay where they are used (only the modules themselves are grouped), so
        // the first file holds nothing the lazy chunks alone need; what the parser shares with
        // the catalogue travels with the catalogue, which the first board waits for anyway.
        codeSplitting: {
          groups: [
            { name: 'start', tags: ['$initial'], priority: 3, includeDependenciesRecursively: false },
            { name: (id, ctx) => (importedBy(CATALOGUE_ROOT, id, (m) => ctx.getModuleInfo(m)) ? 'catalogue' : null), debugName: 'catalogue', priority: 2, includeDependenciesRecursively: false },
            { name: (id, ctx) => (importedBy(PARSER_ROOT, id, (m) => ctx.getModuleInfo(m)) ? 'boot' : null), debugName: 'boot', priority: 1, includeDependenciesRecursively: false },
          ],
        },
      },
    },
  },
});
