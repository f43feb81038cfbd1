import {
  choiceIds,
  ForbiddenError,
  isStoreError,
  type Member,
  type Question,
  questionsOf,
  type Survey,
  type SurveyResults,
  surveyMembers,
  surveyResults,
} from "@cwd/core";
import { css, html, nothing, type TemplateResult } from "lit";
import { property, state } from "lit/decorators.js";
import { CwdElement } from "../internal/cwd-element.js";
import { localised } from "../internal/i18n.js";
import type { Lang } from "../internal/lang.js";
import { initial, Loader } from "../internal/load.js";
import { shareBars } from "./chart.js";
import { resultsCsv } from "./results-csv.js";
import { type ResultsMessages, resultsMessages } from "./survey-results.messages.js";

const isCrossable = (q: Question) =>
  q.type === "single_choice" || q.type === "multiple_choice" || q.type === "member";

/**
 * @tag cwd-survey-results
 * @summary A survey's results for residents: a chart and an accessible table per question, weighted or
 * not, filtered to one member's or one audience's respondents (any choice or member question), a
 * crosstab by any choice question, small figures hidden, and a CSV download.
 *
 * @csspart chart - A question's bar chart (hidden from screen readers; the table says the same).
 * @csspart notice - Says the results are not public yet (an open survey's, before they are published).
 * @csspart table - A question's table of figures.
 *
 * @example
 * <cwd-survey-results partnership="ziemia-wysokomazowiecka" survey="ankieta-mieszkancow"
 *   src="https://cwd.example.pl/api/partnerships/ziemia-wysokomazowiecka/surveys/ankieta-mieszkancow/results">
 * </cwd-survey-results>
 */
export class CwdSurveyResults extends CwdElement {
  static override styles = [
    CwdElement.styles,
    css`
      .chart rect {
        fill: var(--cwd-color-accent, #0b57d0);
      }
      table {
        border-collapse: collapse;
        width: 100%;
      }
      th,
      td {
        border-bottom: 1px solid var(--cwd-color-border, currentColor);
        padding: 0.25rem 0.5rem;
        text-align: start;
      }
      td {
        text-align: end;
      }
      select {
        max-width: 100%;
      }
      .base {
        container-type: inline-size;
      }
      /* Reflow (WCAG 1.4.10): on a narrow screen each answer's name gets a line of its own above
         its figures, so the table needs no horizontal scrolling. */
      /* A crosstab has a column per answer: named by its caption, it scrolls inside its own box
         and takes the keyboard focus as a scroll container. */
      table.crosstab {
        display: block;
        max-width: 100%;
        overflow-x: auto;
      }
      @container (max-width: 30rem) {
        table:not(.crosstab) tr {
          display: grid;
          grid-template-columns: repeat(3, minmax(0, 1fr));
          border-bottom: 1px solid var(--cwd-color-border, currentColor);
        }
        table:not(.crosstab) tr:has(> :nth-child(5)) {
          grid-template-columns: repeat(4, minmax(0, 1fr));
        }
        table:not(.crosstab) tr > :first-child {
          grid-column: 1 / -1;
        }
        table:not(.crosstab) :is(th, td) {
          border-bottom: none;
        }
      }
    `,
  ];

  /** Id of the partnership the survey belongs to. */
  @property() partnership = "";

  /** Id of the survey. */
  @property() survey = "";

  /** The results route of the API; without it, results are computed from the store's responses. */
  @property() src = "";

  /** The smallest crosstab cell shown (the API never shows fewer than 5 to the public). */
  @property({ type: Number }) k = 5;

  @state() private weighted = true;
  @state() private by = "";
  /** `question=option`: only respondents who chose it (ids cannot hold "="); "" for everyone. */
  @state() private where = "";

  private readonly surveyLoader = new Loader(this, {
    args: () => [this.stores.store, this.partnership, this.survey] as const,
    task: async ([store, partnershipId, id]) => {
      if (!store) return initial;
      const survey = await store.get("surveys", { partnershipId, id });
      const partnership = await store.get("partnerships", { partnershipId, id: partnershipId });
      return { survey, members: surveyMembers(partnership) };
    },
  });

