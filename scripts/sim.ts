/**
 * The headless runner: `npm run sim -- FILE [--json] [--seed N]`.
 * Runs a scenario to its end in Node and prints the report (for people, or as JSON).
 * A bad file exits 2 with the place and what was expected; never a stack trace.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { CATALOGUE, catalogueNames } from '@utsuwa/sim-core/catalogue';
import { parseScenario } from '@utsuwa/sim-core/scenario';
import { createSimulation, runToEnd, getReport, formatReportText } from '@utsuwa/sim-core';

const USAGE = 'usage: npm run sim -- FILE [--json] [--seed N]   (FILE: a scenario in YAML or JSON)';

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
      if (raw === undefined || !/^-?\d+$/.test(raw)) return `--seed: expected an integer, got ${raw === undefined ? 'nothing' : `"${raw}"`}`;
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
  let text: string;
  try {
    text = readFileSync(args.file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    fail(`${args.file}: cannot read the file (${code === 'ENOENT' ? 'no such file' : code ?? 'error'})`, 2);
  }
  const parsed = parseScenario(text, basename(args.file), catalogueNames(CATALOGUE));
  if (!parsed.ok) fail(parsed.errors.join('\n'), 2);
  for (const w of parsed.warnings) process.stderr.write(`warning: ${w}\n`);
  const sim = createSimulation(parsed.scenario, CATALOGUE, args.seed === undefined ? {} : { seed: args.seed });
  runToEnd(sim);
  const report = getReport(sim);
  process.stdout.write(args.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatReportText(report)}\n`);
}

try {
  main();
} catch (e) {
  // A bug, not bad input: say so plainly, without a stack trace.
  fail(`utsuwa: internal error: ${(e as Error).message}`, 1);
}
