import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SIM_CORE = fileURLToPath(new URL('../../../sim-core/', import.meta.url));

/** The modules a folder of sim-core imports (static `from '...'` specifiers). */
function importsOf(folder: string): Array<{ file: string; from: string }> {
  const dir = join(SIM_CORE, folder);
  return readdirSync(dir).filter((f) => f.endsWith('.ts')).flatMap((file) =>
    [...readFileSync(join(dir, file), 'utf8').matchAll(/from '([^']+)'/g)].map((m) => ({ file: `${folder}/${file}`, from: m[1]! })));
}

// That the engine, the figures, the rules and the formatter never import the report is
// lint's (eslint.config.js, tested in tests/unit/lint/rules.test.ts).
describe('sim-core layering', () => {
  it('the formatter and the rules depend on nothing of the engine, so the parser and the page can use them alone', () => {
    const offending = [...importsOf('format'), ...importsOf('rules')].filter((i) => /(^|\/)engine\//.test(i.from));
    expect(offending).toEqual([]);
  });
});
