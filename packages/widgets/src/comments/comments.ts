import {
  type Comment,
  commenterAudiences,
  defaultEditMinutes,
  maxCommentLength,
  maxReplyLevel,
  type Partnership,
  stances,
  type ThreadEntry,
} from "@cwd/core";
import { html, nothing, type TemplateResult } from "lit";
import { property, state } from "lit/decorators.js";
import { CwdElement } from "../internal/cwd-element.js";
import { warsawTime } from "../internal/format.js";
import { localised } from "../internal/i18n.js";
import type { Lang } from "../internal/lang.js";
import { initial, Loader } from "../internal/load.js";
import { type ConsultationClient, consultationClient, RequestError, type ThreadView } from "./client.js";
import { type CommentsMessages, commentsMessages } from "./comments.messages.js";
import { commentsStyles } from "./comments.styles.js";
import { editSecretOf, keepEditSecret } from "./edit-secrets.js";

type Phase =
  | { kind: "editing" }
  | { kind: "sending" }
  | { kind: "sent"; awaiting: boolean }
  | { kind: "failed"; message: string };

/** When a comment was written, as residents read it (Warsaw time). */
function when(lang: Lang, instant: string): string {
  return warsawTime(lang, instant, { dateStyle: "medium", timeStyle: "short" });
}

/**
 * @tag cwd-comments
 * @summary Residents' comments on one target of a consultation (a goal, a project, a section or a paragraph): the thread, official answers set apart, and the form.
 *
 * @fires cwd-comment - After a comment is accepted. `detail` is the Comment sent.
 *
 * @csspart base - The wrapper of the thread and the form.
 * @csspart comment - One comment.
 * @csspart answer - The partnership's official answer to a comment.
 * @csspart form - The comment form.
 * @csspart button - Reply, report and send buttons.
 * @csspart error - An error message.
 *
 * @cssproperty --cwd-color-accent - Buttons and the official answers' mark. Default #0b57d0.
 * @cssproperty --cwd-comments-gap - Space between comments. Default: --cwd-space.
 *
 * @example
 * <cwd-comments api="https://cwd.example.pl/api" partnership="ziemia-wysokomazowiecka"
 *   consultation="konsultacje-projektu-diagnozy" target="section:transport"></cwd-comments>
 */
export class CwdComments extends CwdElement {
  static override styles = commentsStyles;

  /** Id of the partnership. */
  @property() partnership = "";
  /** Id of the consultation. */
  @property() consultation = "";
  /** What the comments are about, as `kind:id` (`section:transport`, `goal:cel-1`). */
  @property() target = "";
  /** A passage quoted from the target, set by `cwd-consultation` when a reader selects one. */
  @property() passage = "";
  /** Where to read and send, set from code; else made from `api` or the store. */
  @property({ attribute: false }) client?: ConsultationClient;

  @state() private phase: Phase = { kind: "editing" };
  @state() private replyTo?: ThreadEntry;
  @state() private stance = "";
  @state() private text = "";
  @state() private problem = "";
  @state() private members: Partnership["members"] = [];

  private focusAfterUpdate?: string;

  private made?: { from: unknown; client: ConsultationClient };

  /** The client: set from code, else one made once per `api` or store (a new one would reload). */
  private get source(): ConsultationClient | undefined {
    if (this.client) return this.client;
    const from = this.api ?? this.stores.store;
    if (from === undefined) return undefined;
    if (this.made?.from !== from)
      this.made = {
        from,
        client: consultationClient(from),
      };
    return this.made.client;
  }

  private readonly loader = new Loader(this, {
    args: () => [this.source, this.partnership, this.consultation, this.target] as const,
    task: async ([source, pid, cid, target]): Promise<ThreadView | typeof initial> => {
      if (!source) return initial;
      const view = await source.thread(pid, cid, target || undefined);
      if (view.state === "open" && this.members.length === 0)
        this.members = await source.members(pid).catch(() => []);
      return view;
    },
  });

  protected override updated(): void {
    if (!this.focusAfterUpdate) return;
    this.renderRoot.querySelector<HTMLElement>(this.focusAfterUpdate)?.focus();
    this.focusAfterUpdate = undefined;
  }

  private targetParts(): Comment["target"] {
    const [kind, id] = this.target.split(":") as [Comment["target"]["kind"], string];
    return { kind, id, ...(this.passage && { passage: this.passage }) };
  }

