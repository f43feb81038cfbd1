import { answerPositions, type QueueItem } from "@cwd/core";
import { html, nothing, type TemplateResult } from "lit";
import { property, state } from "lit/decorators.js";
import {
  type ConsultationClient,
  type HttpClientOptions,
  httpConsultationClient,
  type ModeratorAction,
  RequestError,
} from "../comments/client.js";
import { CwdElement } from "../internal/cwd-element.js";
import { warsawTime } from "../internal/format.js";
import type { Lang } from "../internal/lang.js";
import { initial, Loader } from "../internal/load.js";
import { type ModerationMessages, moderationMessages } from "./moderation.messages.js";
import { moderationStyles } from "./moderation.styles.js";
import { loadNames, memberName, type Names, targetName } from "./names.js";
import { isView, type View, views } from "./views.js";

/** The form open on one comment: a reason to hide or restore it, or the official answer. */
type Acting = { id: string; form: "hide" | "restore" | "answer" };

/** Where the token is kept: this tab's sessionStorage, one per API, never localStorage. */
const tokenKey = (api: string) => `cwd-moderation-token:${api}`;

/** Whether the server refused the token: unknown (401) or not allowed here (403). */
function refused(error: unknown): boolean {
  return error instanceof RequestError && (error.status === 401 || error.status === 403);
}

function when(lang: Lang, instant: string): string {
  return warsawTime(lang, instant, { dateStyle: "medium", timeStyle: "short" });
}

/**
 * @tag cwd-moderation
 * @summary For moderators and editors: the queue of a consultation's comments awaiting moderation or reported by readers, or every comment (hidden, without an answer…) with how many still lack the partnership's answer; publish, hide or restore with a reason, and the partnership's official answer (its justification in Polish, and in English if the editor writes one). Members and document sections are shown by name. The token is asked once and kept for this tab only.
 *
 * @csspart base - The wrapper of the list.
 * @csspart comment - One comment in the list.
 * @csspart answer - The partnership's official answer to a comment.
 * @csspart button - Every button.
 * @csspart error - An error message.
 *
 * @cssproperty --cwd-color-accent - Buttons and the official answers' mark. Default #0b57d0.
 *
 * @example
 * <cwd-moderation api="https://cwd.example.pl/api" partnership="ziemia-wysokomazowiecka"
 *   consultation="konsultacje-projektu-diagnozy"></cwd-moderation>
 */
export class CwdModeration extends CwdElement {
  static override styles = moderationStyles;

  /** Id of the partnership. */
  @property() partnership = "";
  /** Id of the consultation. */
  @property() consultation = "";
  /** Which comments it lists first: `queue` (awaiting or reported), `awaiting`, `reported`, `hidden`, `unanswered` or `all`. */
  @property() view: View = "queue";
  /** The fetch to call the API with (tests, apps with their own); the page's by default. */
  @property({ attribute: false }) fetch?: HttpClientOptions["fetch"];

  @state() private token = "";
  @state() private acting?: Acting;
  @state() private position = "";
  @state() private problem = "";
  @state() private busy = false;

  private focusAfterUpdate?: string;

  override connectedCallback(): void {
    super.connectedCallback();
    this.token = sessionStorage.getItem(tokenKey(this.api ?? "")) ?? "";
  }

  private readonly queueLoader = new Loader(this, {
    args: () => [this.api, this.token, this.fetch, this.partnership, this.consultation] as const,
    task: async ([api, token, fetch, pid, cid]): Promise<QueueItem[] | typeof initial> => {
      if (!api || !token) return initial;
      try {
        return await httpConsultationClient(api, { token, fetch }).everyComment(pid, cid);
      } catch (error) {
        if (!refused(error)) throw error;
        this.forget(moderationMessages[this.language].notAllowed);
        return initial;
      }
    },
  });

  /** Members' names and the document's section titles: public, loaded once, not with every reload of the queue. */
  private readonly namesLoader = new Loader(this, {
    args: () => [this.api, this.fetch, this.partnership, this.consultation] as const,
    task: ([api, fetch, pid, cid]): Promise<Names> | typeof initial =>
      api ? loadNames(httpConsultationClient(api, { fetch }), pid, cid) : initial,
  });

