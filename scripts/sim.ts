/**
 * The headless runner: `npm run sim -- FILE [--json] [--seed N]`.
 * Runs a scenario to its end in Node and prints the report (for people, or as JSON). The
 * file's recorded `actions:` are replayed through the same Run as the page's, so a file
 * exported from a session gives that session's numbers.
 * A bad file exits 2 with the place and what was expected; never a stack trace.
 */
import { CATALOGUE } from '@utsuwa/sim-core/catalogue';
import { loadFile } from './load-file';
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

function fail(message: string, code: number): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === 'string') fail(args === USAGE ? USAGE : `${args}\n${USAGE}`, args === USAGE ? 0 : 2);
  const parsed = loadFile(args.file);
  if (!parsed.ok) fail(parsed.message, 2);
  for (const line of parsed.notes) process.stderr.write(`${line}\n`);
  // A headless run never seeks back: no snapshots.
  const options = { snapshotEveryEvents: Infinity, ...(args.seed === undefined ? {} : { seed: args.seed }) };
  const run = createRun(parsed.scenario, CATALOGUE, options, parsed.actions);
  finishRun(run);
  const report = getReport(run.sim);
  // Names and details come from the file: shown escaped, so none can drive the reader's terminal.
  // Written as it is, then the newline: joining them first would copy the whole text (8 MB of
  // JSON for 10,000 instances) once more, only to add one byte.
  process.stdout.write(args.json ? escapeJsonControls(JSON.stringify(report, null, 2)) : escapeControlChars(formatReportText(report)));
  process.stdout.write('\n');
}

try {
  main();
} catch (e) {
  // A bug, not bad input: say so plainly, without a stack trace.
  fail(`utsuwa: internal error: ${(e as Error).message}`, 1);
}