  private readonly onSubmit = async (event: SubmitEvent) => {
    event.preventDefault();
    const view = this.loader.value;
    const source = this.source;
    const m = commentsMessages[this.language];
    if (!view || !source || this.phase.kind === "sending") return;
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    this.problem = !this.stance ? m.needStance : !this.text.trim() ? m.needText : "";
    if (this.problem) {
      this.focusAfterUpdate = this.stance ? "#text" : 'input[name="stance"]';
      return;
    }
    const optional = (name: string) => {
      const value = String(data.get(name) ?? "").trim();
      return value ? value : undefined;
    };
    const comment: Comment = {
      id: crypto.randomUUID(),
      partnershipId: this.partnership,
      consultationId: this.consultation,
      target: this.targetParts(),
      stance: this.stance as Comment["stance"],
      text: this.text.trim(),
      submittedAt: new Date().toISOString(),
      ...(this.replyTo && { replyTo: this.replyTo.id }),
      ...(optional("name") && { name: optional("name") }),
      ...(optional("member") && { memberId: optional("member") }),
      ...(optional("audience") && { audience: optional("audience") as Comment["audience"] }),
      ...(optional("website") && { website: optional("website") }),
    };
    this.phase = { kind: "sending" };
    // The window is counted from before sending, so this device never offers an edit the server refuses.
    const minutes = view.consultation.editMinutes ?? defaultEditMinutes;
    const until = new Date(Date.now() + minutes * 60_000).toISOString();
    try {
      const { editSecret } = await source.comment(comment);
      if (editSecret) keepEditSecret(comment.id, { secret: editSecret, until });
    } catch (error) {
      const message =
        error instanceof RequestError && error.status < 500 ? m.refused(error.message) : m.sendFailed;
      this.phase = { kind: "failed", message };
      this.focusAfterUpdate = ".alert";
      return;
    }
    const awaiting = view.consultation.moderation === "before";
    this.phase = { kind: "sent", awaiting };
    this.text = "";
    this.stance = "";
    this.replyTo = undefined;
    this.passage = "";
    form.reset();
    this.announcer.announce(awaiting ? m.awaiting : m.published);
    this.emit("cwd-comment", comment);
    this.focusAfterUpdate = ".notice";
    if (!awaiting) await this.loader.run();
  };

  private async reportComment(entry: ThreadEntry): Promise<void> {
    await this.source?.reportComment(this.partnership, this.consultation, entry.id);
    this.announcer.announce(commentsMessages[this.language].reported);
  }

  private startReply(entry: ThreadEntry): void {
    this.replyTo = entry;
    this.focusAfterUpdate = 'input[name="stance"]';
  }

  override render(): TemplateResult {
    const lang = this.language;
    const m = commentsMessages[lang];
    const busy = this.loader.status === "initial" || this.loader.status === "pending";
    // A reload keeps the thread on screen, so focus and what was just announced inside it stay.
    const loading = busy && this.loader.value === undefined;
    return html`<section part="base" class="base" lang=${lang} aria-busy=${busy ? "true" : "false"}>
        ${loading ? html`<p class="hint">${m.loading}</p>` : this.renderLoaded(lang, m)}
      </section>
      ${this.announcer.region(lang, this.phase.kind === "sending" ? m.sending : undefined)}`;
  }

  private renderLoaded(lang: Lang, m: CommentsMessages): TemplateResult {
    const view = this.loader.value;
    if (this.loader.status === "error" || !view) {
      const notFound =
        (this.loader.error as { status?: number; code?: string } | undefined)?.status === 404 ||
        (this.loader.error as { code?: string } | undefined)?.code === "not_found";
      return html`<div class="alert" role="alert" part="error">
        <p>${notFound ? m.notFound : m.loadFailed}</p>
        ${notFound ? nothing : html`<button type="button" part="button" @click=${() => this.loader.run()}>${m.retry}</button>`}
      </div>`;
    }
    const open = view.state === "open";
    return html`<h3>${m.heading(countAll(view.items))}</h3>
      ${view.items.length === 0 ? html`<p class="hint">${m.empty}</p>` : html`<ol>${view.items.map((e) => this.renderEntry(e, lang, m, open))}</ol>`}
      ${open ? this.renderForm(m) : html`<p class="notice">${view.state === "upcoming" ? m.upcoming : m.closed}</p>`}`;
  }

  private renderEntry(entry: ThreadEntry, lang: Lang, m: CommentsMessages, open: boolean): TemplateResult {
    const comment = entry.comment;
    const author = comment?.name ?? m.anonymous;
    const member = this.members.find((x) => x.id === comment?.memberId)?.name ?? comment?.memberId;
    return html`<li class="entry">
      <article part="comment" aria-label=${`${author}, ${when(lang, entry.submittedAt)}`}>
        ${
          comment
            ? html`<p class="meta">
                <strong>${author}</strong>${member ? html` · ${member}` : nothing} ·
                <span class="stance">${m.stances[comment.stance]}</span> ·
                <time datetime=${entry.submittedAt}>${when(lang, entry.submittedAt)}</time>
              </p>
              ${comment.target.passage ? html`<blockquote>${comment.target.passage}</blockquote>` : nothing}
              <p class="text">${comment.text}</p>
              <div class="actions">
                ${
                  open && entry.level < maxReplyLevel
                    ? html`<button type="button" part="button" @click=${() => this.startReply(entry)}>${m.reply}</button>`
                    : nothing
                }
                <button type="button" part="button" @click=${() => this.reportComment(entry)}>${m.report}</button>
                ${open ? this.renderEdit(comment, lang) : nothing}
              </div>`
            : html`<p class="meta">${entry.reason ? m.hiddenBecause(entry.reason) : m.hidden}</p>`
        }
        ${
          entry.answer
            ? html`<aside class="answer" part="answer" aria-label=${m.officialAnswer}>
              <p><strong>${m.officialAnswer}: ${m.positions[entry.answer.position]}</strong></p>
              <p>${localised(entry.answer.justification, lang)}</p>
            </aside>`
            : nothing
        }
      </article>
      ${entry.replies.length ? html`<ol>${entry.replies.map((r) => this.renderEntry(r, lang, m, open))}</ol>` : nothing}
    </li>`;
  }

