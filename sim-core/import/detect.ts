/**
 * What kind of file a text is: an Utsuwa scenario, a Compose file, a Vagrantfile, or
 * something else a learner might drop (a Dockerfile, a Kubernetes manifest), so that a
 * file in the wrong place is named for what it is rather than failing on `version`.
 */
import { parseDocument } from 'yaml';

export type FileKind = 'scenario' | 'compose' | 'vagrantfile' | 'dockerfile' | 'kubernetes' | 'unknown';

type Mapping = Record<string, unknown>;
const isMapping = (v: unknown): v is Mapping => v !== null && typeof v === 'object' && !Array.isArray(v);

const COMPOSE_NAMES = /^(docker-)?compose(\.[\w-]+)?\.ya?ml$/i;

/** The top-level keys of a YAML or JSON mapping, without building the whole value (bounded). */
function topLevel(text: string): Mapping | null {
  if (text.length > 5 * 1024 * 1024) return null;
  try {
    const trimmed = text.trimStart();
    if (trimmed.startsWith('{')) {
      const v = JSON.parse(text) as unknown;
      return isMapping(v) ? v : null;
    }
    const doc = parseDocument(text, { merge: true, uniqueKeys: false });
    if (doc.errors.length > 0) return null;
    const v = doc.toJS({ maxAliasCount: 100 }) as unknown;
    return isMapping(v) ? v : null;
  } catch {
    return null;
  }
}

export function detectKind(text: string, fileName: string): FileKind {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  if (/^vagrantfile/i.test(base) || /^\s*Vagrant\.configure\s*\(/m.test(text)) return 'vagrantfile';
  if (/^(Dockerfile|Containerfile)/i.test(base) || /^\s*FROM\s+\S+/im.test(text.split('\n').find((l) => l.trim() !== '' && !l.trim().startsWith('#')) ?? '')) return 'dockerfile';
  const top = topLevel(text);
  if (top) {
    if ('instances' in top || top.version === 1 || ('host' in top && 'events' in top)) return 'scenario';
    if (isMapping(top.services)) return 'compose';
    if ('apiVersion' in top && 'kind' in top) return 'kubernetes';
    if (COMPOSE_NAMES.test(base) && 'services' in top) return 'compose';
  }
  return 'unknown';
}

/** What to tell someone who gave this file where a scenario was expected, or null for a scenario. */
export function notAScenario(kind: FileKind, fileName: string): string | null {
  switch (kind) {
    case 'compose': return `${fileName}: this is a Compose file (it has services:), not an Utsuwa scenario; import it (the Import button, dropping it on the page, or npm run sim -- ${fileName}) and its services become containers`;
    case 'vagrantfile': return `${fileName}: this is a Vagrantfile, not an Utsuwa scenario; import it (the Import button, dropping it on the page, or npm run sim -- ${fileName}) and its machines become VMs`;
    case 'dockerfile': return `${fileName}: this is a Dockerfile, a recipe to build an image; Utsuwa runs published images and cannot build one. Use a scenario, a Compose file or a Vagrantfile`;
    case 'kubernetes': return `${fileName}: this is a Kubernetes manifest (apiVersion and kind), which Utsuwa does not read; use a scenario, a Compose file or a Vagrantfile`;
    default: return null;
  }
}
