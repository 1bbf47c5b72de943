/**
 * The host kernel's choice of OOM victim (mm/oom_kill.c, oom_badness): points are the pages
 * a task holds (RSS + swap entries + page tables), plus oom_score_adj × totalpages / 1000.
 * oom_score_adj = -1000 makes a task unkillable. Arithmetic in whole pages, as the kernel.
 */

export const PAGE_SIZE = 4096;
export const OOM_SCORE_ADJ_MIN = -1000;
export const OOM_SCORE_ADJ_MAX = 1000;

export interface OomCandidate {
  name: string;
  rssBytes: number;
  swapBytes?: number;
  /** Page-table bytes; default rssBytes / 512 (one 8-byte entry per 4 KiB page). */
  pageTableBytes?: number;
  /** -1000..1000; Docker sets 0 for containers unless `--oom-score-adj`. */
  oomScoreAdj: number;
}

/** oom_badness in pages, or null when the task may not be killed. */
export function oomBadness(candidate: OomCandidate, totalPages: number): number | null {
  if (candidate.oomScoreAdj <= OOM_SCORE_ADJ_MIN) return null;
  const rss = Math.floor(candidate.rssBytes / PAGE_SIZE);
  const swap = Math.floor((candidate.swapBytes ?? 0) / PAGE_SIZE);
  const pageTables = Math.floor((candidate.pageTableBytes ?? candidate.rssBytes / 512) / PAGE_SIZE);
  // Integer division first, as `adj *= totalpages / 1000` does in C.
  const adj = candidate.oomScoreAdj * Math.floor(totalPages / 1000);
  return rss + swap + pageTables + adj;
}

/**
 * The task the kernel kills: the highest badness. `totalMemoryBytes` is RAM plus swap (the
 * kernel's totalpages). Ties go to the first name in sort order (the kernel takes whichever
 * its task list reaches last; names make the choice reproducible). null: nobody killable.
 */
export function pickOomVictim(candidates: readonly OomCandidate[], totalMemoryBytes: number): { name: string; points: number } | null {
  const totalPages = Math.floor(totalMemoryBytes / PAGE_SIZE);
  let best: { name: string; points: number } | null = null;
  for (const c of candidates) {
    const points = oomBadness(c, totalPages);
    if (points === null) continue;
    if (!best || points > best.points || (points === best.points && c.name < best.name)) best = { name: c.name, points };
  }
  return best;
}