  private client(): ConsultationClient {
    return httpConsultationClient(this.api ?? "", { token: this.token, fetch: this.fetch });
  }

  protected override updated(): void {
    if (!this.focusAfterUpdate) return;
    this.renderRoot.querySelector<HTMLElement>(this.focusAfterUpdate)?.focus();
    this.focusAfterUpdate = undefined;
  }

  private readonly onToken = (event: SubmitEvent) => {
    event.preventDefault();
    const input = (event.target as HTMLFormElement).elements.namedItem("token") as HTMLInputElement;
    const token = input.value.trim();
    this.problem = token ? "" : moderationMessages[this.language].needToken;
    if (!token) return;
    sessionStorage.setItem(tokenKey(this.api ?? ""), token);
    this.token = token;
    this.focusAfterUpdate = "h3";
  };

  private forget(message = moderationMessages[this.language].forgotten): void {
    sessionStorage.removeItem(tokenKey(this.api ?? ""));
    this.token = "";
    this.acting = undefined;
    this.announcer.announce(message);
    this.focusAfterUpdate = "#token";
  }

  private open(acting: Acting, position = ""): void {
    this.acting = acting;
    this.position = position;
    this.problem = "";
    this.focusAfterUpdate = acting.form === "answer" ? 'input[name="position"]' : "textarea";
  }

  /** Runs one call for the open comment; says what happened, or why not, and reloads the queue. */
  private async act(call: () => Promise<void>, done: string): Promise<void> {
    const m = moderationMessages[this.language];
    this.busy = true;
    try {
      await call();
      this.acting = undefined;
      this.problem = "";
      this.announcer.announce(done);
      this.focusAfterUpdate = "h3";
    } catch (error) {
      if (refused(error)) return this.forget(m.notAllowed);
      const status = error instanceof RequestError ? error.status : 0;
      this.problem = status === 409 ? m.conflict : m.failed((error as Error).message);
      if (status === 409) this.acting = undefined;
      this.announcer.announce(this.problem);
    } finally {
      this.busy = false;
    }
    await this.queueLoader.run();
  }

  private moderate(item: QueueItem, action: ModeratorAction, reason?: string): Promise<void> {
    const m = moderationMessages[this.language];
    return this.act(
      () => this.client().moderate(this.partnership, this.consultation, item.comment.id, action, reason),
      m.done[action],
    );
  }

  private readonly onReason = (event: SubmitEvent, item: QueueItem, action: "hide" | "restore") => {
    event.preventDefault();
    const reason = String(new FormData(event.target as HTMLFormElement).get("reason") ?? "").trim();
    this.problem = reason ? "" : moderationMessages[this.language].needReason;
    if (reason) void this.moderate(item, action, reason);
    else this.focusAfterUpdate = "textarea";
  };

  private readonly onAnswer = (event: SubmitEvent, item: QueueItem) => {
    event.preventDefault();
    const m = moderationMessages[this.language];
    const data = new FormData(event.target as HTMLFormElement);
    const pl = String(data.get("justification") ?? "").trim();
    const en = String(data.get("justification-en") ?? "").trim();
    this.problem = !this.position ? m.needPosition : !pl ? m.needJustification : "";
    if (this.problem) {
      this.focusAfterUpdate = this.position ? 'textarea[name="justification"]' : 'input[name="position"]';
      return;
    }
    const answer = {
      position: this.position as (typeof answerPositions)[number],
      // The English field starts with the stored text, so a revision keeps it unless the editor empties it.
      justification: en ? { pl, en } : { pl },
      ...(item.answer?.version !== undefined && { version: item.answer.version }),
    };
    void this.act(
      () => this.client().answer(this.partnership, this.consultation, item.comment.id, answer),
      m.answered,
    );
  };

