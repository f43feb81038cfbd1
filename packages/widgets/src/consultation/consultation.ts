import {
  type Consultation,
  type ConsultationReport,
  type ConsultationSection,
  type ConsultationState,
  consultationState,
  timeLeft,
} from "@cwd/core";
import { html, nothing, type TemplateResult } from "lit";
import { property, state } from "lit/decorators.js";
import { type ConsultationClient, consultationClient } from "../comments/client.js";
import { CwdElement } from "../internal/cwd-element.js";
import { warsawTime } from "../internal/format.js";
import { localised } from "../internal/i18n.js";
import type { Lang } from "../internal/lang.js";
import { initial, Loader } from "../internal/load.js";
import { type ConsultationMessages, consultationMessages } from "./consultation.messages.js";
import { consultationStyles } from "./consultation.styles.js";

/** What the comments panel is open on: a section or a paragraph, and maybe a passage quoted from it. */
interface Opened {
  target: string;
  passage: string;
}

interface Loaded {
  consultation: Consultation;
  report?: ConsultationReport;
}

/** A date and time as residents read it (Warsaw time). */
function when(lang: Lang, instant: string): string {
  return warsawTime(lang, instant, { dateStyle: "long", timeStyle: "short" });
}

/**
 * @tag cwd-consultation
 * @summary A consulted document, section by section: each section, paragraph or selected passage commentable with the keyboard, a countdown to closing, the closed state and the report once published.
 *
 * @csspart base - The wrapper of the document.
 * @csspart status - Where the consultation stands: the countdown, closed or reported.
 * @csspart paragraph - One paragraph of the document (focusable).
 * @csspart button - The buttons that open comments.
 * @csspart report - The report on the consultation.
 *
 * @cssproperty --cwd-color-accent - Buttons and the status mark. Default #0b57d0.
 * @cssproperty --cwd-consultation-gap - Space between parts. Default: --cwd-space.
 *
 * @example
 * <cwd-consultation api="https://cwd.example.pl/api" partnership="ziemia-wysokomazowiecka"
 *   consultation="konsultacje-projektu-diagnozy"></cwd-consultation>
 */
export class CwdConsultation extends CwdElement {
  static override styles = consultationStyles;

  /** Id of the partnership. */
  @property() partnership = "";
  /** Id of the consultation. */
  @property() consultation = "";
  /** Where to read and send, set from code; else made from `api` or the store. */
  @property({ attribute: false }) client?: ConsultationClient;

  @state() private opened?: Opened;
  /** The passage last selected inside a paragraph, offered to comment on. */
  @state() private selected?: { id: string; text: string };
  /** The time the countdown shows, moved on once a minute. */
  @state() private now = new Date();

  private made?: { from: unknown; client: ConsultationClient };
  private ticker?: ReturnType<typeof setInterval>;
  private shownState?: ConsultationState;

  private get source(): ConsultationClient | undefined {
    if (this.client) return this.client;
    const from = this.api ?? this.stores.store;
    if (from === undefined) return undefined;
    if (this.made?.from !== from) this.made = { from, client: consultationClient(from) };
    return this.made.client;
  }

  private readonly loader = new Loader(this, {
    args: () => [this.source, this.partnership, this.consultation] as const,
    task: async ([source, pid, cid]): Promise<Loaded | typeof initial> => {
      if (!source) return initial;
      const { consultation, state } = await source.thread(pid, cid);
      return state === "reported"
        ? { consultation, report: await source.report(pid, cid) }
        : { consultation };
    },
  });

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener("selectionchange", this.onSelection);
    // Once a minute is enough for a countdown in days and hours, and does not chatter.
    this.ticker = setInterval(() => {
      this.now = new Date();
    }, 60_000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener("selectionchange", this.onSelection);
    clearInterval(this.ticker);
  }

  /** Keeps the passage last selected within one paragraph. */
  private readonly onSelection = () => {
    const root = this.renderRoot as ShadowRoot & { getSelection?: () => Selection | null };
    const selection = root.getSelection?.() ?? document.getSelection();
    const node = selection?.anchorNode;
    const paragraph = (node instanceof Element ? node : node?.parentElement)?.closest<HTMLElement>(
      "[data-paragraph]",
    );
    if (!selection || !paragraph || !this.renderRoot.contains(paragraph)) return;
    const text = selection.toString().trim().slice(0, 1000);
    // Tabbing to the button may collapse the selection: the passage stays offered until replaced.
    if (text && paragraph.contains(selection.focusNode))
      this.selected = { id: paragraph.dataset.paragraph as string, text };
  };

  private open(target: string, passage = ""): void {
    void import("../comments/define.js");
    this.opened = { target, passage };
    this.announcer.announce(consultationMessages[this.language].opened);
  }

  override render(): TemplateResult {
    const lang = this.language;
    const m = consultationMessages[lang];
    const loading = this.loader.status === "initial" || this.loader.status === "pending";
    return html`<article part="base" lang=${lang} aria-busy=${loading ? "true" : "false"}>
        ${loading ? html`<p class="hint">${m.loading}</p>` : this.renderLoaded(lang, m)}
      </article>
      ${this.announcer.region(lang)}`;
  }

