import {
  addCalendarDays,
  allPages,
  daysBetween,
  type Goal,
  isLate,
  isStoreError,
  type Partnership,
  type PlanAction,
  type PlanSchedule,
  planSchedule,
  type Store,
} from "@cwd/core";
import { groups, max, min } from "d3-array";
import { html, nothing, type TemplateResult } from "lit";
import { property, state } from "lit/decorators.js";
import { CwdElement } from "../internal/cwd-element.js";
import { localised } from "../internal/i18n.js";
import { initial, Loader } from "../internal/load.js";
import { styleProperties } from "../internal/style-properties.js";
import { actionPlanMessages } from "./action-plan.messages.js";
import { actionPlanStyles } from "./action-plan.styles.js";

interface Plan {
  partnership: Partnership;
  actions: PlanAction[];
  /** The goals the actions serve, for their titles. */
  goals: Goal[];
}

async function loadPlan(store: Store, partnershipId: string): Promise<Plan> {
  const page = (cursor?: string) => ({ partnershipId, cursor, limit: 100 });
  const [partnership, actions, goals] = await Promise.all([
    store.get("partnerships", { partnershipId, id: partnershipId }),
    allPages((cursor) => store.list("actions", page(cursor))),
    allPages((cursor) => store.list("goals", page(cursor))),
  ]);
  return { partnership, actions, goals };
}

/** Today in Warsaw, `YYYY-MM-DD` (en-CA writes dates that way). */
function todayInWarsaw(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Warsaw" }).format(new Date());
}

/** The critical path method needs a plan without cycles; a broken plan is still shown, without it. */
function scheduleOf(actions: PlanAction[]): PlanSchedule | undefined {
  try {
    return planSchedule(actions);
  } catch {
    return undefined;
  }
}

/**
 * @tag cwd-action-plan
 * @summary The partnership's joint action plan (plan wspólnych działań) as a timeline: actions by goal
 * or by lead member, milestones, today's line, late actions and the critical path; a list on narrow screens.
 *
 * @csspart base - The wrapper of everything.
 * @csspart action - One action's row.
 * @csspart bar - An action's bar on the timeline.
 * @csspart error - The message when loading failed.
 * @csspart button - The grouping and retry buttons.
 *
 * @cssproperty --cwd-action-plan-bar - An action's bar. Default: the accent colour.
 * @cssproperty --cwd-action-plan-late - Late actions and today's line. Default: the error colour.
 * @cssproperty --cwd-action-plan-gap - Space between groups. Default: --cwd-space.
 * @cssproperty --cwd-max-width - Widest the plan grows. Default 64rem.
 *
 * @example
 * <cwd-action-plan api="https://cwd.example.pl/api" partnership="ziemia-wysokomazowiecka"></cwd-action-plan>
 */
export class CwdActionPlan extends CwdElement {
  static override styles = actionPlanStyles;

  /** Id of the partnership. */
  @property() partnership = "";

  /** Group the actions by `goal` or by lead `member`. */
  @property({ attribute: "group-by" }) groupBy: "goal" | "member" = "goal";

  /** The day lateness is judged on, `YYYY-MM-DD`; today in Warsaw when absent. */
  @property() today = "";

  /** Marks the plan as sample data. */
  @property({ type: Boolean }) sample = false;

  @state() private focused = 0;

  private readonly loader = new Loader(this, {
    args: () => [this.stores.store, this.partnership] as const,
    task: ([store, partnershipId]) => (store ? loadPlan(store, partnershipId) : initial),
  });

  private readonly onKeydown = (event: KeyboardEvent) => {
    const rows = [...this.renderRoot.querySelectorAll<HTMLElement>("li.action")];
    const at = rows.indexOf(event.target as HTMLElement);
    if (at < 0) return;
    const next = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: rows.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    this.focused = Math.max(0, Math.min(rows.length - 1, next));
    rows[this.focused]?.focus();
  };

  override render(): TemplateResult {
    const m = actionPlanMessages[this.language];
    const loading = this.loader.status === "initial" || this.loader.status === "pending";
    return html`<div part="base" class="base" lang=${this.language} aria-busy=${loading ? "true" : "false"}>
        <h2>${m.title}</h2>
        ${this.sample ? html`<p class="sample">${m.sample}</p>` : nothing}
        ${loading ? html`<p>${m.loading}</p>` : this.renderPlan()}
      </div>
      ${this.announcer.region(this.language, loading ? m.loading : undefined)}`;
  }

