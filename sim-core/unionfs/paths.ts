/** Absolute path helpers for the overlay (POSIX semantics, no symlinks). */

/** `/a//b/./c/../d/` → `/a/b/d`; always absolute; `..` above the root stays at the root. */
export function normalizePath(path: string): string {
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return '/' + out.join('/');
}

/** Proper ancestors below the root: `/a/b/c` → [`/a`, `/a/b`]. */
export function ancestorsOf(path: string): string[] {
  const result: string[] = [];
  let i = path.indexOf('/', 1);
  while (i !== -1) {
    result.push(path.slice(0, i));
    i = path.indexOf('/', i + 1);
  }
  return result;
}

export function parentOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i <= 0 ? '/' : path.slice(0, i);
}

export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** True when `path` lies strictly inside directory `dir`. */
export function isInside(path: string, dir: string): boolean {
  if (dir === '/') return path.length > 1;
  return path.length > dir.length + 1 && path.startsWith(dir) && path.charCodeAt(dir.length) === 47; // '/'
}