  private readonly resultsLoader = new Loader(this, {
    args: () =>
      [this.stores.store, this.partnership, this.survey, this.src, this.by, this.k, this.where] as const,
    task: async ([store, partnershipId, id, src, by, k, where], { signal }): Promise<SurveyResults> => {
      const [question = "", option = ""] = where.split("=");
      const options = { by: by || undefined, k, where: where ? { question, option } : undefined };
      if (src) {
        const url = new URL(src, document.baseURI);
        if (by) url.searchParams.set("by", by);
        if (where) {
          url.searchParams.set("where", question);
          url.searchParams.set("equals", option);
        }
        url.searchParams.set("k", String(k));
        const res = await fetch(url, { signal });
        // The API keeps an open survey's results from the public until it closes or publishes them.
        if (res.status === 401 || res.status === 403)
          throw new ForbiddenError(`the results API answered ${res.status}`);
        if (!res.ok) throw new Error(`the results API answered ${res.status}`);
        return (await res.json()) as SurveyResults;
      }
      if (!store) throw new Error("no store");
      return surveyResults(store, partnershipId, id, options);
    },
  });

  override render(): TemplateResult {
    const lang = this.language;
    const m = resultsMessages[lang];
    const loaded = this.surveyLoader.value;
    const results = this.resultsLoader.value;
    const failed = this.surveyLoader.status === "error" || this.resultsLoader.status === "error";
    const { status, error } = this.resultsLoader;
    const notPublic = status === "error" && isStoreError(error) && error.code === "forbidden";
    const loading = !failed && (!loaded || !results || this.resultsLoader.status === "pending");
    return html`<div part="base" class="base" lang=${lang} aria-busy=${loading ? "true" : "false"}>
        ${
          notPublic
            ? html`<p part="notice">${m.notPublic}</p>`
            : failed
              ? html`<p role="alert" part="error">${m.loadFailed}</p>`
              : loaded && results
                ? this.renderResults(loaded.survey, loaded.members, results, lang, m)
                : html`<p>${m.loadingResults}</p>`
        }
      </div>
      ${this.announcer.region(lang, loading ? m.loadingResults : undefined)}`;
  }

  private renderResults(
    survey: Survey,
    members: Member[],
    results: SurveyResults,
    lang: Lang,
    m: ResultsMessages,
  ): TemplateResult {
    const questions = questionsOf(survey);
    const weighted = this.weighted && results.weighting !== undefined;
    const csv = URL.createObjectURL(
      new Blob([resultsCsv(survey, results)], { type: "text/csv;charset=utf-8" }),
    );
    return html`<h2 part="title">${localised(survey.title, lang)}</h2>
      <p>${m.audience(survey.audience)} · ${m.respondents(results.respondents)}</p>
      <div class="controls">
        <label
          >${m.filter}
          <select
            name="where"
            @change=${(e: Event) => {
              this.where = (e.target as HTMLSelectElement).value;
            }}
          >
            <option value="" ?selected=${this.where === ""}>${m.everyone}</option>
            ${questions.filter(isCrossable).map((q) => {
              const label = optionLabeller(q, members, lang);
              const ids = q.type === "member" ? members.map((member) => member.id) : choiceIds(q as never);
              return html`<optgroup label=${localised(q.text, lang)}>
                ${ids.map(
                  (id) =>
                    html`<option value="${q.id}=${id}" ?selected=${this.where === `${q.id}=${id}`}>${label(id)}</option>`,
                )}
              </optgroup>`;
            })}
          </select></label
        >
        ${
          results.weighting
            ? html`<label
                  ><input
                    type="checkbox"
                    .checked=${this.weighted}
                    @change=${(e: Event) => {
                      this.weighted = (e.target as HTMLInputElement).checked;
                    }}
                  />
                  ${m.weighted}</label
                >
                <p class="hint">${m.kish(results.weighting.kishEffectiveN)}</p>`
            : nothing
        }
        <label
          >${m.by}
          <select
            name="by"
            @change=${(e: Event) => {
              this.by = (e.target as HTMLSelectElement).value;
            }}
          >
            <option value="" ?selected=${this.by === ""}>${m.none}</option>
            ${questions
              .filter(isCrossable)
              .map(
                (q) =>
                  html`<option value=${q.id} ?selected=${this.by === q.id}>${localised(q.text, lang)}</option>`,
              )}
          </select></label
        >
        <a part="button" href=${csv} download="${survey.id}-wyniki.csv">${m.downloadCsv}</a>
      </div>
      ${results.where ? html`<p class="hint">${m.suppressionNote(results.where.k)}</p>` : nothing}
      ${questions.map((question) => this.renderQuestion(question, members, results, weighted, lang, m))}`;
  }

