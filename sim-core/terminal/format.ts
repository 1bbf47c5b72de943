/**
 * Output formats of the real tools, in one place: Docker's go-units (HumanDuration,
 * BytesSize, HumanSizeWithPrecision), Go's text/tabwriter as `docker ps` configures it,
 * procps' `free -h`, and bash's `time`. Docker's flag notation (`512m`) and its parsers live
 * with the CLI grammar in ../docker. The app's own voice (the board, charts, report) uses
 * ../format instead.
 */

/** Go's `%.Ng`: N significant digits, no trailing zeros. */
function goG(value: number, digits: number): string {
  return String(Number(value.toPrecision(digits)));
}

function customSize(size: number, digits: number, base: number, units: readonly string[]): string {
  let i = 0;
  while (size >= base && i < units.length - 1) {
    size /= base;
    i++;
  }
  return goG(size, digits) + units[i]!;
}

/** go-units BytesSize: binary units, 4 significant digits (`7.18MiB`, `15.62GiB`). */
export function bytesSize(bytes: number): string {
  return customSize(bytes, 4, 1024, ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB']);
}

/** go-units HumanSizeWithPrecision(size, 3): decimal units (`188MB`, `1.05kB`, `0B`). */
export function humanSize(bytes: number): string {
  return customSize(bytes, 3, 1000, ['B', 'kB', 'MB', 'GB', 'TB', 'PB']);
}

/** go-units HumanDuration: `Less than a second`, `5 seconds`, `About a minute`, `2 hours`. */
export function humanDuration(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  if (seconds < 1) return 'Less than a second';
  if (seconds === 1) return '1 second';
  if (seconds < 60) return `${seconds} seconds`;
  const minutes = Math.floor(seconds / 60);
  if (minutes === 1) return 'About a minute';
  if (minutes < 60) return `${minutes} minutes`;
  const hours = Math.round(ms / 3_600_000);
  if (hours === 1) return 'About an hour';
  if (hours < 48) return `${hours} hours`;
  if (hours < 24 * 7 * 2) return `${Math.floor(hours / 24)} days`;
  if (hours < 24 * 30 * 2) return `${Math.floor(hours / 24 / 7)} weeks`;
  if (hours < 24 * 365 * 2) return `${Math.floor(hours / 24 / 30)} months`;
  return `${Math.floor(hours / 24 / 365)} years`;
}

const RAM_UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4 };

/** go-units RAMInBytes, as `--memory 256m` reads: binary units, an optional trailing `b`. Null if malformed. */
export function ramInBytes(text: string): number | null {
  const m = /^(\d+(?:\.\d+)?)\s*([kmgtb]?)b?$/i.exec(text.trim());
  if (!m) return null;
  const unit = RAM_UNITS[m[2]!.toLowerCase()]!;
  return Math.floor(Number(m[1]) * unit);
}

/** procps' human format (`free -h`): `15Gi`, `1.2Gi`, `512Mi`, `0B`. */
export function humanFree(bytes: number): string {
  if (bytes === 0) return '0B';
  const units = ['B', 'Ki', 'Mi', 'Gi', 'Ti'];
  let v = bytes;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${v < 10 && i > 0 ? v.toFixed(1) : Math.round(v)}${units[i]}`;
}

/**
 * Go's tabwriter as the docker CLI sets it up (minwidth 10, padding 3, blanks): every column
 * but the last is as wide as its widest cell plus 3, and at least 10.
 */
export function table(rows: readonly (readonly string[])[], minWidth = 10, padding = 3): string {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => {
      if (i < row.length - 1) widths[i] = Math.max(widths[i] ?? minWidth, cell.length + padding);
    });
  }
  return rows.map((row) => row.map((cell, i) => (i < row.length - 1 ? cell.padEnd(widths[i]!) : cell)).join('').trimEnd()).join('\n');
}

/** `0m0.336s`, `1m5.020s`: bash's `time` format. */
export function bashDuration(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  return `${minutes}m${((ms - minutes * 60_000) / 1000).toFixed(3)}s`;
}

/** What bash's `time` prints after the command (a blank line, then tab-separated real, user, sys). */
export function formatTimeLines(realMs: number, userMs: number, sysMs: number): string {
  return `\nreal\t${bashDuration(realMs)}\nuser\t${bashDuration(userMs)}\nsys\t${bashDuration(sysMs)}`;
}

/** Docker truncates COMMAND to 20 characters with an ellipsis, then quotes it. */
export function truncateCommand(command: string, max = 20): string {
  const chars = [...command];
  return `"${chars.length > max ? chars.slice(0, max - 1).join('') + '…' : command}"`;
}

/** `HH:MM` of simulated time since 0:00 (what `ps` prints as a start time). */
export function clockTime(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  return `${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
