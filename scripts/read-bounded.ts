/** Reading a user's file for the headless tools: bounded while reading, errors in plain words. */
import { closeSync, openSync, readSync } from 'node:fs';

export class TooLarge extends Error {}

/**
 * Reads at most `limit` bytes: the size is checked while reading, not from stat, so a device
 * or a pipe that never ends (/dev/zero) is refused after `limit` bytes instead of filling memory.
 */
export function readBounded(path: string, limit: number): string {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(limit + 1);
    let length = 0;
    for (;;) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
      if (length > limit) throw new TooLarge();
    }
    return buffer.toString('utf8', 0, length);
  } finally {
    closeSync(fd);
  }
}

/** Why a file could not be read, as the runner and the shell say it. */
export function unreadable(path: string, e: unknown, limit: number): string {
  if (e instanceof TooLarge) return `${path}: larger than ${limit / 1024 / 1024} MB; scenario files may be at most that`;
  const code = (e as NodeJS.ErrnoException).code;
  return `${path}: cannot read the file (${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'a directory, not a file' : code ?? 'error'})`;
}
