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

describe('sim-core layering', () => {
  it('the engine and the shared figures never import the report (the report reads them, not the other way)', () => {
    const offending = [...importsOf('engine'), ...importsOf('figures'), ...importsOf('rules'), ...importsOf('format')]
      .filter((i) => /(^|\/)report\//.test(i.from));
    expect(offending).toEqual([]);
  });

  it('the formatter and the rules depend on nothing of the engine', () => {
    const offending = [...importsOf('format'), ...importsOf('rules')].filter((i) => /(^|\/)engine\//.test(i.from));
    expect(offending).toEqual([]);
  });
});