  private renderPlan(): TemplateResult {
    const m = actionPlanMessages[this.language];
    const plan = this.loader.value;
    if (this.loader.status === "error" || !plan) {
      const notFound = isStoreError(this.loader.error) && this.loader.error.code === "not_found";
      return html`<div role="alert" part="error">
        <p>${m.loadFailed}</p>
        ${notFound ? nothing : html`<button type="button" part="button" @click=${() => this.loader.run()}>${m.retry}</button>`}
      </div>`;
    }
    if (plan.actions.length === 0) return html`<p>${m.empty}</p>`;
    const today = this.today || todayInWarsaw();
    const first = min(plan.actions, (a) => a.start) as string;
    const last = addCalendarDays(max(plan.actions, (a) => a.end) as string, 1);
    const span = daysBetween(first, last);
    const at = (day: string) => `${(100 * daysBetween(first, day)) / span}%`;
    const schedule = scheduleOf(plan.actions);
    const memberName = new Map(plan.partnership.members.map((member) => [member.id, member.name]));
    const goalTitle = new Map(plan.goals.map((goal) => [goal.id, localised(goal.title, this.language)]));
    const keyOf = (a: PlanAction) => (this.groupBy === "member" ? a.lead : a.goalId);
    const grouped = groups(plan.actions, keyOf).sort(([a], [b]) => (a < b ? -1 : 1));
    let index = 0;
    const inRange = today >= first && today < last;
    return html`<div class="controls" role="group" aria-label=${m.groupBy}>
        <span>${m.groupBy}:</span>
        ${(["goal", "member"] as const).map(
          (by) =>
            html`<button type="button" part="button" aria-pressed=${this.groupBy === by ? "true" : "false"}
              @click=${() => {
                this.groupBy = by;
              }}>${by === "goal" ? m.byGoal : m.byMember}</button>`,
        )}
      </div>
      <p class="meta">${m.today(today)}. ${m.keyboard}</p>
      <div class="axis" aria-hidden="true">
        ${monthStarts(first, last)
          .filter((_, i, all) => i % Math.ceil(all.length / 8) === 0)
          .map(
            (day) =>
              html`<span class="tick" style=${styleProperties({ left: at(day) })}>${monthLabel(day, this.language)}</span>`,
          )}
      </div>
      ${grouped.map(
        ([
          key,
          actions,
        ]) => html`<h3>${this.groupBy === "member" ? (memberName.get(key) ?? key) : m.goal(goalTitle.get(key) ?? key)}</h3>
          <ul @keydown=${this.onKeydown}>
            ${actions.map((action) => {
              const i = index++;
              const late = isLate(action, today);
              const scheduled = schedule?.actions[action.id];
              const bar = {
                left: at(action.start),
                width: `calc(${at(addCalendarDays(action.end, 1))} - ${at(action.start)})`,
              };
              const partners = (action.partners ?? []).map((id) => memberName.get(id) ?? id).join(", ");
              return html`<li class="action" part="action" tabindex=${i === this.focused ? 0 : -1} data-id=${action.id}>
                <div class="label">
                  <strong>${localised(action.title, this.language)}</strong>
                  <span class="meta">${action.start} – ${action.end} · ${m.status[action.status]} ·
                    ${m.lead} ${memberName.get(action.lead) ?? action.lead}${partners ? html`, ${m.partners} ${partners}` : nothing}</span>
                  <span class="meta">
                    ${late ? html`<span class="flag late">${m.late}</span> · ` : nothing}
                    ${scheduled?.critical ? html`<span class="flag">${m.critical}</span>` : scheduled ? m.slack(scheduled.slackDays) : nothing}
                  </span>
                  ${(action.milestones ?? []).map(
                    (milestone) =>
                      html`<span class="meta">${m.milestone}: ${localised(milestone.title, this.language)} (${milestone.date})</span>`,
                  )}
                </div>
                <div class="track" aria-hidden="true">
                  <span part="bar" class="bar ${action.status} ${late ? "late" : ""} ${scheduled?.critical ? "critical" : ""}" style=${styleProperties(bar)}></span>
                  ${(action.milestones ?? []).map((milestone) => html`<span class="diamond" style=${styleProperties({ left: at(milestone.date) })}></span>`)}
                  ${inRange ? html`<span class="today" style=${styleProperties({ left: at(today) })}></span>` : nothing}
                </div>
              </li>`;
            })}
          </ul>`,
      )}`;
  }
}

/** The first days of the months the plan spans, `YYYY-MM-01`. */
function monthStarts(first: string, last: string): string[] {
  const days: string[] = [];
  let [year, month] = first.split("-").map(Number) as [number, number];
  month += 1;
  for (;;) {
    if (month > 12) [year, month] = [year + 1, 1];
    const day = `${year}-${String(month).padStart(2, "0")}-01`;
    if (day >= last) return days;
    days.push(day);
    month += 1;
  }
}

function monthLabel(day: string, lang: string): string {
  const [year, month] = day.split("-").map(Number) as [number, number];
  return new Intl.DateTimeFormat(lang === "en" ? "en-GB" : "pl-PL", {
    month: "short",
    year: "2-digit",
    timeZone: "UTC",
  }).format(new Date(Date.UTC(year, month - 1, 1)));
}

declare global {
  interface HTMLElementTagNameMap {
    "cwd-action-plan": CwdActionPlan;
  }
}
