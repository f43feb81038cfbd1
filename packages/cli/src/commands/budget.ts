import { readFile } from "node:fs/promises";
import {
  Add1Exhaustive,
  Add1Start,
  type BudgetElection,
  type BudgetOutcome,
  EqualSharesComparison,
  EqualSharesCompletion,
  electionFromPabulib,
  equalShares,
  greedy,
  parsePabulib,
  sequentialPhragmen,
  TieBreaking,
} from "@cwd/core";
import { Command, Option } from "commander";

const rules = ["greedy", "mes", "phragmen"] as const;

interface BudgetFlags {
  rule: (typeof rules)[number];
  satisfaction: "cost" | "approval";
  completion: EqualSharesCompletion;
  tieBreak: TieBreaking;
  add1Start: Add1Start;
  add1Exhaustive: Add1Exhaustive;
  comparison: EqualSharesComparison;
  json?: boolean;
}

/**
 * `cwd budget FILE.pb --rule greedy|mes|phragmen …`: a participatory-budgeting rule on a Pabulib file.
 * Prints the selected project ids in selection order, or `{ selected, explanation }` with `--json`.
 */
export function budgetCommand(): Command {
  return new Command("budget")
    .description(
      "Run a participatory-budgeting rule on a Pabulib .pb file and print the selected project ids.",
    )
    .argument("<file>", "a Pabulib .pb file")
    .addOption(
      new Option("--rule <rule>", "greedy (by votes), mes (Equal Shares) or phragmen")
        .choices(rules)
        .makeOptionMandatory(),
    )
    .addOption(
      new Option("--satisfaction <kind>", "Equal Shares: cost or approval")
        .choices(["cost", "approval"])
        .default("cost"),
    )
    .addOption(
      new Option("--completion <kind>", "Equal Shares: how to spend what is left")
        .choices(EqualSharesCompletion.options)
        .default("none"),
    )
    .addOption(
      new Option("--tie-break <order>", "id (as pabutools) or cost-votes (as equalshares.net)")
        .choices(TieBreaking.options)
        .default("id"),
    )
    .addOption(
      new Option("--add1-start <start>", "Add1: exact B/n (as pabutools) or integral floor(B/n) per voter")
        .choices(Add1Start.options)
        .default("exact"),
    )
    .addOption(
      new Option("--add1-exhaustive <over>", "add1: exhaustive over approved projects (pabutools) or all")
        .choices(Add1Exhaustive.options)
        .default("approved"),
    )
    .addOption(
      new Option("--comparison <kind>", "Equal Shares: popularity keeps greedy's outcome if more prefer it")
        .choices(EqualSharesComparison.options)
        .default("none"),
    )
    .option("--json", "print { selected, explanation } as JSON")
    .action(async (file: string, flags: BudgetFlags, command: Command) => {
      let election: BudgetElection;
      try {
        election = electionFromPabulib(parsePabulib(await readFile(file, "utf8")));
      } catch (error) {
        // One line, naming the file and (for a bad .pb) the first problem's line and column.
        command.error(`cwd budget: ${file}: ${error instanceof Error ? error.message : String(error)}`);
      }
      const outcome = run(election, flags);
      if (flags.json) {
        const { selected, ...explanation } = outcome;
        process.stdout.write(`${JSON.stringify({ selected, explanation }, null, 2)}\n`);
      } else if (outcome.selected.length > 0) process.stdout.write(`${outcome.selected.join("\n")}\n`);
    });
}

function run(election: BudgetElection, flags: BudgetFlags): BudgetOutcome {
  if (flags.rule === "greedy") return greedy(election, { tieBreaking: flags.tieBreak });
  if (flags.rule === "phragmen") return sequentialPhragmen(election, { tieBreaking: flags.tieBreak });
  return equalShares(election, {
    satisfaction: flags.satisfaction,
    completion: flags.completion,
    tieBreaking: flags.tieBreak,
    add1Start: flags.add1Start,
    add1Exhaustive: flags.add1Exhaustive,
    comparison: flags.comparison,
  });
}
