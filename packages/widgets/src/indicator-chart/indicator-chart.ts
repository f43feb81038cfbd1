import type { Indicator, Member, Series } from "@cwd/core";
import { scaleBand } from "d3-scale";
import { line } from "d3-shape";
import { html, nothing, svg, type TemplateResult } from "lit";
import { property, state } from "lit/decorators.js";
import { CwdElement } from "../internal/cwd-element.js";
import { formatNumber } from "../internal/format.js";
import { localised } from "../internal/i18n.js";
import { initial, Loader } from "../internal/load.js";
import { indicatorChartMessages } from "./indicator-chart.messages.js";
import { indicatorChartStyles } from "./indicator-chart.styles.js";
import { indicatorView } from "./indicator-view.js";
import { linearScale } from "./linear.js";

const width = 240;
const height = 140;
const margin = { top: 12, right: 8, bottom: 22, left: 40 };

/**
 * @tag cwd-indicator-chart
 * @summary An indicator over time against its baseline and target, with its progress and status; or a portrait series per member over time: small multiples of line or bar charts, an optional target line. Each with the same data as a table.
 *
 * @csspart chart - One member's chart.
 * @csspart table - The table of the same data.
 *
 * @cssproperty --cwd-indicator-chart-target - The target line's colour. Default: the error colour.
 *
 * @example
 * <cwd-indicator-chart api="https://cwd.example.pl/api" partnership="ziemia-wysokomazowiecka"
 *   series="bezrobocie" target="3.5"></cwd-indicator-chart>
 * <cwd-indicator-chart api="https://cwd.example.pl/api" partnership="ziemia-wysokomazowiecka"
 *   indicator="bezrobocie-wskaznik"></cwd-indicator-chart>
 */
export class CwdIndicatorChart extends CwdElement {
  static override styles = indicatorChartStyles;

  /** Id of the partnership. */
  @property() partnership = "";
  /** Id of the portrait series. */
  @property() series = "";
  /** Id of an indicator: drawn instead of a series, with the per-member view of the series it is measured from. */
  @property() indicator = "";
  /** A value to draw as the target line. */
  @property({ type: Number }) target: number | undefined;
  /** `line` or `bar`; the reader can switch. */
  @property() kind: "line" | "bar" = "line";

  /** Members the reader has hidden. */
  @state() private hiddenMembers = new Set<string>();

  private readonly loader = new Loader(this, {
    args: () => [this.stores.store, this.partnership, this.series, this.indicator] as const,
    task: async ([store, partnershipId, seriesId, indicatorId]) => {
      if (!store) return initial;
      const indicator = indicatorId
        ? ((await store.get("indicators", { partnershipId, id: indicatorId })) as Indicator)
        : undefined;
      const id = indicator ? indicator.seriesId : seriesId;
      const [partnership, series] = await Promise.all([
        store.get("partnerships", { partnershipId, id: partnershipId }),
        id ? (store.get("series", { partnershipId, id }) as Promise<Series>) : undefined,
      ]);
      return { members: partnership.members, series, indicator };
    },
  });

  private chart(
    member: Member,
    series: Series,
    years: number[],
    max: number,
    target: number | undefined,
  ): TemplateResult {
    const points = series.values.filter((v) => v.memberId === member.id).sort((a, b) => a.year - b.year);
    const y = linearScale(
      [Math.min(0, ...series.values.map((v) => v.value)), max],
      [height - margin.bottom, margin.top],
    );
    const x = scaleBand<number>()
      .domain(years)
      .range([margin.left, width - margin.right])
      .padding(0.2);
    const cx = (year: number) => (x(year) ?? 0) + x.bandwidth() / 2;
    const path = line<{ year: number; value: number }>()
      .x((d) => cx(d.year))
      .y((d) => y(d.value))(points);
    return html`<figure part="chart">
      <figcaption>${member.name}</figcaption>
      <svg viewBox="0 0 ${width} ${height}" aria-hidden="true">
        ${y.ticks(3).map((t) => svg`<text class="tick" x=${margin.left - 4} y=${y(t)} text-anchor="end" dominant-baseline="middle">${formatNumber(this.language, t)}</text>`)}
        ${years.map((year) => svg`<text class="tick" x=${cx(year)} y=${height - 6} text-anchor="middle">${year}</text>`)}
        ${
          this.kind === "bar"
            ? points.map(
                (d) =>
                  svg`<rect class="bar" x=${x(d.year) ?? 0} width=${x.bandwidth()} y=${y(Math.max(0, d.value))} height=${Math.abs(y(d.value) - y(0))}></rect>`,
              )
            : svg`<path class="line" d=${path ?? ""}></path>${points.map((d) => svg`<circle class="dot" cx=${cx(d.year)} cy=${y(d.value)} r="3"></circle>`)}`
        }
        ${target === undefined ? nothing : svg`<line class="target" x1=${margin.left} x2=${width - margin.right} y1=${y(target)} y2=${y(target)}></line>`}
      </svg>
    </figure>`;
  }

