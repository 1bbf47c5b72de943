/**
 * PID allocation as the kernel does it: each namespace hands out the next number after the
 * last one used, from 1; past pid_max it wraps to 300 (RESERVED_PIDS: alloc_pid starts the
 * cyclic search there once the cursor has passed it). A container's PID 1 is an ordinary PID
 * in the kernel's root namespace.
 */

/** pid_max on a 64-bit systemd host (/proc/sys/kernel/pid_max = 4194304). */
export const DEFAULT_PID_MAX = 4_194_304;
export const RESERVED_PIDS = 300;

/**
 * `n` new PIDs after `lastPid` (the namespace's counter; 0 when nothing ran yet). Pure: returns
 * the new counter. Simplification: after a wrap, PIDs still in use are not skipped.
 */
export function allocatePids(lastPid: number, n: number, pidMax: number = DEFAULT_PID_MAX): { pids: number[]; lastPid: number } {
  const pids: number[] = [];
  let pid = lastPid;
  for (let i = 0; i < n; i++) {
    pid = pid + 1 >= pidMax ? RESERVED_PIDS : pid + 1; // PIDs are < pid_max
    pids.push(pid);
  }
  return { pids, lastPid: pid };
}

/** TASK_COMM_LEN - 1: the kernel keeps a thread's name in 16 bytes with the NUL. */
export const COMM_MAX = 15;

/** The main thread's name: the program's base name, as the kernel keeps it (15 characters). */
export function commOf(command: string): string {
  const word = command.replace(/^[[@]/, '').split(/[\s\]]/)[0]!.replace(/:$/, '');
  return word.slice(word.lastIndexOf('/') + 1).slice(0, COMM_MAX);
}
