/**
 * The presets compiled when the app is built: `scenarios/<id>.yaml?preset` is a module whose
 * default export is the preset as the page holds it (the Scenario sim-core's parser makes of
 * the file), the worker's first frame for it (what `load` at 0 s with no actions answers,
 * made by the worker's own SimSession) and what its board draws from the catalogue
 * (src/files/preset-catalogue.ts), so the board is drawn before the catalogue has arrived. The page opens a preset asked for by name from this,
 * without the parser (yaml, zod: a 166 KB gzip download) and draws the board at its true 0 s
 * state before the worker has started (src/files/boot.ts). A preset that does not validate
 * fails the build. Under `vite dev`, a change to sim-core reaches these modules on restart.
 */
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import type { Plugin } from 'vite';
import { tsImport } from 'tsx/esm/api';
import type { CompiledPreset } from '../src/files/compiled-preset';

const QUERY = /\.ya?ml\?preset$/;

export interface Compiler {
  catalogue: typeof import('../sim-core/catalogue/index');
  scenario: typeof import('../sim-core/scenario/index');
  session: typeof import('../src/worker/session');
  excerpt: typeof import('../src/files/preset-catalogue');
}

// Vite's config loader leaves packages to Node, which cannot read sim-core's TypeScript: tsx
// loads the parser and the worker's session, the same source the page and worker are built from.
let compiler: Promise<Compiler> | null = null;
function loadCompiler(): Promise<Compiler> {
  compiler ??= Promise.all([
    tsImport('../sim-core/catalogue/index.ts', import.meta.url),
    tsImport('../sim-core/scenario/index.ts', import.meta.url),
    tsImport('../src/worker/session.ts', import.meta.url),
    tsImport('../src/files/preset-catalogue.ts', import.meta.url),
  ]).then(([catalogue, scenario, session, excerpt]) => ({ catalogue, scenario, session, excerpt }) as Compiler);
  return compiler;
}

/** The preset's compiled form; throws with the parser's messages when the file does not validate. */
export function compilePreset(compiler: Compiler, text: string, fileName: string): CompiledPreset {
  const { catalogue: { CATALOGUE, catalogueNames }, scenario: { parseScenario }, session: { SimSession }, excerpt: { presetCatalogue } } = compiler;
  const parsed = parseScenario(text, fileName, catalogueNames(CATALOGUE));
  if (!parsed.ok) throw new Error(`${fileName} does not validate:\n${parsed.errors.join('\n')}`);
  if (parsed.actions.length > 0) throw new Error(`${fileName}: a preset has no recorded actions (it opens at 0 s)`);
  const frame = new SimSession().handle({ type: 'load', scenario: parsed.scenario, actions: [], atMs: 0 });
  if (!frame) throw new Error(`${fileName}: the engine gave no first frame`);
  return { scenario: parsed.scenario, frame, catalogue: presetCatalogue(CATALOGUE, parsed.scenario) };
}

export function compiledPresets(): Plugin {
  return {
    name: 'utsuwa-compiled-presets',
    enforce: 'pre',
    async load(id) {
      if (!QUERY.test(id)) return null;
      const file = id.slice(0, id.indexOf('?'));
      this.addWatchFile(file);
      const compiled = compilePreset(await loadCompiler(), readFileSync(file, 'utf8'), file.split(/[\\/]/).pop()!);
      const json = JSON.stringify(compiled);
      // JSON keeps every value the page and the worker exchange; should that ever change, fail here, not on the page.
      if (!isDeepStrictEqual(JSON.parse(json), compiled)) this.error(`${file}: the compiled preset does not survive JSON`);
      // JSON.parse of a string literal: faster for the browser to read than the same object as code.
      return { code: `export default JSON.parse(${JSON.stringify(json)});\n`, map: null };
    },
  };
}
