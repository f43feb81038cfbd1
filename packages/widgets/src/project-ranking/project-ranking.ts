import {
  type AhpResult,
  ahpWeights,
  budgetLine,
  isStoreError,
  rankProjects,
  scoreProjects,
  type TopKProbability,
  topKProbabilities,
  withWeights,
} from "@cwd/core";
import { html, nothing, type TemplateResult } from "lit";
import { property, state } from "lit/decorators.js";
import { money } from "../budget-vote/money.js";
import { CwdElement } from "../internal/cwd-element.js";
import { localised } from "../internal/i18n.js";
import type { Lang } from "../internal/lang.js";
import { initial, Loader } from "../internal/load.js";
import { rankingCsv } from "./csv.js";
import { type ProjectRankingMessages, projectRankingMessages } from "./project-ranking.messages.js";
import { projectRankingStyles } from "./project-ranking.styles.js";
import { loadRanking, type RankingData } from "./ranking-data.js";
import { scoreBar } from "./score-bar.js";

export type RankingMethod = "weighted-sum" | "ahp" | "topsis";

/** Runs per re-rank: enough for a stable percentage, few enough to follow a slider live. */
const sensitivitySamples = 300;

/**
 * @tag cwd-project-ranking
 * @summary A ranking of a partnership's projects on weighted criteria (weighted sum, AHP or TOPSIS).
 *
 * Weight sliders re-rank live; a budget line shows which projects the budget covers going down the
 * ranking; each project's badge says how often it stays in the top under ±20 % random weights; the
 * table downloads as CSV. Data comes from an assessment round in the store (`round`; reading
 * assessments needs a token that may read raw submissions), or is set as the `data` property, or
 * written as JSON in a `<script type="application/json">` inside the element.
 *
 * @csspart base - The wrapper of everything the element shows.
 * @csspart table - The ranking table.
 * @csspart badge - A project's stability badge.
 * @csspart button - The retry button and the CSV link.
 *
 * @cssproperty --cwd-color-accent - Score bars, ticks and focus rings. Default #0b57d0.
 * @cssproperty --cwd-project-ranking-gap - Space between the parts. Default: --cwd-space.
 *
 * @slot - A `<script type="application/json">` with the ranking data (criteria, projects), if not loaded.
 *
 * @example
 * <cwd-project-ranking api="https://cwd.example.pl/api" partnership="ziemia-wysokomazowiecka"
 *   round="ocena-2026" budget="500000000"></cwd-project-ranking>
 */
export class CwdProjectRanking extends CwdElement {
  static override styles = projectRankingStyles;

  /** Id of the partnership. */
  @property() partnership = "";

  /** Id of the assessment round (a `rounds` document of type `assessment`) to load from the store. */
  @property() round = "";

  /** The criteria and the projects' scores, instead of loading a round. */
  @property({ attribute: false }) data?: RankingData;

  /** The money available, in grosze: draws the budget line. */
  @property({ type: Number }) budget?: number;

  @property() currency = "PLN";

  /** How many projects count as "the top" for the stability badges when there is no budget line. */
  @property({ type: Number }) top = 3;

  /** The scoring method. AHP needs pairwise comparisons of the criteria in the data. */
  @property({ reflect: true }) method: RankingMethod = "weighted-sum";

  override connectedCallback(): void {
    super.connectedCallback();
    // A page without scripts of its own (a CMS, a strict CSP) gives the data as JSON inside the element.
    const json = this.querySelector('script[type="application/json"]')?.textContent;
    if (!this.data && json) this.data = JSON.parse(json) as RankingData;
  }

  /** The weights as the sliders hold them (relative, 0–100); reset whenever new data arrives. */
  @state() private weights: number[] = [];

  private readonly loader = new Loader(this, {
    args: () => [this.stores.store, this.partnership, this.round, this.data] as const,
    task: ([store, partnershipId, round, data]) => {
      if (data) return data;
      return store && round ? loadRanking(store, partnershipId, round) : initial;
    },
    onComplete: (data) => {
      const total = data.criteria.reduce((sum, c) => sum + c.weight, 0);
      this.weights = data.criteria.map((c) => Math.round((100 * c.weight) / total));
    },
  });

