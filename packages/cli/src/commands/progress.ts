import {
  exportPartnership,
  type GoalProgress,
  goalNumbers,
  type IndicatorProgress,
  rollUpProgress,
  type Store,
} from "@cwd/core";
import { Command } from "commander";
import { type ConfigFlags, readConfig } from "../config.js";
import { openStorage } from "../storage.js";

const storageHelp =
  "Storage: PostgreSQL when DATABASE_URL is set, else PGlite in --data-dir (CWD_DATA_DIR, default .cwd-data), as `cwd serve` uses.";

/** Runs `work` on the storage `cwd serve` opens, closing it afterwards. */
export async function withStorage<T>(flags: ConfigFlags, work: (store: Store) => Promise<T>): Promise<T> {
  const { store } = await openStorage(readConfig(flags));
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

const statusLabel: Record<IndicatorProgress["status"], string> = {
  on_track: "on track",
  at_risk: "at risk",
  off_track: "off track",
  no_data: "no data",
};

function percent(share: number | null): string {
  return share === null ? "–" : `${Math.round(share * 1000) / 10}%`;
}

export function progressCommand(): Command {
  return new Command("progress")
    .argument("<partnershipId>")
    .description(`Progress of each goal and indicator of a partnership's strategy. ${storageHelp}`)
    .option("--data-dir <dir>", "PGlite data folder")
    .option("--json", "print JSON: { goals: { <id>: {…} }, indicators: { <id>: {…} } }")
    .action(async (partnershipId: string, flags: ConfigFlags & { json?: boolean }) => {
      const document = await withStorage(flags, (store) => exportPartnership(store, partnershipId));
      const goals = document.goals ?? [];
      const indicators = document.indicators ?? [];
      const progress = rollUpProgress(goals, indicators);
      const numbers = goalNumbers(goals);
      if (flags.json) {
        const json = {
          goals: Object.fromEntries(
            goals.map((goal) => [
              goal.id,
              {
                number: numbers.get(goal.id),
                level: goal.level,
                ...(progress.goals.get(goal.id) as GoalProgress),
              },
            ]),
          ),
          indicators: Object.fromEntries(
            indicators.map((indicator) => [
              indicator.id,
              { goalId: indicator.goalId, ...(progress.indicators.get(indicator.id) as IndicatorProgress) },
            ]),
          ),
        };
        process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
        return;
      }
      const lines: string[] = [];
      const visit = (parentId: string | undefined, depth: number) => {
        for (const goal of goals
          .filter((g) => g.parentId === parentId)
          .sort((a, b) =>
            (numbers.get(a.id) ?? "").localeCompare(numbers.get(b.id) ?? "", "en", { numeric: true }),
          )) {
          const p = progress.goals.get(goal.id) as GoalProgress;
          const leftOut = p.leftOut > 0 ? ` (${p.leftOut} without data left out)` : "";
          const label = [numbers.get(goal.id), goal.title.pl].filter(Boolean).join(" ");
          lines.push(
            `${"  ".repeat(depth)}${label}: ${percent(p.progress)}, ${statusLabel[p.status]}${leftOut}`,
          );
          for (const indicator of indicators.filter((i) => i.goalId === goal.id)) {
            const q = progress.indicators.get(indicator.id) as IndicatorProgress;
            const latest = q.latest
              ? ` (${q.latest.value} ${indicator.unit} in ${q.latest.year}, expected ${percent(q.expected)})`
              : "";
            lines.push(
              `${"  ".repeat(depth + 1)}- ${indicator.name.pl}: ${percent(q.progress)}, ${statusLabel[q.status]}${latest}`,
            );
          }
          visit(goal.id, depth + 1);
        }
      };
      visit(undefined, 0);
      console.log(lines.length > 0 ? lines.join("\n") : `${partnershipId} has no goals yet.`);
    });
}
