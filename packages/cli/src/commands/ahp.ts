import { readFile } from "node:fs/promises";
import {
  type AhpMethod,
  ahpWeights,
  consistencyThreshold,
  describeJudgement,
  PairwiseComparisons,
  parse,
} from "@cwd/core";
import { Command, Option } from "commander";

/**
 * `cwd ahp FILE.json`: AHP weights, λmax, CI and CR (Saaty's 1980 random index) of a pairwise comparison
 * matrix `{ "criteria": [names], "matrix": [[…]] }`; `--json` for machines.
 */
export function ahpCommand(): Command {
  return new Command("ahp")
    .description(
      'AHP weights, λmax, CI and CR (Saaty 1980 random index) from a file { "criteria": [names], "matrix": [[…]] }; judgements may be numbers or "1/3".',
    )
    .argument("<file>", "the pairwise comparisons, JSON")
    .addOption(
      new Option("--method <method>", "how weights are derived")
        .choices(["eigenvector", "geometric-mean"])
        .default("eigenvector"),
    )
    .option("--json", "print JSON for machines")
    .action(async (file: string, flags: { method: AhpMethod; json?: boolean }) => {
      const { criteria, matrix } = parse(PairwiseComparisons, JSON.parse(await readFile(file, "utf8")));
      const result = ahpWeights(matrix, { method: flags.method });
      const worst = result.mostInconsistent;
      if (flags.json) {
        const report = {
          weights: Object.fromEntries(criteria.map((name, i) => [name, result.weights[i]])),
          lambdaMax: result.lambdaMax,
          ci: result.ci,
          cr: result.cr,
          consistent: result.consistent,
          ...(worst && {
            mostInconsistent: {
              row: criteria[worst.row],
              column: criteria[worst.column],
              judgement: worst.judgement,
              implied: worst.implied,
            },
          }),
        };
        process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
        return;
      }
      const width = Math.max(...criteria.map((name) => name.length));
      const lines = [
        `Weights (${flags.method}):`,
        ...criteria.map((name, i) => `  ${`${name}:`.padEnd(width + 1)} ${result.weights[i]!.toFixed(4)}`),
        `λmax: ${result.lambdaMax.toFixed(4)}`,
        `CI: ${result.ci.toFixed(4)}`,
        `CR: ${result.cr.toFixed(4)} (Saaty 1980 random index)`,
      ];
      if (worst)
        lines.push(
          `CR above ${consistencyThreshold}: revisit the judgements. Most inconsistent: ${criteria[worst.row]} vs ${criteria[worst.column]}, judged ${describeJudgement(worst.judgement)}, while the weights imply ${worst.implied.toFixed(2)}.`,
        );
      console.log(lines.join("\n"));
    });
}