  private setWeight(index: number, value: number, first: () => string): void {
    this.weights = this.weights.map((weight, i) => (i === index ? value : weight));
    const m = projectRankingMessages[this.language];
    this.updateComplete.then(() => this.announcer.announce(m.reranked(first()), { debounce: true }));
  }

  /** The ranking under the current method and weights, with the budget line and stability badges. */
  private compute(data: RankingData) {
    let ahp: AhpResult | undefined;
    let weights = this.weights.some((w) => w > 0) ? this.weights : this.weights.map(() => 1);
    if (this.method === "ahp" && data.pairwise) {
      ahp = ahpWeights(data.pairwise);
      weights = ahp.weights;
    }
    const criteria = withWeights(data.criteria, weights);
    const scoring = this.method === "topsis" ? "topsis" : "weighted-sum";
    const ranked = rankProjects(scoreProjects(scoring, criteria, data.projects));
    const byId = new Map(data.projects.map((p) => [p.projectId, p]));
    const line =
      this.budget === undefined
        ? undefined
        : budgetLine(
            ranked.map((r) => ({ projectId: r.projectId, cost: byId.get(r.projectId)?.cost ?? 0 })),
            this.budget,
          );
    const k = Math.min(data.projects.length, line ? Math.max(1, line.fits.length) : this.top);
    const probabilities = new Map(
      topKProbabilities(criteria, data.projects, { k, method: scoring, samples: sensitivitySamples }).map(
        (p: TopKProbability) => [p.projectId, p.probability],
      ),
    );
    const shares = weights.map((w) => w / weights.reduce((sum, x) => sum + x, 0));
    return { ahp, criteria, ranked, byId, line, k, probabilities, shares };
  }

  override render(): TemplateResult {
    const lang = this.language;
    const m = projectRankingMessages[lang];
    const loading = this.loader.status === "initial" || this.loader.status === "pending";
    return html`<div part="base" class="base" lang=${lang} aria-busy=${loading ? "true" : "false"}>
        ${loading ? html`<p>${m.loadingRanking}</p>` : this.renderLoaded(lang, m)}
      </div>
      ${this.announcer.region(lang, loading ? m.loadingRanking : undefined)}`;
  }

  private renderLoaded(lang: Lang, m: ProjectRankingMessages): TemplateResult {
    const data = this.loader.value;
    if (this.loader.status === "error" || !data) {
      const error = this.loader.error;
      const notFound = isStoreError(error) && error.code === "not_found";
      return html`<div class="alert" role="alert">
        <p>${notFound ? m.notFound : m.loadFailed}</p>
        ${notFound ? nothing : html`<button type="button" part="button" @click=${() => this.loader.run()}>${m.retry}</button>`}
      </div>`;
    }
    const sample = data.sample ? html`<p class="sample">${m.sample}</p>` : nothing;
    if (data.projects.length === 0) return html`${sample}<p>${m.empty}</p>`;
    const result = this.compute(data);
    const title = (id: string) => result.byId.get(id)?.title ?? id;
    return html`${sample}
      <div class="controls">
        ${this.renderMethods(m, data)} ${this.renderWeights(lang, m, result.shares, data, () => title(result.ranked[0]!.projectId))}
      </div>
      ${
        result.ahp
          ? html`<p class=${result.ahp.consistent ? "" : "alert"}>${m.ahpConsistency(result.ahp.cr, result.ahp.consistent)}</p>`
          : nothing
      }
      ${this.renderTable(lang, m, result)}
      <p><a part="button" class="csv" href="#" download="ranking.csv" @click=${(e: Event) => this.exportCsv(e, m, result)}
        >${m.exportCsv}</a></p>`;
  }

  private renderMethods(m: ProjectRankingMessages, data: RankingData): TemplateResult {
    const methods: RankingMethod[] = data.pairwise
      ? ["weighted-sum", "ahp", "topsis"]
      : ["weighted-sum", "topsis"];
    return html`<fieldset class="methods">
      <legend>${m.method}</legend>
      ${methods.map(
        (method) => html`<label>
          <input type="radio" name="method" value=${method} .checked=${this.method === method}
            @change=${() => {
              this.method = method;
            }} />
          ${m.methods[method]}
        </label>`,
      )}
    </fieldset>`;
  }