  private renderLoaded(lang: Lang, m: ConsultationMessages): TemplateResult {
    const loaded = this.loader.value;
    if (this.loader.status === "error" || !loaded)
      return html`<div role="alert"><p>${m.loadFailed}</p>
        <button type="button" part="button" @click=${() => this.loader.run()}>${m.retry}</button></div>`;
    const { consultation, report } = loaded;
    const state = consultationState(consultation, this.now);
    if (this.shownState === "open" && state === "closed") this.announcer.announce(m.closedNow);
    this.shownState = state;
    return html`<h2>${localised(consultation.title, lang)}</h2>
      ${consultation.description ? html`<p>${localised(consultation.description, lang)}</p>` : nothing}
      <div class="status" part="status">${this.renderStatus(consultation, state, lang, m)}</div>
      ${(consultation.sections ?? []).map((section) => this.renderSection(section, state, lang, m))}
      ${report ? this.renderReport(report, lang, m) : nothing}`;
  }

  private renderStatus(
    consultation: Consultation,
    state: ConsultationState,
    lang: Lang,
    m: ConsultationMessages,
  ): TemplateResult {
    if (state === "upcoming") return html`<p>${m.upcoming(when(lang, consultation.opensAt))}</p>`;
    if (state === "closed") return html`<p>${m.closed(when(lang, consultation.closesAt))}</p>`;
    if (state === "reported")
      return html`<p>${m.reported(when(lang, consultation.reportPublishedAt as string))}</p>`;
    const left = timeLeft(consultation, this.now);
    return html`<p>${m.closesAt(when(lang, consultation.closesAt))}
        <strong>${left.days || left.hours ? m.left(left.days, left.hours) : m.lastHour(left.minutes)}</strong></p>
      ${
        consultation.channels.length
          ? html`<p>${m.channels}</p><ul>${consultation.channels.map((c) => html`<li>${localised(c, lang)}</li>`)}</ul>`
          : nothing
      }`;
  }

  private renderSection(
    section: ConsultationSection,
    state: ConsultationState,
    lang: Lang,
    m: ConsultationMessages,
  ): TemplateResult {
    const open = state === "open";
    return html`<section aria-labelledby=${`s-${section.id}`}>
      <h3 id=${`s-${section.id}`}>${localised(section.title, lang)}</h3>
      ${section.paragraphs.map(
        (p, i) => html`<p class="paragraph" part="paragraph" tabindex="0" data-paragraph=${p.id}
            aria-label=${m.paragraph(i + 1)}>${localised(p.text, lang)}</p>
          <div class="actions">
            ${this.toggle(`paragraph:${p.id}`, open ? m.commentParagraph : m.showComments, m)}
            ${open && this.selected?.id === p.id ? this.passageButton(p.id, this.selected.text, m) : nothing}
          </div>
          ${this.panel(`paragraph:${p.id}`)}`,
      )}
      <div class="actions">${this.toggle(`section:${section.id}`, open ? m.commentSection : m.showComments, m)}</div>
      ${this.panel(`section:${section.id}`)}
    </section>`;
  }

  private passageButton(id: string, passage: string, m: ConsultationMessages): TemplateResult {
    return html`<button type="button" part="button" @click=${() => {
      this.selected = undefined;
      this.open(`paragraph:${id}`, passage);
    }}>${m.commentPassage}</button>`;
  }

  private toggle(target: string, label: string, m: ConsultationMessages): TemplateResult {
    const expanded = this.opened?.target === target;
    // Quieter than the page's main actions: one follows every paragraph.
    return html`<button type="button" part="button" class="secondary" aria-expanded=${expanded ? "true" : "false"}
      @click=${() => {
        if (expanded) this.opened = undefined;
        else this.open(target);
      }}>${expanded ? m.hideComments : label}</button>`;
  }

  private panel(target: string): TemplateResult | typeof nothing {
    if (this.opened?.target !== target) return nothing;
    return html`<div class="panel"><cwd-comments .client=${this.source} partnership=${this.partnership}
      consultation=${this.consultation} target=${target} .passage=${this.opened.passage}></cwd-comments></div>`;
  }

  private renderReport(report: ConsultationReport, lang: Lang, m: ConsultationMessages): TemplateResult {
    const { counts } = report;
    return html`<section part="report" aria-labelledby="report">
      <h3 id="report">${m.report}</h3>
      <p>${m.counts(counts.comments, counts.answered)}</p>
      <h4>${m.byStance}</h4>
      <dl>${Object.entries(counts.byStance).map(
        ([stance, n]) => html`<dt>${m.stances[stance as keyof typeof counts.byStance]}</dt><dd>${n}</dd>`,
      )}</dl>
      <ol>${report.entries.map(
        (e) => html`<li><h4>${m.entry(e.number, e.targetLabel)}</h4>
          <p>${m.stances[e.comment.stance]}: ${e.text ?? m.hidden}</p>
          <p>${
            e.answer
              ? html`<strong>${m.positions[e.answer.position]}</strong> — ${localised(e.answer.justification, lang)}`
              : m.noAnswer
          }</p></li>`,
      )}</ol>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "cwd-consultation": CwdConsultation;
  }
}
