import * as z from "zod/mini";

/** A selected project and how it was paid for. Money in the currency's units. */
export const BudgetWinner = z.object({
  id: z.string(),
  cost: z.number(),
  votes: z.number(),
  /** Which step chose it: the rule itself, or the greedy completion after Equal Shares. */
  step: z.enum(["greedy", "equal-shares", "greedy-completion", "phragmen"]),
  /** Equal Shares: what each supporter who could afford it paid (the others paid all they had left). */
  pricePerSupporter: z.optional(z.number()),
  supportersPayingInFull: z.optional(z.number()),
  supportersPayingAllTheyHad: z.optional(z.number()),
  /** Phragmén: the load each supporter carries after buying it. */
  load: z.optional(z.number()),
  /** Budget left after it was bought (greedy, completion and Phragmén). */
  budgetLeft: z.optional(z.number()),
});
export type BudgetWinner = z.infer<typeof BudgetWinner>;

/** Why a project was not selected: a code for machines and a sentence for people. */
export const BudgetRejection = z.object({
  id: z.string(),
  cost: z.number(),
  votes: z.number(),
  reason: z.enum([
    "no-supporters",
    "supporters-cannot-afford",
    "does-not-fit",
    "over-budget",
    "phragmen-stopped",
  ]),
  message: z.string(),
});
export type BudgetRejection = z.infer<typeof BudgetRejection>;

/** What a rule selected, in selection order, and why: plain, JSON-serialisable data. */
export const BudgetOutcome = z.object({
  rule: z.enum(["greedy", "equalShares", "sequentialPhragmen"]),
  selected: z.array(z.string()),
  budget: z.number(),
  totalCost: z.number(),
  /** Equal Shares: each voter's budget in the run whose outcome was kept (raised by Add1). */
  perVoterBudget: z.optional(z.number()),
  winners: z.array(BudgetWinner),
  rejected: z.array(BudgetRejection),
  /** Equal Shares with the comparison step: which outcome was kept, and how many voters preferred each. */
  comparison: z.optional(
    z.object({
      kept: z.enum(["equal-shares", "greedy"]),
      preferEqualShares: z.number(),
      preferGreedy: z.number(),
    }),
  ),
});
export type BudgetOutcome = z.infer<typeof BudgetOutcome>;

/** `1234567.5` → `1 234 567,5 PLN` (Polish digit grouping, as the message is read in Poland). */
export function formatMoney(amount: number, currency = "PLN"): string {
  const text = new Intl.NumberFormat("pl-PL", { maximumFractionDigits: 2, useGrouping: true }).format(amount);
  return `${text.replace(/\s/g, " ")} ${currency}`;
}
