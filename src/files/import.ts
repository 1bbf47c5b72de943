/** Importing a scenario file (picker or drop): bounded, validated, and all-or-nothing. */
import type { WorkspaceStore } from '../store/index';
import { readScenario } from './scenario-io';

/** Bigger than any real scenario; refused before reading (see performance-and-safety.md). */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;

export async function importFile(store: WorkspaceStore, file: File): Promise<boolean> {
  if (file.size > MAX_IMPORT_BYTES) {
    store.getState().notify({ kind: 'error', key: 'files.importFailed', params: { file: file.name }, details: [`${file.name}: larger than 2 MiB`] });
    return false;
  }
  const result = readScenario(await file.text(), file.name);
  if (!result.ok) {
    store.getState().notify({ kind: 'error', key: 'files.importFailed', params: { file: file.name }, details: result.errors });
    return false;
  }
  store.getState().replaceDocument(result.scenario, { kind: 'file', name: file.name });
  store.getState().notify({ kind: 'info', key: 'files.imported', params: { name: result.scenario.name } });
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
