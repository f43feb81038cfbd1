import {
  type Goal,
  type GoalProgress,
  goalLevels,
  goalNumbers,
  type Indicator,
  type IndicatorProgress,
  type ProgressStatus,
  rollUpProgress,
  type Store,
} from "@cwd/core";
import { html, nothing, type TemplateResult } from "lit";
import { property, state } from "lit/decorators.js";
import { CwdElement } from "../internal/cwd-element.js";
import { localised } from "../internal/i18n.js";
import { initial, Loader } from "../internal/load.js";
import { styleProperties } from "../internal/style-properties.js";
import { goalTreeMessages } from "./goal-tree.messages.js";
import { goalTreeStyles } from "./goal-tree.styles.js";
import { goalHierarchy, type Row, shownGoals, visibleRows } from "./rows.js";

/** Everything of one kind in the partnership, page after page. */
async function listAll<C extends "goals" | "indicators">(store: Store, collection: C, partnershipId: string) {
  const items = [];
  let cursor: string | undefined;
  do {
    const page = await store.list(collection, { partnershipId, limit: 100, ...(cursor ? { cursor } : {}) });
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}

/** The tree as loaded, with everything computed once per load. */
async function loadTree(store: Store, partnershipId: string) {
  const [goals, indicators] = await Promise.all([
    listAll(store, "goals", partnershipId) as Promise<Goal[]>,
    listAll(store, "indicators", partnershipId) as Promise<Indicator[]>,
  ]);
  const progress = rollUpProgress(goals, indicators);
  const indicatorsOf = new Map<string, Indicator[]>();
  for (const i of indicators) indicatorsOf.set(i.goalId, [...(indicatorsOf.get(i.goalId) ?? []), i]);
  return { goals, progress, indicatorsOf, numbers: goalNumbers(goals), roots: goalHierarchy(goals) };
}

/** A read-only store over a published file; the static adapter is fetched with it, on first use. */
async function publishedStore(url: URL): Promise<Store> {
  const { createStaticStore } = await import("@cwd/adapters/static");
  return createStaticStore({ url });
}

const percent = (share: number | null) => (share === null ? "–" : `${Math.round(share * 100)}%`);
const typeAheadMs = 500;
/** Past this many rows the tree scrolls in its own box and renders only the rows in view. */
const plainRows = 200;
/** Rows rendered beyond each edge of the view, so that a quick scroll shows no gap. */
const overscan = 10;
/** Until the first rows are measured: a row's and the box's height in pixels. */
const guessedRowHeight = 45;
const guessedViewHeight = 600;

/**
 * @tag cwd-goal-tree
 * @summary A partnership's strategy as a collapsible tree of goals, each with its progress and status, and the indicators behind them.
 *
 * @csspart base - The wrapper of everything.
 * @csspart tree - The tree of goals.
 * @csspart item - One goal in the tree.
 * @csspart bar - A progress bar.
 * @csspart details - The panel with the chosen goal's indicators.
 *
 * @cssproperty --cwd-goal-tree-indent - Indent of each level. Default 1.25rem.
 * @cssproperty --cwd-color-on-track - Status colour. Default #1b6e2a.
 * @cssproperty --cwd-color-at-risk - Status colour. Default #8a5300.
 * @cssproperty --cwd-color-off-track - Status colour. Default: the error colour.
 *
 * @example
 * <cwd-goal-tree api="https://cwd.example.pl/api" partnership="ziemia-wysokomazowiecka"></cwd-goal-tree>
 * <!-- with no server: a file exported with `cwd export` -->
 * <cwd-goal-tree src="strategia.cwd.json" partnership="ziemia-wysokomazowiecka"></cwd-goal-tree>
 */
export class CwdGoalTree extends CwdElement {
  static override styles = goalTreeStyles;

  /** Id of the partnership. */
  @property() partnership = "";

  /**
   * Address of a published exchange document (`cwd.partnership/v1` JSON) to read instead of an API:
   * the tree then needs no server. Its reader is loaded only when this is set.
   */
  @property() src = "";

  /** How many levels are open at first (1: the vision and its strategic goals). */
  @property({ type: Number, attribute: "open-levels" }) openLevels = 1;

  @state() private expanded = new Set<string>();
  @state() private focused: string | undefined;
  @state() private selected: string | undefined;
  @state() private query = "";
  @state() private status: ProgressStatus | "" = "";
  @state() private treeScrollTop = 0;

  /** Measured after each render of a windowed tree (0 until then). */
  private rowHeight = 0;
  private viewHeight = 0;

  private typed = "";
  private typedAt = 0;
  private focusAfterUpdate = false;

  private readonly loader = new Loader(this, {
    args: () => [this.stores.store, this.partnership, this.src] as const,
    task: async ([store, partnershipId, src]) => {
      if (src) return loadTree(await publishedStore(new URL(src, document.baseURI)), partnershipId);
      return store ? loadTree(store, partnershipId) : initial;
    },
    onComplete: (tree) => {
      // In a sound tree a goal's depth is its level's place (vision 0, strategic 1, …).
      this.expanded = new Set(
        tree.goals.filter((g) => goalLevels.indexOf(g.level) < this.openLevels).map((g) => g.id),
      );
      this.focused = tree.roots[0]?.data.id;
    },
  });

  protected override updated(): void {
    this.measureWindow();
    if (!this.focusAfterUpdate) return;
    this.focusAfterUpdate = false;
    this.renderRoot.querySelector<HTMLElement>('[role="treeitem"][tabindex="0"]')?.focus();
  }

  private rows(): Row[] {
    const tree = this.loader.value;
    if (!tree) return [];
    const shown = shownGoals(tree.goals, tree.progress.goals, this.query, this.status);
    return visibleRows(tree.roots, tree.numbers, tree.progress.goals, this.expanded, shown);
  }

  /** Rows `[start, end)` to render: all of a small tree, those in view (and a margin) of a big one. */
  private window(count: number): { start: number; end: number } {
    if (count <= plainRows) return { start: 0, end: count };
    const row = this.rowHeight || guessedRowHeight;
    const view = this.viewHeight || guessedViewHeight;
    return {
      start: Math.max(0, Math.floor(this.treeScrollTop / row) - overscan),
      end: Math.min(count, Math.ceil((this.treeScrollTop + view) / row) + overscan),
    };
  }

  /** Rows of a windowed tree have one height, read from a rendered row (it changes with the layout). */
  private measureWindow(): void {
    const tree = this.renderRoot.querySelector<HTMLElement>(".windowed");
    const row = tree?.querySelector<HTMLElement>('[role="treeitem"]')?.offsetHeight ?? 0;
    if (!tree || row === 0 || (row === this.rowHeight && tree.clientHeight === this.viewHeight)) return;
    this.rowHeight = row;
    this.viewHeight = tree.clientHeight;
    this.requestUpdate();
  }

  /** Scrolls a windowed tree so that row `index` is in view (and so rendered). */
  private reveal(index: number): void {
    const tree = this.renderRoot.querySelector<HTMLElement>(".windowed");
    if (!tree) return;
    const row = this.rowHeight || guessedRowHeight;
    const top = index * row;
    if (top < tree.scrollTop) tree.scrollTop = top;
    else if (top + row > tree.scrollTop + tree.clientHeight) tree.scrollTop = top + row - tree.clientHeight;
    this.treeScrollTop = tree.scrollTop;
  }

  private readonly onScroll = (event: Event) => {
    this.treeScrollTop = (event.currentTarget as HTMLElement).scrollTop;
  };

  private toggle(id: string, open = !this.expanded.has(id)): void {
    const next = new Set(this.expanded);
    if (open) next.add(id);
    else next.delete(id);
    this.expanded = next;
  }

  private moveTo(row: Row | undefined): void {
    if (!row) return;
    this.focused = row.goal.id;
    this.focusAfterUpdate = true;
    this.reveal(this.rows().findIndex((r) => r.goal.id === row.goal.id));
  }

  private readonly onKeyDown = (event: KeyboardEvent) => {
    const rows = this.rows();
    // In a big tree the focused goal may have scrolled away: keys act on the row that has focus.
    const from = (event.target as HTMLElement).id;
    if (from.startsWith("goal-")) this.focused = from.slice("goal-".length);
    const at = rows.findIndex((r) => r.goal.id === this.focused);
    const row = rows[at];
    if (!row) return;
    const filtered = this.query !== "" || this.status !== "";
    const handled = () => event.preventDefault();
    switch (event.key) {
      case "ArrowDown":
        handled();
        return this.moveTo(rows[at + 1]);
      case "ArrowUp":
        handled();
        return this.moveTo(rows[at - 1]);
      case "Home":
        handled();
        return this.moveTo(rows[0]);
      case "End":
        handled();
        return this.moveTo(rows[rows.length - 1]);
      case "ArrowRight":
        handled();
        if (row.parent && !row.expanded && !filtered) return this.toggle(row.goal.id, true);
        if (row.parent && row.expanded) return this.moveTo(rows[at + 1]);
        return;
      case "ArrowLeft":
        handled();
        if (row.parent && row.expanded && !filtered) return this.toggle(row.goal.id, false);
        return this.moveTo(rows.find((r) => r.goal.id === row.parentId));
      case "Enter":
      case " ":
        handled();
        this.selected = row.goal.id;
        return;
    }
    if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      handled();
      this.typeAhead(event.key, rows, at);
    }
  };

  /** Moves to the next goal whose title starts with what was typed in the last half second. */
  private typeAhead(key: string, rows: Row[], at: number): void {
    const now = performance.now();
    this.typed = now - this.typedAt < typeAheadMs ? this.typed + key : key;
    this.typedAt = now;
    const prefix = this.typed.toLocaleLowerCase("pl");
    const title = (r: Row) => localised(r.goal.title, this.language).toLocaleLowerCase("pl");
    const start = this.typed.length === 1 ? at + 1 : at;
    const ordered = [...rows.slice(start), ...rows.slice(0, start)];
    this.moveTo(ordered.find((r) => title(r).startsWith(prefix)));
  }

  private renderRow(row: Row, tabbable: string | undefined): TemplateResult {
    const t = goalTreeMessages[this.language];
    const { goal, progress } = row;
    const title = localised(goal.title, this.language);
    return html`<div
      role="treeitem"
      part="item"
      class="item status-${progress.status}"
      id=${`goal-${goal.id}`}
      aria-level=${row.level}
      aria-setsize=${row.setSize}
      aria-posinset=${row.position}
      aria-expanded=${row.parent ? String(row.expanded) : nothing}
      aria-selected=${String(this.selected === goal.id)}
      tabindex=${tabbable === goal.id ? 0 : -1}
      style=${styleProperties({ "--_depth": String(row.level - 1) })}
      @click=${() => {
        this.focused = goal.id;
        this.selected = goal.id;
        if (row.parent && !(this.query || this.status)) this.toggle(goal.id);
      }}
    >
      <span class="twisty" aria-hidden="true">${row.parent ? (row.expanded ? "▾" : "▸") : ""}</span>
      <span class="title">${row.number ? html`<span class="number">${row.number}</span> ` : nothing}${title}${
        goal.sample ? html` <span class="sample">(${t.sample})</span>` : nothing
      }</span>
      <span class="figures">
        <span class="bar" part="bar" aria-hidden="true"><span style=${styleProperties({ width: `${(progress.progress ?? 0) * 100}%` })}></span></span>
        <span class="value">${percent(progress.progress)}</span>
        <span class="status">${t.status[progress.status]}</span>
      </span>
    </div>`;
  }

  private renderDetails(): TemplateResult {
    const t = goalTreeMessages[this.language];
    const tree = this.loader.value;
    const goal = tree?.goals.find((g) => g.id === this.selected);
    if (!tree || !goal) return html`<p class="hint">${t.pickGoal}</p>`;
    const p = tree.progress.goals.get(goal.id) as GoalProgress;
    const indicators = tree.indicatorsOf.get(goal.id) ?? [];
    return html`<h3>${tree.numbers.get(goal.id)} ${localised(goal.title, this.language)}</h3>
      ${goal.description ? html`<p>${localised(goal.description, this.language)}</p>` : nothing}
      <p>
        ${t.progress}: <strong>${percent(p.progress)}</strong> (${t.expected} ${percent(p.expected)}),
        ${t.status[p.status]}${p.leftOut > 0 ? html`; ${t.leftOut(p.leftOut)}` : nothing}
      </p>
      <h4>${t.indicators}</h4>
      ${indicators.length === 0 ? html`<p>${t.noIndicators}</p>` : indicators.map((i) => this.renderIndicator(i, tree.progress.indicators.get(i.id) as IndicatorProgress))}`;
  }

  private renderIndicator(indicator: Indicator, p: IndicatorProgress): TemplateResult {
    const t = goalTreeMessages[this.language];
    const unit = indicator.unit;
    const name = localised(indicator.name, this.language);
    return html`<section class="indicator" aria-label=${`${t.indicator}: ${name}`}>
      <h5>${name}${indicator.sample ? html` <span class="sample">(${t.sample})</span>` : nothing}</h5>
      <p>${percent(p.progress)}, ${t.status[p.status]}${indicator.direction === "decrease" ? html` · ${t.lowerIsBetter}` : nothing}</p>
      <dl>
        <dt>${t.baseline}</dt>
        <dd>${indicator.baseline.value} ${unit} (${indicator.baseline.year})</dd>
        <dt>${t.target}</dt>
        <dd>${indicator.target.value} ${unit} (${indicator.target.year})</dd>
        <dt>${t.measurements}</dt>
        <dd>${
          indicator.measurements.length === 0
            ? "–"
            : [...indicator.measurements]
                .sort((a, b) => a.year - b.year)
                .map((m) => `${m.year}: ${m.value} ${unit}`)
                .join("; ")
        }</dd>
        <dt>${t.source}</dt>
        <dd>${indicator.source}</dd>
      </dl>
    </section>`;
  }

  /**
   * The tree: every row of a small one; of a big one only the rows in view, with padding standing in
   * for the others, so its cost is what can be seen. aria-level, -setsize and -posinset still tell
   * where each rendered row sits in the whole tree.
   */
  private renderTree(rows: Row[]): TemplateResult {
    const t = goalTreeMessages[this.language];
    const { start, end } = this.window(rows.length);
    const shown = rows.slice(start, end);
    // One row takes Tab: the focused one, or the first in view when it has scrolled away.
    const tabbable = shown.some((r) => r.goal.id === this.focused) ? this.focused : shown[0]?.goal.id;
    const row = this.rowHeight || guessedRowHeight;
    const tree = html`<div
      role="tree"
      part="tree"
      style=${styleProperties({ "padding-block": `${start * row}px ${(rows.length - end) * row}px` })}
      aria-label=${t.treeLabel}
      @keydown=${this.onKeyDown}
    >
      ${shown.map((r) => this.renderRow(r, tabbable))}
    </div>`;
    // The scrolling box holds the tree: padding on the box itself would stretch it past its height.
    return rows.length > plainRows
      ? html`<div class="windowed" @scroll=${this.onScroll}>${tree}</div>`
      : tree;
  }

  override render(): TemplateResult {
    const t = goalTreeMessages[this.language];
    return html`<div part="base" class="base">
      ${this.loader.render({
        pending: () => html`<p aria-busy="true">${t.loading}</p>`,
        error: () =>
          html`<p class="error" role="alert">${t.errorPrefix} ${t.loadFailed}</p>
            <button @click=${() => void this.loader.run()}>${t.retry}</button>`,
        complete: (tree) => {
          if (tree.goals.length === 0) return html`<p>${t.empty}</p>`;
          const rows = this.rows();
          return html`<div class="controls">
              <label>${t.search} <input type="search" .value=${this.query} @input=${(e: Event) => {
                this.query = (e.target as HTMLInputElement).value;
                this.focused = this.rows()[0]?.goal.id;
              }} /></label>
              <label>${t.statusFilter}
                <select @change=${(e: Event) => {
                  this.status = (e.target as HTMLSelectElement).value as ProgressStatus | "";
                  this.focused = this.rows()[0]?.goal.id;
                }}>
                  <option value="">${t.allStatuses}</option>
                  ${(["on_track", "at_risk", "off_track", "no_data"] as const).map((s) => html`<option value=${s} ?selected=${this.status === s}>${t.status[s]}</option>`)}
                </select>
              </label>
            </div>
            <div class="layout">
              ${rows.length === 0 ? html`<p>${t.nothingFound}</p>` : this.renderTree(rows)}
              <div class="details" part="details" aria-live="polite">${this.renderDetails()}</div>
            </div>`;
        },
      })}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "cwd-goal-tree": CwdGoalTree;
  }
}
