/**
 * Importing a file (picker or drop): a scenario, a Compose file or a Vagrantfile, told by
 * content. Bounded, validated, and all-or-nothing; what an imported Compose file or
 * Vagrantfile asks for that is not simulated stays with the scenario (its `imported`
 * extension) and is listed under its title.
 */
import { catalogue } from '../document/catalogue';
import type { WorkspaceStore } from '../store/index';

/** Bigger than any real scenario; refused before reading (see performance-and-safety.md). */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;

export async function importFile(store: WorkspaceStore, file: File): Promise<boolean> {
  if (file.size > MAX_IMPORT_BYTES) {
    store.getState().notify({ kind: 'error', key: 'files.importFailed', params: { file: file.name }, details: [`${file.name}: larger than 2 MiB`] });
    return false;
  }
  // The Compose and Vagrantfile readers load with the first import, not with the page.
  const { importFile: readAnyFile } = await import('@utsuwa/sim-core/import');
  const result = readAnyFile(await file.text(), file.name, catalogue());
  if (!result.ok) {
    store.getState().notify({ kind: 'error', key: 'files.importFailed', params: { file: file.name }, details: result.errors });
    return false;
  }
  store.getState().replaceDocument(result.scenario, { kind: 'file', name: file.name }, result.actions);
  const key = result.notSimulated.length > 0 ? 'files.importedNotSimulated' : 'files.imported';
  store.getState().notify({ kind: 'info', key, params: { name: result.scenario.name, count: String(result.notSimulated.length) } });
  return true;
}

/** Saves the text as a download. */
export function downloadText(text: string, fileName: string, type = 'application/yaml'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