  private renderQuestion(
    question: Question,
    members: Member[],
    results: SurveyResults,
    weighted: boolean,
    lang: Lang,
    m: ResultsMessages,
  ): TemplateResult | typeof nothing {
    const result = results.questions[question.id];
    if (!result || question.type === "text") return nothing;
    const label = optionLabeller(question, members, lang);
    const options = Object.entries(result.options ?? {});
    const crosstab = results.crosstabs?.[question.id];
    return html`<section>
      <h3>${localised(question.text, lang)}</h3>
      <p class="hint">${m.answered(result.answered)}</p>
      ${
        options.length > 0
          ? html`${shareBars(options.map(([id, o]) => ({ label: label(id), share: weighted ? (o.weightedShare ?? null) : o.share })))}
            <table part="table">
              <thead>
                <tr>
                  <th scope="col">${m.option}</th>
                  <th scope="col">${m.count}</th>
                  <th scope="col">${m.share}</th>
                  <th scope="col">${m.interval}</th>
                  ${weighted ? html`<th scope="col">${m.weightedShare}</th>` : nothing}
                </tr>
              </thead>
              <tbody>
                ${options.map(
                  ([id, o]) => html`<tr>
                    <th scope="row">${label(id)}</th>
                    <td>${o.count ?? m.suppressed(results.where?.k ?? this.k)}</td>
                    <td>${m.percent(o.share)}</td>
                    <td>${o.wilson95 ? `${m.percent(o.wilson95[0])} – ${m.percent(o.wilson95[1])}` : "–"}</td>
                    ${weighted ? html`<td>${m.percent(o.weightedShare)}</td>` : nothing}
                  </tr>`,
                )}
              </tbody>
            </table>`
          : nothing
      }
      ${result.mean !== undefined ? html`<p>${m.means(result.mean, result.median, result.sd)}</p>` : nothing}
      ${weighted && result.weightedMean !== undefined ? html`<p>${m.weightedMean(result.weightedMean)}</p>` : nothing}
      ${crosstab && results.by ? this.renderCrosstab(question, crosstab, results.by, members, lang, m) : nothing}
    </section>`;
  }

  private renderCrosstab(
    question: Question,
    crosstab: Record<string, Record<string, number | null>>,
    by: { question: string; k: number },
    members: Member[],
    lang: Lang,
    m: ResultsMessages,
  ): TemplateResult {
    const byQuestion =
      this.surveyLoader.value?.survey &&
      questionsOf(this.surveyLoader.value.survey).find((q) => q.id === by.question);
    const groupLabel = byQuestion ? optionLabeller(byQuestion, members, lang) : (id: string) => id;
    const label = optionLabeller(question, members, lang);
    const groups = Object.keys(crosstab);
    const options = Object.keys(crosstab[groups[0] ?? ""] ?? {});
    return html`<table part="table" class="crosstab" tabindex="0">
        <caption>${byQuestion ? localised(byQuestion.text, lang) : by.question}</caption>
        <thead>
          <tr>
            <td></td>
            ${options.map((o) => html`<th scope="col">${label(o)}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${groups.map(
            (group) => html`<tr>
              <th scope="row">${groupLabel(group)}</th>
              ${options.map((o) => {
                const value = crosstab[group]?.[o];
                return html`<td>${value === null || value === undefined ? m.suppressed(by.k) : value}</td>`;
              })}
            </tr>`,
          )}
        </tbody>
      </table>
      <p class="hint">${m.suppressionNote(by.k)}</p>`;
  }
}

/** The label of an option id in a question: its own label, "other"/"none" labels, or a member's name. */
function optionLabeller(question: Question, members: Member[], lang: Lang): (id: string) => string {
  return (id) => {
    if (question.type === "member") return members.find((member) => member.id === id)?.name ?? id;
    if (!("options" in question)) return id;
    const option = question.options.find((o) => o.id === id);
    if (option) return localised(option.label, lang);
    if (id === "other" && "other" in question && question.other) return localised(question.other, lang);
    if (id === "none" && "none" in question && question.none) return localised(question.none, lang);
    return id;
  };
}

declare global {
  interface HTMLElementTagNameMap {
    "cwd-survey-results": CwdSurveyResults;
  }
}
