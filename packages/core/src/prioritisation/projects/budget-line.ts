/**
 * Where the budget runs out going down a ranking: the projects, best first, that it pays for before
 * the first one that no longer fits (a line drawn across the ranking, not a knapsack), and what they cost.
 *
 * @example
 * budgetLine([{ projectId: "a", cost: 60 }, { projectId: "b", cost: 50 }, { projectId: "c", cost: 10 }], 100);
 * // { fits: ["a"], spent: 60 }: b is where the line falls, so c stays below it
 */
export function budgetLine(
  ranked: readonly { projectId: string; cost: number }[],
  budget: number,
): { fits: string[]; spent: number } {
  const fits: string[] = [];
  let spent = 0;
  for (const { projectId, cost } of ranked) {
    if (spent + cost > budget) break;
    fits.push(projectId);
    spent += cost;
  }
  return { fits, spent };
}