  override render(): TemplateResult {
    const lang = this.language;
    const m = moderationMessages[lang];
    return html`<section part="base" lang=${lang} aria-labelledby="heading">
        <h2 id="heading">${m.heading}</h2>
        ${this.token ? this.renderQueue(lang, m) : this.renderTokenForm(m)}
      </section>
      ${this.announcer.region(lang)}`;
  }

  private renderTokenForm(m: ModerationMessages): TemplateResult {
    return html`<form @submit=${this.onToken} novalidate>
      <div>
        <label for="token">${m.tokenLabel} ${m.required}</label>
        <input type="password" id="token" name="token" autocomplete="off" aria-describedby="token-hint" />
        <p class="hint" id="token-hint">${m.tokenHint}</p>
      </div>
      ${this.renderProblem()}
      <div><button type="submit" part="button">${m.useToken}</button></div>
    </form>`;
  }

  private renderProblem(): TemplateResult | typeof nothing {
    return this.problem
      ? html`<p class="alert" part="error" role="alert" id="problem">${this.problem}</p>`
      : nothing;
  }

  /** Whether the problem shown is about the field that `message` names. */
  private isProblem(message: string): boolean {
    return this.problem !== "" && this.problem === message;
  }

  private renderQueue(lang: Lang, m: ModerationMessages): TemplateResult {
    const forget = html`<p><button type="button" part="button" @click=${() => this.forget()}>${m.forgetToken}</button></p>`;
    const status = this.queueLoader.status;
    if (status === "initial" || (status === "pending" && !this.queueLoader.value))
      return html`${forget}<p class="hint" aria-busy="true">${m.loading}</p>`;
    if (status === "error")
      return html`${forget}<div role="alert"><p>${m.loadFailed}</p>
        <button type="button" part="button" @click=${() => this.queueLoader.run()}>${m.retry}</button></div>`;
    const every = this.queueLoader.value ?? [];
    const view = isView(this.view) ? this.view : "queue";
    const items = every.filter(views[view]);
    return html`${forget}
      <p class="hint" id="unanswered">${m.unanswered(every.filter(views.unanswered).length)}</p>
      <div><label for="view">${m.show}</label>
        <select id="view" @change=${(e: Event) => {
          this.view = (e.target as HTMLSelectElement).value as View;
          this.announcer.announce(`${m.views[this.view]} (${every.filter(views[this.view]).length})`);
        }}>${(Object.keys(views) as View[]).map(
          (v) =>
            html`<option value=${v} ?selected=${v === view}>${m.views[v]} (${every.filter(views[v]).length})</option>`,
        )}</select></div>
      <h3 tabindex="-1">${m.views[view]} (${items.length})</h3>
      ${this.acting ? nothing : this.renderProblem()}
      ${
        items.length === 0
          ? html`<p class="hint">${view === "queue" ? m.empty : m.emptyView}</p>`
          : html`<ol>${items.map((item) => html`<li>${this.renderItem(item, lang, m)}</li>`)}</ol>`
      }`;
  }

  private renderItem(item: QueueItem, lang: Lang, m: ModerationMessages): TemplateResult {
    const { comment, status, answer } = item;
    const author = comment.name ?? m.anonymous;
    const acting = this.acting?.id === comment.id ? this.acting : undefined;
    const label = `${author}, ${when(lang, comment.submittedAt)}`;
    const names = this.namesLoader.value;
    return html`<article part="comment" aria-label=${label}>
      <p class="meta">
        <strong>${author}</strong>${comment.memberId ? html` · ${memberName(names, comment.memberId)}` : nothing} ·
        ${m.stances[comment.stance]} · <time datetime=${comment.submittedAt}>${when(lang, comment.submittedAt)}</time>
      </p>
      <p class="meta">
        <strong>${m.status[status.status]}${status.hiddenBy ? html` ${m.hiddenBy[status.hiddenBy]}` : nothing}</strong>
        ${status.reason ? html` (${m.reason}: ${status.reason})` : nothing} · ${m.reports(status.reports)} ·
        ${answer ? nothing : html`${m.noAnswer} ·`}
        ${m.target} ${targetName(names, comment.target, lang)}
      </p>
      ${comment.target.passage ? html`<blockquote>${comment.target.passage}</blockquote>` : nothing}
      <p class="text">${comment.text}</p>
      ${
        answer
          ? html`<div class="answer" part="answer">
              <p><strong>${m.officialAnswer}: ${m.positions[answer.position]}</strong></p>
              <p lang="pl">${answer.justification.pl}</p>
              ${answer.justification.en ? html`<p><span class="hint">${m.inEnglish}</span> <span lang="en">${answer.justification.en}</span></p>` : nothing}
            </div>`
          : nothing
      }
      ${acting ? this.renderForm(item, acting, m) : this.renderActions(item, m)}
    </article>`;
  }

