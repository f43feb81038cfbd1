import type { Partnership, Practice, Store } from "@cwd/core";
import { css, html, nothing, type TemplateResult } from "lit";
import { property, state } from "lit/decorators.js";
import { CwdElement } from "../internal/cwd-element.js";
import { formatNumber } from "../internal/format.js";
import { localised } from "../internal/i18n.js";
import type { Lang } from "../internal/lang.js";
import { initial, Loader } from "../internal/load.js";
import { baseStyles } from "../internal/tokens.styles.js";
import { practicesMessages } from "./practices.messages.js";

/** The part of an exchange document (`cwd.partnership/v1`) this element reads. */
export interface PracticeSource {
  partnership: Partnership;
  practices?: unknown[];
}

interface Gathered {
  practice: Practice;
  partnership: Partnership;
}

/**
 * Good practices from several documents; in a document fetched or given, an item that is not a
 * valid practice is left out (a store's are valid already).
 */
async function gather(sources: readonly PracticeSource[], stored: Gathered[] = []): Promise<Gathered[]> {
  const { validPractices } = await import("./valid-practices.js");
  return [
    ...stored,
    ...sources.flatMap((source) =>
      validPractices(source.practices ?? []).map((practice) => ({
        practice,
        partnership: source.partnership,
      })),
    ),
  ];
}

/** One partnership's practices from a store. */
async function storePractices(store: Store, partnershipId: string): Promise<Gathered[]> {
  const partnership = await store.get("partnerships", { partnershipId, id: partnershipId });
  const practices: Practice[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.list("practices", { partnershipId, cursor, limit: 100 });
    practices.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return practices.map((practice) => ({ practice, partnership }));
}

async function fetchSources(urls: string[]): Promise<PracticeSource[]> {
  return Promise.all(
    urls.map(async (url) => {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`${url} answered ${response.status}`);
      return (await response.json()) as PracticeSource;
    }),
  );
}

const money = (amount: number, currency: string, lang: Lang) =>
  formatNumber(lang, amount / 100, { style: "currency", currency });

/**
 * @tag cwd-practices
 * @summary Good practices (dobre praktyki) gathered from one or several partnerships' exchange
 * documents, filterable by theme and member.
 *
 * @csspart base - The wrapper of everything.
 * @csspart practice - One practice.
 * @csspart error - The message when loading failed.
 *
 * @example
 * <cwd-practices sources="https://a.example.pl/ziemia.cwd.json https://b.example.pl/losice.cwd.json"></cwd-practices>
 * <cwd-practices api="https://cwd.example.pl/api" partnership="ziemia-wysokomazowiecka"></cwd-practices>
 */
export class CwdPractices extends CwdElement {
  static override styles = [
    baseStyles,
    css`
      h2 { font-size: 1.5em; margin: 0 0 0.5rem; }
      h3 { font-size: 1.15em; margin: 0; }
      p, ul { margin: 0 0 0.5rem; }
      .filters { display: flex; flex-wrap: wrap; gap: var(--_space); margin-bottom: var(--_space); }
      label { display: grid; gap: 0.25rem; }
      select { font: inherit; min-height: 2.75rem; border: 1px solid var(--_border); border-radius: var(--_radius); }
      article { border-top: 1px solid var(--_border); padding: var(--_space) 0; }
      .meta { color: var(--_muted); }
      a { color: inherit; }
    `,
  ];

  /** Addresses of exchange documents (JSON), separated by spaces. */
  @property() sources = "";

  /** A partnership whose practices are read from the store (`api`, a provider or `store`), besides `sources`. */
  @property() partnership = "";

  /** Exchange documents given from code; used instead of `sources` and `partnership` when set. */
  @property({ attribute: false }) documents?: PracticeSource[];

  @state() private theme = "";
  @state() private member = "";

