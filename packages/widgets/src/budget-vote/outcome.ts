import type { BudgetOutcome, BudgetRound } from "@cwd/core";
import { html, nothing, type TemplateResult } from "lit";
import type { Lang } from "../internal/lang.js";
import type { BudgetVoteMessages } from "./budget-vote.messages.js";
import { money } from "./money.js";

/** The outcome uses the currency's unit; the element shows money from grosze. */
const grosze = (amount: number) => Math.round(amount * 100);

/** The results view: what the rule selected in order, how each winner was paid for, and why the others were not. */
export function renderOutcome(
  lang: Lang,
  m: BudgetVoteMessages,
  round: BudgetRound,
  titles: ReadonlyMap<string, string>,
  { ballots, result }: { ballots: number; result: BudgetOutcome },
): TemplateResult {
  const pln = (amount: number) => money(lang, grosze(amount), round.currency);
  const title = (id: string) => titles.get(id) ?? id;
  return html`<section class="results" aria-labelledby="results-title">
    <h3 id="results-title">${m.resultsTitle}</h3>
    <p>${m.ballotsCast(ballots)} ${m.ruleUsed(m.ruleName[result.rule])}</p>
    ${
      ballots === 0
        ? html`<p>${m.noBallots}</p>`
        : html`<p>${m.spent(pln(result.totalCost), pln(result.budget))}</p>
          ${result.comparison ? html`<p>${m.compared(result.comparison)}</p>` : nothing}
          <h4>${m.selected}</h4>
          <ol>
            ${result.winners.map(
              (w) => html`<li>
                <strong>${title(w.id)}</strong> – ${pln(w.cost)}, ${m.votes(w.votes)}${
                  w.pricePerSupporter === undefined || !w.supportersPayingInFull
                    ? nothing
                    : html`; ${m.paidBy(pln(w.pricePerSupporter), w.supportersPayingInFull)}`
                }
              </li>`,
            )}
          </ol>
          ${
            result.rejected.length === 0
              ? nothing
              : html`<h4>${m.notSelected}</h4>
                <ul>
                  ${result.rejected.map(
                    (r) =>
                      html`<li><strong>${title(r.id)}</strong> – ${pln(r.cost)}, ${m.votes(r.votes)}: ${m.because(r.reason)}</li>`,
                  )}
                </ul>`
          }`
    }
  </section>`;
}
