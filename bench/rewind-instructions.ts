/**
 * The rewind figure counted in instructions, where valgrind is installed: CPU time on a shared
 * 2-core machine moved by up to 2× between identical runs. Each mode's cost of one warm run is
 * the count for 9 runs minus that for 4, divided by 5 (the first runs still compile), in a heap
 * made large enough that no mark-compact falls in the window (one in about six runs would
 * otherwise decide it); scavenges are counted, on V8's predictable schedule: without it the
 * young generation is sized by the clock, and the same build counted 407 M to 472 M a run
 * (2 December 2026); with it, within 1%. bench/rewind-mode.ts, bundled as the bench runs it
 * (bench/bundle.ts), runs the workload; each count is its process's whole run under
 * `valgrind --tool=cachegrind --cache-sim=no`.
 */
import { spawn, spawnSync } from 'node:child_process';

const FEW = 4;
const MORE = 9;

export function hasValgrind(): boolean {
  return spawnSync('valgrind', ['--version'], { encoding: 'utf8' }).status === 0;
}

/** Instructions of `runs` runs of `mode` in one process. */
function count(root: string, program: string, mode: string, runs: number): Promise<number> {
  const args = [
    '--tool=cachegrind', '--cache-sim=no', '--cachegrind-out-file=/dev/null',
    process.execPath, '--single-threaded', '--initial-old-space-size=3000', '--predictable-gc-schedule', program, mode,
  ];
  return new Promise((resolve, reject) => {
    const child = spawn('valgrind', args, { cwd: root, env: { ...process.env, UTSUWA_BENCH_WARMUP: String(runs), UTSUWA_BENCH_RUNS: '0' } });
    let err = '';
    child.stderr.on('data', (d: Buffer) => { err += d.toString(); });
    child.on('close', () => {
      const refs = /I\s+refs:\s+([\d,]+)/.exec(err);
      if (refs) resolve(Number(refs[1]!.replace(/,/g, '')));
      else reject(new Error(`valgrind gave no count for ${mode}: ${err.slice(-300)}`));
    });
  });
}

/** Instructions of one warm run of each mode (both counts of a mode taken side by side, one per core). */
export async function instructionsPerRun(root: string, program: string): Promise<{ plain: number; rewind: number }> {
  const perRun = async (mode: string) => {
    const [few, more] = await Promise.all([count(root, program, mode, FEW), count(root, program, mode, MORE)]);
    return (more - few) / (MORE - FEW);
  };
  const plain = await perRun('plain');
  const rewind = await perRun('rewind');
  return { plain, rewind };
}
