/**
 * The headless runner: `npm run sim -- FILE [--json] [--seed N]`.
 * Runs a scenario to its end in Node and prints the report (for people, or as JSON). The
 * file's recorded `actions:` are replayed through the same Run as the page's, so a file
 * exported from a session gives that session's numbers.
 * A bad file exits 2 with the place and what was expected; never a stack trace.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { CATALOGUE } from '@utsuwa/sim-core/catalogue';
import { LIMITS } from '@utsuwa/sim-core/scenario';
import { importFile } from '@utsuwa/sim-core/import';
import { createRun, finishRun, getReport, formatReportText, escapeControlChars, escapeJsonControls } from '@utsuwa/sim-core';

const MAX_SEED = 0xffff_ffff;

const USAGE = 'usage: npm run sim -- FILE [--json] [--seed N]   (FILE: a scenario in YAML or JSON, a compose.yaml or a Vagrantfile)';

interface Args {
  file: string;
  json: boolean;
  seed: number | undefined;
}

function parseArgs(argv: string[]): Args | string {
  let file: string | undefined;
  let json = false;
  let seed: number | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') json = true;
    else if (a === '--seed' || a.startsWith('--seed=')) {
      const raw = a.includes('=') ? a.slice('--seed='.length) : argv[++i];
      // The same range as a file's `seed:` (shared/spec/scenario-format.md): a 32-bit PRNG seed.
      if (raw === undefined || !/^\d{1,10}$/.test(raw) || Number(raw) > MAX_SEED) {
        return `--seed: expected a whole number from 0 to ${MAX_SEED}, got ${raw === undefined ? 'nothing' : JSON.stringify(raw.slice(0, 40))}`;
      }
      seed = Number(raw);
    } else if (a === '--help' || a === '-h') return USAGE;
    else if (a.startsWith('-')) return `unknown option ${a}`;
    else if (file === undefined) file = a;
    else return `unexpected argument "${a}" (one scenario file at a time)`;
  }
  if (file === undefined) return 'no scenario file given';
  return { file, json, seed };
}

class TooLarge extends Error {}

/**
 * Reads at most `limit` bytes: the size is checked while reading, not from stat, so a device
 * or a pipe that never ends (/dev/zero) is refused after `limit` bytes instead of filling memory.
 */
function readBounded(path: string, limit: number): string {
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

function fail(message: string, code: number): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === 'string') fail(args === USAGE ? USAGE : `${args}\n${USAGE}`, args === USAGE ? 0 : 2);
  let text: string;
  try {
    text = readBounded(args.file, LIMITS.maxTextChars);
  } catch (e) {
    if (e instanceof TooLarge) fail(`${args.file}: larger than ${LIMITS.maxTextChars / 1024 / 1024} MB; scenario files may be at most that`, 2);
    const code = (e as NodeJS.ErrnoException).code;
    fail(`${args.file}: cannot read the file (${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'a directory, not a file' : code ?? 'error'})`, 2);
  }
  // A Compose project is named after its folder, as `docker compose` names it.
  const parsed = importFile(text, basename(args.file), CATALOGUE, { projectName: basename(dirname(resolve(args.file))) });
  if (!parsed.ok) fail(escapeControlChars(parsed.errors.join('\n')), 2);
  for (const w of parsed.warnings) process.stderr.write(`warning: ${escapeControlChars(w)}\n`);
  if (parsed.notSimulated.length > 0) {
    process.stderr.write(`utsuwa: read ${escapeControlChars(basename(args.file))} as ${parsed.kind === 'compose' ? 'a Compose file' : 'a Vagrantfile'}; accepted but not simulated:\n`);
    for (const line of parsed.notSimulated) process.stderr.write(`  ${escapeControlChars(line)}\n`);
  }
  // A headless run never seeks back: no snapshots.
  const options = { snapshotEveryEvents: Infinity, ...(args.seed === undefined ? {} : { seed: args.seed }) };
  const run = createRun(parsed.scenario, CATALOGUE, options, parsed.actions);
  finishRun(run);
  const report = getReport(run.sim);
  // Names and details come from the file: shown escaped, so none can drive the reader's terminal.
  process.stdout.write(args.json ? `${escapeJsonControls(JSON.stringify(report, null, 2))}\n` : `${escapeControlChars(formatReportText(report))}\n`);
}

try {
  main();
} catch (e) {
  // A bug, not bad input: say so plainly, without a stack trace.
  fail(`utsuwa: internal error: ${(e as Error).message}`, 1);
}