  /** The edit button of a comment this device sent, while its window lasts; its code loads only then. */
  private renderEdit(
    comment: NonNullable<ThreadEntry["comment"]>,
    lang: Lang,
  ): TemplateResult | typeof nothing {
    const held = editSecretOf(comment.id, new Date());
    if (!held) return nothing;
    void import("./comment-edit.js");
    return html`<cwd-comment-edit lang=${lang} .client=${this.source} .comment=${comment}
      .secret=${held.secret} .until=${held.until} @cwd-comment-edited=${() => this.loader.run()}></cwd-comment-edit>`;
  }

  private renderForm(m: CommentsMessages): TemplateResult {
    const sending = this.phase.kind === "sending";
    const replyName = this.replyTo ? (this.replyTo.comment?.name ?? m.anonymous) : "";
    return html`${
      this.phase.kind === "sent"
        ? html`<p class="notice" tabindex="-1">${this.phase.awaiting ? m.awaiting : m.published}</p>`
        : nothing
    }
      <form part="form" @submit=${this.onSubmit} novalidate aria-labelledby="form-heading">
        <h4 id="form-heading">${this.replyTo ? m.yourReply : m.addComment}</h4>
        ${
          this.replyTo
            ? html`<p>${m.replyTo(replyName)}
              <button type="button" part="button" @click=${() => {
                this.replyTo = undefined;
              }}>${m.cancelReply}</button></p>`
            : nothing
        }
        ${
          this.passage
            ? html`<div><p>${m.quoted}</p><blockquote>${this.passage}</blockquote>
              <button type="button" part="button" @click=${() => {
                this.passage = "";
              }}>${m.removeQuote}</button></div>`
            : nothing
        }
        <fieldset>
          <legend>${m.stance} ${m.required}</legend>
          ${stances.map(
            (s) => html`<label class="choice"><input type="radio" name="stance" value=${s}
              .checked=${this.stance === s} @change=${() => {
                this.stance = s;
              }} />${m.stances[s]}</label>`,
          )}
        </fieldset>
        <div>
          <label for="text">${m.text} ${m.required}</label>
          <textarea id="text" name="text" rows="5" maxlength=${maxCommentLength} aria-describedby="count"
            .value=${this.text} @input=${(e: InputEvent) => {
              this.text = (e.target as HTMLTextAreaElement).value;
            }}></textarea>
          <p class="hint" id="count">${m.characters(this.text.length, maxCommentLength)}</p>
        </div>
        <div><label for="name">${m.name}</label><input type="text" id="name" name="name" maxlength="100" autocomplete="name" /></div>
        ${
          this.members.length
            ? html`<div><label for="member">${m.member}</label>
              <select id="member" name="member"><option value="">${m.none}</option>
                ${this.members.map((x) => html`<option value=${x.id}>${x.name}</option>`)}
              </select></div>`
            : nothing
        }
        <div><label for="audience">${m.audience}</label>
          <select id="audience" name="audience"><option value="">${m.none}</option>
            ${commenterAudiences.map((a) => html`<option value=${a}>${m.audiences[a]}</option>`)}
          </select></div>
        <div class="trap" aria-hidden="true"><label>${m.honeypot}<input type="text" name="website" tabindex="-1" autocomplete="off" /></label></div>
        <p class="hint">${m.privacy}</p>
        ${this.problem ? html`<p class="alert" part="error" role="alert">${this.problem}</p>` : nothing}
        ${this.phase.kind === "failed" ? html`<p class="alert" part="error" role="alert" tabindex="-1">${this.phase.message}</p>` : nothing}
        <div><button type="submit" part="button" ?disabled=${sending}>${sending ? m.sending : m.sendComment}</button></div>
      </form>`;
  }
}

function countAll(entries: readonly ThreadEntry[]): number {
  return entries.reduce((n, e) => n + 1 + countAll(e.replies), 0);
}

declare global {
  interface HTMLElementTagNameMap {
    "cwd-comments": CwdComments;
  }
  interface GlobalEventHandlersEventMap {
    "cwd-comment": CustomEvent<Comment>;
  }
}
