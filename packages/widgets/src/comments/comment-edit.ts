// Loaded only when a comment sent from this device is on screen: most readers never download it.
import { type Comment, stances } from "@cwd/core";
import { html, nothing, type TemplateResult } from "lit";
import { property, state } from "lit/decorators.js";
import { CwdElement } from "../internal/cwd-element.js";
import { define } from "../internal/define-element.js";
import { warsawTime } from "../internal/format.js";
import { elementMessages } from "../internal/lang.js";
import { type ConsultationClient, RequestError } from "./client.js";
import { commentsMessages } from "./comments.messages.js";
import { commentsStyles } from "./comments.styles.js";

type Stance = Comment["stance"];

// The words a comment's form already has (stance, text) come from the comments' own table.
const editMessages = elementMessages({
  pl: {
    edit: "Edytuj",
    until: (time: string) => `Możesz poprawić swój komentarz do ${time}.`,
    heading: "Popraw swój komentarz",
    save: "Zapisz poprawkę",
    cancel: "Anuluj",
    edited: "Poprawka zapisana.",
    refused: (reason: string) => `Poprawka nie została przyjęta: ${reason}`,
    failed: "Nie udało się zapisać poprawki. Spróbuj ponownie.",
  },
  en: {
    edit: "Edit",
    until: (time: string) => `You may correct your comment until ${time}.`,
    heading: "Correct your comment",
    save: "Save the correction",
    cancel: "Cancel",
    edited: "Correction saved.",
    refused: (reason: string) => `The correction was not accepted: ${reason}`,
    failed: "The correction could not be saved. Try again.",
  },
});

/**
 * The "Edit" button and form of a comment sent from this device, inside `cwd-comments`, while its edit
 * window lasts; it goes away when the window ends.
 *
 * @fires cwd-comment-edited - After the server took the correction; `detail` is the comment's id.
 */
export class CwdCommentEdit extends CwdElement {
  static override styles = commentsStyles;

  @property({ attribute: false }) client?: ConsultationClient;
  @property({ attribute: false }) comment?: {
    id: string;
    partnershipId: string;
    consultationId: string;
    text: string;
    stance: Stance;
  };
  /** The secret handed back when the comment was sent. */
  @property({ attribute: false }) secret = "";
  /** When the edit window ends (ISO instant). */
  @property({ attribute: false }) until = "";

  @state() private open = false;
  @state() private ended = false;
  @state() private problem = "";
  @state() private sending = false;

  private timer?: ReturnType<typeof setTimeout>;

  protected override willUpdate(changed: Map<string, unknown>): void {
    if (!changed.has("until")) return;
    clearTimeout(this.timer);
    const left = Date.parse(this.until) - Date.now();
    this.ended = left <= 0;
    // setTimeout takes at most 2^31-1 ms; a window longer than that stays open for this page's life.
    if (left > 0 && left < 2 ** 31)
      this.timer = setTimeout(() => {
        this.ended = true;
      }, left);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
  }

  protected override updated(changed: Map<string, unknown>): void {
    if (changed.has("open") && this.open) this.renderRoot.querySelector("textarea")?.focus();
  }

  private readonly onSubmit = async (event: SubmitEvent) => {
    event.preventDefault();
    const { client, comment } = this;
    if (!client || !comment || this.sending) return;
    const m = { ...commentsMessages[this.language], ...editMessages[this.language] };
    const data = new FormData(event.target as HTMLFormElement);
    const text = String(data.get("text") ?? "").trim();
    if (!text) {
      this.problem = m.needText;
      return;
    }
    this.sending = true;
    try {
      const stance = String(data.get("stance")) as Stance;
      await client.edit(comment.partnershipId, comment.consultationId, comment.id, this.secret, {
        text,
        stance,
      });
      this.open = false;
      this.problem = "";
      this.announcer.announce(m.edited);
      this.emit("cwd-comment-edited", comment.id);
    } catch (error) {
      this.problem =
        error instanceof RequestError && error.status < 500 ? m.refused(error.message) : m.failed;
      this.announcer.announce(this.problem);
    } finally {
      this.sending = false;
    }
  };

  override render(): TemplateResult | typeof nothing {
    const { comment } = this;
    if (this.ended || !comment) return nothing;
    const lang = this.language;
    const m = { ...commentsMessages[lang], ...editMessages[lang] };
    const time = warsawTime(lang, this.until, { timeStyle: "short" });
    const problem = this.problem
      ? html`<p class="alert" part="error" role="alert">${this.problem}</p>`
      : nothing;
    if (!this.open)
      return html`<p class="hint">${m.until(time)}</p>${problem}
        <button type="button" part="button" @click=${() => {
          this.open = true;
        }}>${m.edit}</button>${this.announcer.region(lang)}`;
    return html`<form part="form" novalidate @submit=${this.onSubmit} aria-labelledby="edit-heading">
        <h4 id="edit-heading">${m.heading}</h4>
        <fieldset>
          <legend>${m.stance}</legend>
          ${stances.map(
            (s) => html`<label class="choice"><input type="radio" name="stance" value=${s}
              ?checked=${comment.stance === s} />${m.stances[s]}</label>`,
          )}
        </fieldset>
        <div><label for="edit-text">${m.text} ${m.required}</label>
          <textarea id="edit-text" name="text" rows="5" .value=${comment.text}></textarea></div>
        ${problem}
        <div class="actions">
          <button type="submit" part="button" ?disabled=${this.sending}>${this.sending ? m.sending : m.save}</button>
          <button type="button" part="button" @click=${() => {
            this.open = false;
            this.problem = "";
          }}>${m.cancel}</button>
        </div>
      </form>${this.announcer.region(lang)}`;
  }
}

define("cwd-comment-edit", CwdCommentEdit);

declare global {
  interface HTMLElementTagNameMap {
    "cwd-comment-edit": CwdCommentEdit;
  }
  interface GlobalEventHandlersEventMap {
    "cwd-comment-edited": CustomEvent<string>;
  }
}