  private renderWeights(
    lang: Lang,
    m: ProjectRankingMessages,
    shares: number[],
    data: RankingData,
    first: () => string,
  ): TemplateResult {
    const fromAhp = this.method === "ahp";
    return html`<fieldset class="weights">
      <legend>${m.weights}</legend>
      ${data.criteria.map(
        (criterion, i) => html`<label class="weight">
          <span>${localised(criterion.label, lang)}</span>
          <input type="range" min="0" max="100" step="1" .value=${String(this.weights[i] ?? 0)}
            ?disabled=${fromAhp} aria-valuetext=${m.weightOf(shares[i]!)}
            @input=${(e: Event) => this.setWeight(i, Number((e.target as HTMLInputElement).value), first)} />
          <output>${m.weightOf(shares[i]!)}</output>
        </label>`,
      )}
    </fieldset>`;
  }

  private renderTable(lang: Lang, m: ProjectRankingMessages, r: ReturnType<CwdProjectRanking["compute"]>) {
    const fmt = (amount: number) => money(lang, amount, this.currency);
    const last = r.line?.fits[r.line.fits.length - 1];
    const columns = 4 + r.criteria.length + (this.budget === undefined ? 0 : 1);
    return html`<table part="table" tabindex="0">
      <caption>${m.caption}</caption>
      <thead>
        <tr>
          <th scope="col">${m.rank}</th>
          <th scope="col">${m.project}</th>
          <th scope="col">${m.score}</th>
          ${r.criteria.map((c) => html`<th scope="col">${localised(c.label, lang)}</th>`)}
          ${this.budget === undefined ? nothing : html`<th scope="col">${m.cost}</th>`}
          <th scope="col">${m.sensitivity}</th>
        </tr>
      </thead>
      <tbody>
        ${r.ranked.map((row) => {
          const project = r.byId.get(row.projectId)!;
          const p = r.probabilities.get(row.projectId) ?? 0;
          const stable = p >= 0.9 || p <= 0.1;
          return html`<tr class=${r.line && !r.line.fits.includes(row.projectId) ? "below" : ""}>
              <td>${row.rank}</td>
              <th scope="row">${project.title}</th>
              <td>${row.score.toFixed(3)}</td>
              ${r.criteria.map(
                (c) =>
                  html`<td class="criterion">${scoreBar(c, project.scores[c.id]!)} ${project.scores[c.id]!.toFixed(1)}</td>`,
              )}
              ${this.budget === undefined ? nothing : html`<td>${project.cost === undefined ? "–" : fmt(project.cost)}</td>`}
              <td><span part="badge" class="badge ${stable ? "stable" : "uncertain"}">${stable ? m.stable : m.uncertain}</span>
                <span class="hint">${m.inTopShare(p, r.k)}</span></td>
            </tr>
            ${
              r.line && row.projectId === last
                ? html`<tr class="budget-line"><td colspan=${columns}>${m.budgetLine(fmt(this.budget ?? 0), fmt(r.line.spent))}</td></tr>`
                : nothing
            }`;
        })}
      </tbody>
    </table>`;
  }

  private exportCsv(
    event: Event,
    m: ProjectRankingMessages,
    r: ReturnType<CwdProjectRanking["compute"]>,
  ): void {
    const lang = this.language;
    const header = [
      m.rank,
      m.project,
      m.score,
      ...r.criteria.map((c) => localised(c.label, lang)),
      m.cost,
      m.sensitivity,
    ];
    const rows = r.ranked.map((row) => {
      const project = r.byId.get(row.projectId)!;
      return [
        row.rank,
        project.title,
        row.score.toFixed(4),
        ...r.criteria.map((c) => project.scores[c.id]!),
        project.cost === undefined ? "" : (project.cost / 100).toFixed(2),
        (r.probabilities.get(row.projectId) ?? 0).toFixed(3),
      ];
    });
    const link = event.currentTarget as HTMLAnchorElement;
    URL.revokeObjectURL(link.href);
    link.href = URL.createObjectURL(new Blob([rankingCsv(header, rows)], { type: "text/csv;charset=utf-8" }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "cwd-project-ranking": CwdProjectRanking;
  }
}
