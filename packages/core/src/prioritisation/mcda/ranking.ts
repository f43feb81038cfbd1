/** A project's score under some method, higher is better. */
export interface ProjectScore {
  projectId: string;
  score: number;
}

/** Scores this close (relative to their size) count as a tie: float noise must not decide a rank. */
const tieTolerance = 1e-9;

/** Whether two scores are equal up to float noise. */
export function isTie(a: number, b: number): boolean {
  return Math.abs(a - b) <= tieTolerance * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * Ranks projects by score, best first. Ties (equal up to 1e-9, relative) share the better rank and
 * the next rank is skipped ("1, 2, 2, 4", standard competition ranking); tied projects keep their
 * input order.
 *
 * @example
 * rankProjects([{ projectId: "a", score: 0.2 }, { projectId: "b", score: 0.9 }, { projectId: "c", score: 0.2 }]);
 * // [{ projectId: "b", score: 0.9, rank: 1 }, { projectId: "a", …, rank: 2 }, { projectId: "c", …, rank: 2 }]
 */
export function rankProjects<T extends ProjectScore>(scores: readonly T[]): (T & { rank: number })[] {
  const sorted = scores
    .map((score, index) => ({ score, index }))
    .sort((a, b) =>
      isTie(a.score.score, b.score.score) ? a.index - b.index : b.score.score - a.score.score,
    );
  const ranked: (T & { rank: number })[] = [];
  sorted.forEach(({ score }, position) => {
    const previous = ranked[position - 1];
    const rank = previous && isTie(previous.score, score.score) ? previous.rank : position + 1;
    ranked.push({ ...score, rank });
  });
  return ranked;
}

/**
 * The ids of the projects ranked k-th or better (more than k when a tie straddles the cut), sorted.
 *
 * @example
 * topK(rankProjects(scores), 3); // ["p2", "p5", "p7"]
 */
export function topK(ranked: readonly { projectId: string; rank: number }[], k: number): string[] {
  return ranked
    .filter((project) => project.rank <= k)
    .map((project) => project.projectId)
    .sort();
}