  /** The series per member: the reader picks members and line or bars. */
  private seriesView(members: Member[], series: Series, target: number | undefined): TemplateResult {
    const t = indicatorChartMessages[this.language];
    const withData = members.filter((m) => series.values.some((v) => v.memberId === m.id));
    const shown = withData.filter((m) => !this.hiddenMembers.has(m.id));
    const years = [...new Set(series.values.map((v) => v.year))].sort((a, b) => a - b);
    const max = Math.max(target ?? 0, ...series.values.map((v) => v.value));
    const value = (memberId: string, year: number) =>
      series.values.find((v) => v.memberId === memberId && v.year === year)?.value;
    const number = (figure: number | undefined) =>
      figure === undefined ? "–" : formatNumber(this.language, figure);
    return html`<h3>${localised(series.variable, this.language)} (${series.unit})${series.sample ? html` <span class="note">(${t.sample})</span>` : nothing}</h3>
      <fieldset>
        <legend>${t.members}</legend>
        ${withData.map(
          (m) =>
            html`<label><input type="checkbox" .checked=${!this.hiddenMembers.has(m.id)} @change=${() => {
              const next = new Set(this.hiddenMembers);
              if (next.has(m.id)) next.delete(m.id);
              else next.add(m.id);
              this.hiddenMembers = next;
            }} />${m.name}</label>`,
        )}
      </fieldset>
      <fieldset>
        <legend>${t.chartType}</legend>
        ${(["line", "bar"] as const).map(
          (k) =>
            html`<label><input type="radio" name="kind" .checked=${this.kind === k} @change=${() => {
              this.kind = k;
            }} />${k === "line" ? t.line : t.bars}</label>`,
        )}
      </fieldset>
      ${shown.length === 0 ? html`<p>${t.empty}</p>` : html`<div class="multiples">${shown.map((m) => this.chart(m, series, years, max, target))}</div>`}
      <table part="table" tabindex="0">
        <caption>${t.table}</caption>
        <thead><tr><th scope="col">${t.member}</th>${years.map((year) => html`<th scope="col">${year}</th>`)}${target === undefined ? nothing : html`<th scope="col">${t.target}</th>`}</tr></thead>
        <tbody>${shown.map(
          (m) =>
            html`<tr><th scope="row">${m.name}</th>${years.map((year) => html`<td>${number(value(m.id, year))}</td>`)}${target === undefined ? nothing : html`<td>${number(target)}</td>`}</tr>`,
        )}</tbody>
      </table>
      <p class="note">${t.source}: ${series.source}</p>`;
  }

  override render(): TemplateResult {
    const t = indicatorChartMessages[this.language];
    return html`${this.loader.render({
      pending: () => html`<p aria-busy="true">${t.loading}</p>`,
      error: () => html`<p class="error" role="alert">${t.errorPrefix} ${t.loadFailed}</p>`,
      complete: ({ members, series, indicator }) => {
        if (!indicator) return series ? this.seriesView(members, series, this.target) : nothing;
        return html`${indicatorView(indicator, this.language)}
          ${
            series
              ? html`<details>
                <summary>${t.perMember}: ${localised(series.variable, this.language)}</summary>
                ${this.seriesView(members, series, this.target ?? indicator.target.value)}
              </details>`
              : nothing
          }`;
      },
    })}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "cwd-indicator-chart": CwdIndicatorChart;
  }
}
