import { type Indicator, indicatorProgress } from "@cwd/core";
import { line } from "d3-shape";
import { html, nothing, svg, type TemplateResult } from "lit";
import { formatNumber } from "../internal/format.js";
import { localised } from "../internal/i18n.js";
import type { Lang } from "../internal/lang.js";
import { indicatorChartMessages } from "./indicator-chart.messages.js";
import { linearScale } from "./linear.js";

const width = 480;
const height = 200;
const margin = { top: 12, right: 12, bottom: 22, left: 44 };

const percent = (share: number) => `${Math.round(share * 100)}%`;

/**
 * One indicator over time: its measurements as a line, the baseline point, the target as a dashed
 * line at the target value reaching to the target year, a caption with its progress and status, and
 * the same figures as a table.
 *
 * @example
 * html`${indicatorView(indicator, "pl")}`
 */
export function indicatorView(indicator: Indicator, lang: Lang): TemplateResult {
  const t = indicatorChartMessages[lang];
  const { baseline, target } = indicator;
  const measured = [...indicator.measurements].sort((a, b) => a.year - b.year);
  const years = [baseline.year, target.year, ...measured.map((m) => m.year)];
  const values = [baseline.value, target.value, ...measured.map((m) => m.value)];
  const first = Math.min(...years);
  const last = Math.max(...years);
  // Whole years on a plain linear axis: a year is a point in time here, not a category.
  const x = (year: number) =>
    margin.left + ((year - first) / (last - first)) * (width - margin.left - margin.right);
  const y = linearScale([Math.min(...values), Math.max(...values)], [height - margin.bottom, margin.top]);
  const path = line<{ year: number; value: number }>()
    .x((d) => x(d.year))
    .y((d) => y(d.value))(measured);
  const progress = indicatorProgress(indicator);
  const name = localised(indicator.name, lang);
  return html`<figure part="chart" class="indicator">
      <figcaption>
        <strong>${name}</strong> (${indicator.unit})${indicator.sample ? html` <span class="note">(${t.sample})</span>` : nothing}<br />
        ${
          progress.status === "no_data"
            ? html`<span class="status no_data">${t.status.no_data}</span>: ${t.noMeasurement}`
            : html`${t.progress}: <strong>${percent(progress.progress as number)}</strong> (${t.expected} ${percent(progress.expected as number)}),
              <span class="status ${progress.status}">${t.status[progress.status]}</span>`
        }${indicator.direction === "decrease" ? html` · ${t.lowerIsBetter}` : nothing}
      </figcaption>
      <svg viewBox="0 0 ${width} ${height}" aria-hidden="true">
        ${y.ticks(4).map((v) => svg`<text class="tick" x=${margin.left - 4} y=${y(v)} text-anchor="end" dominant-baseline="middle">${formatNumber(lang, v)}</text>`)}
        ${[...new Set(years)].sort((a, b) => a - b).map((year) => svg`<text class="tick" x=${x(year)} y=${height - 6} text-anchor="middle">${year}</text>`)}
        <line class="target" x1=${margin.left} x2=${x(target.year)} y1=${y(target.value)} y2=${y(target.value)}></line>
        <circle class="baseline" cx=${x(baseline.year)} cy=${y(baseline.value)} r="4"></circle>
        <path class="line" d=${path ?? ""}></path>
        ${measured.map((m) => svg`<circle class="dot" cx=${x(m.year)} cy=${y(m.value)} r="3"></circle>`)}
      </svg>
    </figure>
    <table part="table" tabindex="0">
      <caption>${name}: ${t.table}</caption>
      <thead><tr><th scope="col">${t.year}</th><th scope="col">${t.value} (${indicator.unit})</th><th scope="col">${t.source}</th></tr></thead>
      <tbody>
        <tr><th scope="row">${baseline.year} (${t.baseline})</th><td>${formatNumber(lang, baseline.value)}</td><td>${indicator.source}</td></tr>
        ${measured.map((m) => html`<tr><th scope="row">${m.year}</th><td>${formatNumber(lang, m.value)}</td><td>${m.source ?? indicator.source}</td></tr>`)}
        <tr><th scope="row">${target.year} (${t.targetValue})</th><td>${formatNumber(lang, target.value)}</td><td>${indicator.source}</td></tr>
      </tbody>
    </table>`;
}