  private renderActions(item: QueueItem, m: ModerationMessages): TemplateResult {
    const { status, answer, comment } = item;
    const button = (text: string, run: () => void) =>
      html`<button type="button" part="button" ?disabled=${this.busy} @click=${run}>${text}</button>`;
    return html`<div class="actions">
      ${status.status === "awaiting" ? button(m.actions.publish, () => this.moderate(item, "publish")) : nothing}
      ${status.status === "hidden" ? button(m.actions.restore, () => this.open({ id: comment.id, form: "restore" })) : button(m.actions.hide, () => this.open({ id: comment.id, form: "hide" }))}
      ${button(answer ? m.reviseAnswer : m.answer, () => this.open({ id: comment.id, form: "answer" }, answer?.position))}
    </div>`;
  }

  private renderForm(item: QueueItem, acting: Acting, m: ModerationMessages): TemplateResult {
    const id = `f-${item.comment.id}`;
    const cancel = html`<button type="button" part="button" @click=${() => {
      this.acting = undefined;
      this.problem = "";
    }}>${m.cancel}</button>`;
    const submit = (text: string) =>
      html`<button type="submit" part="button" ?disabled=${this.busy}>${this.busy ? m.sending : text}</button>`;
    if (acting.form !== "answer") {
      const action = acting.form;
      return html`<form novalidate @submit=${(e: SubmitEvent) => this.onReason(e, item, action)}>
        <div><label for=${id}>${m.reason} ${m.required}</label>
          <textarea id=${id} name="reason" rows="2" maxlength="1000"
            aria-invalid=${this.isProblem(m.needReason) ? "true" : "false"}
            aria-describedby=${this.isProblem(m.needReason) ? "problem" : nothing}></textarea></div>
        ${this.renderProblem()}
        <div class="actions">${submit(m.actions[action])}${cancel}</div>
      </form>`;
    }
    const current = item.answer?.justification;
    return html`<form novalidate @submit=${(e: SubmitEvent) => this.onAnswer(e, item)}>
      <fieldset>
        <legend>${m.position} ${m.required}</legend>
        ${answerPositions.map(
          (p) => html`<label class="choice"><input type="radio" name="position" value=${p}
            .checked=${this.position === p} @change=${() => {
              this.position = p;
            }} />${m.positions[p]}</label>`,
        )}
      </fieldset>
      <div><label for=${id}>${m.justification} ${m.required}</label>
        <textarea id=${id} name="justification" lang="pl" rows="4" maxlength="5000" .value=${current?.pl ?? ""}
          aria-invalid=${this.isProblem(m.needJustification) ? "true" : "false"}
          aria-describedby=${this.isProblem(m.needJustification) ? "problem" : nothing}></textarea></div>
      <div><label for=${`${id}-en`}>${m.justificationEn} ${m.optional}</label>
        <textarea id=${`${id}-en`} name="justification-en" lang="en" rows="4" maxlength="5000"
          aria-describedby=${`${id}-en-hint`} .value=${current?.en ?? ""}></textarea>
        <p class="hint" id=${`${id}-en-hint`}>${m.justificationEnHint}</p></div>
      ${this.renderProblem()}
      <div class="actions">${submit(m.saveAnswer)}${cancel}</div>
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "cwd-moderation": CwdModeration;
  }
}