  private readonly loader = new Loader(this, {
    args: () => [this.documents, this.sources, this.stores.store, this.partnership] as const,
    task: async ([documents, sources, store, partnershipId]) => {
      if (documents) return gather(documents);
      const urls = sources.split(/\s+/).filter(Boolean);
      const fromStore = store && partnershipId ? storePractices(store, partnershipId) : undefined;
      if (urls.length === 0 && !fromStore) return initial;
      if (urls.length === 0) return fromStore;
      const [stored, fetched] = await Promise.all([fromStore ?? [], fetchSources(urls)]);
      return gather(fetched, stored);
    },
  });

  override render(): TemplateResult {
    const m = practicesMessages[this.language];
    const loading = this.loader.status === "initial" || this.loader.status === "pending";
    return html`<div part="base" lang=${this.language} aria-busy=${loading ? "true" : "false"}>
        <h2>${m.title}</h2>
        ${loading ? html`<p>${m.loading}</p>` : this.renderList()}
      </div>
      ${this.announcer.region(this.language, loading ? m.loading : undefined)}`;
  }

  private renderList(): TemplateResult {
    const lang = this.language;
    const m = practicesMessages[lang];
    const all = this.loader.value;
    if (this.loader.status === "error" || !all) {
      return html`<div role="alert" part="error"><p>${m.loadFailed}</p>
        <button type="button" @click=${() => this.loader.run()}>${m.retry}</button></div>`;
    }
    const names = new Map(
      all.flatMap(({ partnership }) => partnership.members.map((x) => [x.id, x.name] as const)),
    );
    // A theme of the shared vocabulary is named in the page's language; any other shows as written.
    const themeName = (theme: string) => m.themes[theme] ?? theme;
    const themes = [...new Set(all.flatMap(({ practice }) => practice.themes ?? []))].sort((a, b) =>
      themeName(a).localeCompare(themeName(b), lang),
    );
    const members = [...new Set(all.flatMap(({ practice }) => practice.ranBy))].sort();
    const shown = all.filter(
      ({ practice }) =>
        (!this.theme || (practice.themes ?? []).includes(this.theme)) &&
        (!this.member || practice.ranBy.includes(this.member)),
    );
    const select = (
      label: string,
      value: string,
      options: string[],
      text: (v: string) => string,
      set: (v: string) => void,
    ) =>
      html`<label>${label}<select @change=${(e: Event) => set((e.target as HTMLSelectElement).value)}>
          <option value="">${m.all}</option>
          ${options.map((v) => html`<option value=${v} ?selected=${v === value}>${text(v)}</option>`)}
        </select></label>`;
    return html`<div class="filters">
        ${select(m.theme, this.theme, themes, themeName, (v) => {
          this.theme = v;
        })}
        ${select(
          m.member,
          this.member,
          members,
          (v) => names.get(v) ?? v,
          (v) => {
            this.member = v;
          },
        )}
      </div>
      ${shown.length === 0 ? html`<p>${m.none}</p>` : nothing}
      ${shown.map(
        ({ practice: p, partnership }) => html`<article part="practice">
          <h3>${localised(p.title, lang)}</h3>
          <p class="meta">${m.from}: ${localised(partnership.name, lang)} · ${m.ranBy}: ${p.ranBy.map((id) => names.get(id) ?? id).join(", ")}
            ${p.themes?.length ? html` · ${p.themes.map(themeName).join(", ")}` : nothing}</p>
          <p>${localised(p.summary, lang)}</p>
          ${p.cost ? html`<p>${m.cost}: ${money(p.cost.amount, p.cost.currency, lang)}</p>` : nothing}
          ${p.results ? html`<p>${m.results}: ${localised(p.results, lang)}</p>` : nothing}
          ${p.contact ? html`<p>${m.contact}: ${p.contact}</p>` : nothing}
          ${p.links?.length ? html`<ul aria-label=${m.links}>${p.links.map((href) => html`<li><a href=${href}>${href}</a></li>`)}</ul>` : nothing}
        </article>`,
      )}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "cwd-practices": CwdPractices;
  }
}
