/** A terminal workspace on the blog-db compose fixture (project "blog": db and web), 20 s into its run. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CATALOGUE } from '../../../sim-core/catalogue/index';
import { importFile } from '../../../sim-core/import/index';
import { workspace, type Typist } from './workspace';

export const composeFixture = (name: string): string => readFileSync(fileURLToPath(new URL(`../../fixtures/compose/${name}`, import.meta.url)), 'utf8');

export async function blogProject(): Promise<Typist> {
  const r = importFile(composeFixture('blog-db.yaml'), 'compose.yaml', CATALOGUE, { projectName: 'blog' });
  if (!r.ok) throw new Error(r.errors.join('\n'));
  const w = await workspace(r.scenario);
  await w.wait(20_000);
  return w;
}
