/**
 * Importing a file (picker or drop): a scenario, a Compose file or a Vagrantfile, told by
 * content. Bounded, validated, and all-or-nothing; what an imported Compose file or
 * Vagrantfile asks for that is not simulated stays with the scenario (its `imported`
 * extension) and is listed under its title.
 */
import { catalogue } from '../document/catalogue';
import { LIMITS } from '@utsuwa/sim-core/scenario';
import { formatBytes } from '@utsuwa/sim-core/format';
import type { WorkspaceStore } from '../store/index';
import { confirmReplace, hasUserWork } from './replace-guard';

export { downloadText } from './download';

/**
 * The scenario format's own bound on its text (LIMITS.maxTextChars), refused before reading; a file of at most
 * this many bytes has at most this many characters (see performance-and-safety.md).
 */
export const MAX_IMPORT_BYTES = LIMITS.maxTextChars;

/** A Compose project's `.env` (picked or dropped with its Compose file). */
const isDotenv = (f: File): boolean => f.name === '.env' || f.name.endsWith('.env');

/**
 * One file, or a Compose file with its project's `.env` chosen together (docker compose reads
 * the `.env` beside the file; a browser sees only what the user gives it).
 */
export async function importFile(store: WorkspaceStore, chosen: File | File[]): Promise<boolean> {
  const files = Array.isArray(chosen) ? chosen : [chosen];
  const file = files.find((f) => !isDotenv(f)) ?? files[0]!;
  const env = files.find((f) => f !== file && isDotenv(f));
  const tooLarge = [file, ...(env ? [env] : [])].find((f) => f.size > MAX_IMPORT_BYTES);
  if (tooLarge) {
    store.getState().notify({ kind: 'error', key: 'files.importFailed', params: { file: tooLarge.name }, details: [`${tooLarge.name}: the file is ${formatBytes(tooLarge.size)}; scenario files may be at most ${formatBytes(MAX_IMPORT_BYTES)}`] });
    return false;
  }
  // The Compose and Vagrantfile readers load with the first import, not with the page.
  const { importFile: readAnyFile } = await import('@utsuwa/sim-core/import');
  const result = readAnyFile(await file.text(), file.name, catalogue(), env ? { dotenv: await env.text() } : {});
  if (!result.ok) {
    store.getState().notify({ kind: 'error', key: 'files.importFailed', params: { file: file.name }, details: result.errors });
    return false;
  }
  if (hasUserWork(store.getState()) && !confirmReplace('files.replaceWithFile', { file: file.name })) {
    store.getState().notify({ kind: 'info', key: 'files.keptWork' });
    return false;
  }
  store.getState().replaceDocument(result.scenario, { kind: 'file', name: file.name }, result.actions);
  const key = result.notSimulated.length > 0 ? 'files.importedNotSimulated' : 'files.imported';
  store.getState().notify({ kind: 'info', key, params: { name: result.scenario.name, count: String(result.notSimulated.length) } });
  return true;
}
