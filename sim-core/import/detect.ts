/**
 * What kind of file a text is: an Utsuwa scenario, a Compose file, a Vagrantfile, or
 * something else a learner might drop (a Dockerfile, a Kubernetes manifest), so that a
 * file in the wrong place is named for what it is rather than failing on `version`.
 */
export type FileKind = 'scenario' | 'compose' | 'vagrantfile' | 'dockerfile' | 'kubernetes' | 'unknown';

/** Whether the line starting at `at` can begin a top-level key (a quote, a letter, `_` or `$`), as the pattern below needs. */
function startsKey(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  const lower = code | 0x20;
  return (lower >= 0x61 && lower <= 0x7a) || code === 0x22 || code === 0x27 || code === 0x5f || code === 0x24;
}

/**
 * The top-level keys of a YAML or JSON mapping and their scalar values, found by scanning
 * the text (one pass, nothing built): a hostile file costs no more than its length.
 */
function topLevel(text: string): Map<string, string> {
  const keys = new Map<string, string>();
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{')) {
    // JSON or YAML flow: keys at depth 1, outside strings.
    let depth = 0;
    let i = text.indexOf('{');
    while (i < text.length) {
      const ch = text[i]!;
      if (ch === '"' || ch === "'") {
        let j = i + 1;
        while (j < text.length && text[j] !== ch) j += text[j] === '\\' ? 2 : 1;
        if (depth === 1) {
          const after = /^\s*:\s*("?)([^",}\s]*)/.exec(text.slice(j + 1, j + 80));
          if (after) keys.set(text.slice(i + 1, j), after[2]!);
        }
        i = j + 1;
        continue;
      }
      if (ch === '{' || ch === '[') depth++;
      else if (ch === '}' || ch === ']') depth--;
      i++;
    }
    return keys;
  }
  // Line by line, without splitting: only a line starting as a key can be one, and the
  // indented and list lines of a 10,000-line file are skipped before any regex or slice.
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (startsKey(text, start)) {
      const line = text.slice(start, end);
      const m = /^(["']?)([A-Za-z_$][\w.$-]*)\1[ \t]*:(?:[ \t]+(.*))?$/.exec(line.replace(/\s+#.*$/, '').trimEnd());
      if (m) keys.set(m[2]!, (m[3] ?? '').replace(/^["']|["']$/g, ''));
    }
    start = end + 1;
  }
  return keys;
}

export function detectKind(text: string, fileName: string): FileKind {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  if (/^vagrantfile/i.test(base) || /^\s*Vagrant\.configure\s*\(/m.test(text)) return 'vagrantfile';
  const firstLine = text.split('\n', 200).find((l) => l.trim() !== '' && !l.trim().startsWith('#')) ?? '';
  if (/^(Dockerfile|Containerfile)/i.test(base) || /^\s*FROM\s+\S+/i.test(firstLine)) return 'dockerfile';
  const top = topLevel(text);
  if (top.has('instances') || top.get('version') === '1' || (top.has('host') && top.has('events'))) return 'scenario';
  if (top.has('services')) return 'compose';
  if (top.has('apiVersion') && top.has('kind')) return 'kubernetes';
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
