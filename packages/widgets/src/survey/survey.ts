import type { OutboxItem, OutboxStore } from "@cwd/adapters/indexeddb";
import {
  type Answer,
  answerProblems,
  answerTo,
  isStoreError,
  questionsOf,
  type Survey,
  type SurveyResponse,
  shownOptionOrder,
  shownSections,
  surveyMembers,
  type ValidationError,
} from "@cwd/core";
import { html, nothing, type TemplateResult } from "lit";
import { property, state } from "lit/decorators.js";
import { CwdElement } from "../internal/cwd-element.js";
import { localised } from "../internal/i18n.js";
import type { Lang } from "../internal/lang.js";
import { initial, Loader } from "../internal/load.js";
import { isOutboxStore, OnlineController, outboxFor } from "../internal/offline.js";
import { answeredAt, clearDraft, loadDraft, markAnswered, saveDraft } from "./device.js";
import { questionDomId, renderQuestion } from "./questions.js";
import { answersToSend, problemsFromIssues, responseExtras, sameAnswers } from "./response.js";
import { type QuestionProblem, type SurveyMessages, surveyMessages } from "./survey.messages.js";
import { surveyStyles } from "./survey.styles.js";

// Sending stays a small state machine of ours rather than a Loader: its outcome is more than a value
// or an error (answers the server refused go back to editing with the questions marked, a retry must
// resend the very same response, a reload returns to editing), and a Loader cannot be reset to idle.
type Phase =
  | { kind: "editing" }
  | { kind: "submitting" }
  | { kind: "failed"; reason: "network" | "closed" | "rejected" }
  | { kind: "done"; response: SurveyResponse };

/**
 * @tag cwd-survey
 * @summary A partnership's survey (ankieta) for residents to fill in and send, in Polish or English.
 *
 * @fires cwd-submit - After the response is stored. `detail` is the SurveyResponse that was sent. A
 *   response kept on the device while offline fires it once it has arrived.
 *
 * @csspart base - The wrapper of everything the survey shows.
 * @csspart title - The survey title, and the thank-you heading.
 * @csspart section - A section of questions (a fieldset).
 * @csspart question - One question.
 * @csspart label - A question's text.
 * @csspart hint - Help text, limits and the character counter.
 * @csspart error - An error message: at a question, or when loading or sending failed.
 * @csspart button - The send and retry buttons.
 * @csspart offline - The notice shown while the browser is offline.
 * @csspart summary - The list of problems shown at the top after a failed send.
 * @csspart progress - "Section 2 of 4" and its progress bar, when sections are steps.
 *
 * @cssproperty --cwd-color-accent - Buttons, ticks and focus rings. Default #0b57d0.
 * @cssproperty --cwd-color-on-accent - Text on the accent colour. Default #ffffff.
 * @cssproperty --cwd-color-error - Error messages and marks. Default #b3261e.
 * @cssproperty --cwd-color-border - Field and scale borders. Default: the page's text colour at 60%.
 * @cssproperty --cwd-color-muted - Help text. Default: the page's text colour at 80%.
 * @cssproperty --cwd-color-focus - The focus ring. Default: the accent colour.
 * @cssproperty --cwd-radius - Corner radius. Default 0.375rem.
 * @cssproperty --cwd-space - Base spacing. Default 1rem.
 * @cssproperty --cwd-max-width - Widest the survey grows. Default 42rem.
 * @cssproperty --cwd-survey-gap - Space between questions and sections. Default: --cwd-space.
 *
 * @example
 * <script type="module" src="https://cwd.example.pl/widgets/cwd-loader.js"></script>
 * <cwd-survey api="https://cwd.example.pl/api" partnership="ziemia-wysokomazowiecka"
 *   survey="ankieta-mieszkancow"></cwd-survey>
 */
export class CwdSurvey extends CwdElement {
  /** A form-associated element: inside a CMS's own form it submits its answers (JSON) under its `name`. */
  static formAssociated = true;
  private readonly internals = this.attachInternals();
  static override styles = surveyStyles;

  /** Id of the partnership the survey belongs to. */
  @property() partnership = "";

  /** Id of the survey. */
  @property() survey = "";

  /**
   * Keep a response sent without a network on this device (an IndexedDB outbox) and send it, once,
   * when the network returns, even after a reload. A store set from code that is already an outbox
   * store (`createOutboxStore`) works the same without it.
   */
  @property({ type: Boolean }) offline = false;

  /**
   * How a survey with several sections is laid out: `steps` (the default) shows one section at a
   * time with its progress, checking each before the next, which suits a phone; `page` shows every
   * section on one page.
   */
  @property() layout: "steps" | "page" = "steps";

  /** A response kept on this device that the server has not taken yet. */
  @state() private waiting?: SurveyResponse;
  /** Responses the outbox reported sent, in case the report comes before we know we wait for them. */
  private readonly arrived = new Set<string>();
  private listening?: OutboxStore;

  private readonly connection = new OnlineController(this, (online) => {
    const m = surveyMessages[this.language];
    this.announce(online ? m.backOnline : m.offlineNotice(this.keepsOffline));
  });

  @state() private answers: Record<string, Answer> = {};
  @state() private problems: QuestionProblem[] = [];
  @state() private phase: Phase = { kind: "editing" };
  @state() private otherTexts: Record<string, string> = {};
  /** The section shown, among those shown, when a survey has several: one step at a time. */
  @state() private step = 0;
  /** Shuffled orders of the questions that ask for one, drawn once per load and sent with the response. */
  private optionOrders: Record<string, string[]> = {};

  /** The pending response; kept after a failure so a retry sends it again unchanged. */
  private pending?: SurveyResponse;
  private focusAfterUpdate?: string;

  /** Loads the survey whenever the store or the ids change; a newer load makes an older one stale. */
  private readonly loader = new Loader(this, {
    args: () => [this.stores.store, this.partnership, this.survey] as const,
    task: ([store, partnershipId, id]) => (store ? store.get("surveys", { partnershipId, id }) : initial),
    onComplete: (survey) => {
      this.optionOrders = survey ? randomOrders(survey) : {};
      // A kiosk is shared: it keeps no draft for the next person to find.
      const draft = survey && !survey.kiosk ? loadDraft(survey.partnershipId, survey.id) : undefined;
      this.otherTexts = draft?.otherTexts ?? {};
      this.answers = draft?.answers ?? {};
      this.reportToForm(survey);
      this.problems = [];
      this.phase = { kind: "editing" };
      this.pending = undefined;
      this.step = 0;
    },
  });

  /** The partnership's gminy, for `member` questions; loaded only when the survey has one. */
  private readonly membersLoader = new Loader(this, {
    args: () => [this.stores.store, this.loader.value] as const,
    task: async ([store, survey]) =>
      store && survey && questionsOf(survey).some((q) => q.type === "member")
        ? surveyMembers(
            await store.get("partnerships", {
              partnershipId: survey.partnershipId,
              id: survey.partnershipId,
            }),
          )
        : [],
  });

  /** The outbox when this survey keeps responses offline; it finds a response still waiting from before. */
  private readonly outboxLoader = new Loader(this, {
    args: () => [this.stores.store, this.offline, this.partnership, this.survey] as const,
    task: async ([store, offline, partnershipId, surveyId]) => {
      if (!store || !(offline || isOutboxStore(store))) return undefined;
      const outbox = await outboxFor(store);
      this.listenTo(outbox);
      const kept = (await outbox.pending()).find(
        ({ kind, submission }) =>
          kind === "responses" &&
          submission.partnershipId === partnershipId &&
          submission.surveyId === surveyId,
      );
      if (kept && !this.waiting) {
        this.waiting = kept.submission as SurveyResponse;
        if (this.arrived.has(kept.submission.id)) this.delivered(this.waiting);
      }
      return outbox;
    },
  });

  private get keepsOffline(): boolean {
    const store = this.stores.store;
    return this.offline || (store !== undefined && isOutboxStore(store));
  }

  private listenTo(outbox: OutboxStore | undefined): void {
    if (outbox === this.listening) return;
    this.listening?.events.removeEventListener("cwd-outbox-sent", this.onSent);
    this.listening?.events.removeEventListener("cwd-outbox-refused", this.onRefused);
    outbox?.events.addEventListener("cwd-outbox-sent", this.onSent);
    outbox?.events.addEventListener("cwd-outbox-refused", this.onRefused);
    this.listening = outbox;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.listenTo(this.outboxLoader.value);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.listenTo(undefined);
  }

  private readonly onSent = (event: Event) => {
    const { submission } = (event as CustomEvent<OutboxItem>).detail;
    this.arrived.add(submission.id);
    if (submission.id === this.waiting?.id) this.delivered(this.waiting);
  };

  private readonly onRefused = (event: Event) => {
    const { submission, error } = (event as CustomEvent<OutboxItem & { error: unknown }>).detail;
    const survey = this.loader.value;
    if (submission.id !== this.waiting?.id || !survey) return;
    // The answers come back to the form, so the resident can correct them and send again.
    this.answers = { ...this.waiting.answers };
    this.waiting = undefined;
    this.phase = this.failure(survey, error);
  };

  /** A response kept on the device has arrived: the resident is thanked as after any send. */
  private delivered(response: SurveyResponse): void {
    this.waiting = undefined;
    this.phase = { kind: "done", response };
    this.focusAfterUpdate = ".thanks h2";
    this.emit("cwd-submit", response);
  }

  protected override updated(): void {
    if (!this.focusAfterUpdate) return;
    this.renderRoot.querySelector<HTMLElement>(this.focusAfterUpdate)?.focus();
    this.focusAfterUpdate = undefined;
  }

  private readonly retryLoad = () => {
    void this.loader.run();
  };

  private readonly onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    // Enter in a field of an earlier step moves on, as the Next button does.
    const survey = this.loader.value;
    if (survey && this.step < this.stepCount(survey) - 1) this.nextStep();
    else void this.submit();
  };

  /** Checks the answers of the step shown; moves on when they are fine, else focuses the first problem. */
  private readonly nextStep = () => {
    const survey = this.loader.value;
    const shown = survey && shownSections(survey, this.answers)[this.step];
    if (!survey || !shown) return;
    const here = new Set(shown.questions.map((q) => q.id));
    this.problems = this.allProblems(survey).filter((p) => here.has(p.questionId));
    const first = this.problems[0];
    if (first) {
      this.focusAfterUpdate = `#${questionDomId(first.questionId)} :is(input, select, textarea, button)`;
      return;
    }
    this.goToStep(this.step + 1);
  };

  /** How many steps the survey takes: one per section shown, or one for the whole page. */
  private stepCount(survey: Survey): number {
    return this.layout === "page" ? 1 : Math.max(1, shownSections(survey, this.answers).length);
  }

  private readonly previousStep = () => {
    this.problems = [];
    this.goToStep(this.step - 1);
  };

  private goToStep(step: number): void {
    this.step = step;
    this.focusAfterUpdate = ".section h3";
  }

  private allProblems(survey: Survey): QuestionProblem[] {
    const answers = answersToSend(survey, this.answers);
    const extras = responseExtras(answers, this.otherTexts, this.optionOrders);
    return answerProblems(survey, answers, {
      ...extras,
      memberIds: this.membersLoader.value?.map((m) => m.id),
    });
  }

  /** Shows the step holding the first problem, so the summary's links lead somewhere. */
  private showFirstProblem(survey: Survey): void {
    const first = this.problems[0];
    const index = shownSections(survey, this.answers).findIndex((s) =>
      s.questions.some((q) => q.id === first?.questionId),
    );
    if (index >= 0) this.step = index;
  }

  private async submit(): Promise<void> {
    const survey = this.loader.value;
    const store = this.stores.store;
    if (this.loader.status !== "complete" || !survey || !store || this.phase.kind === "submitting") return;
    const answers = answersToSend(survey, this.answers);
    const extras = responseExtras(answers, this.otherTexts, this.optionOrders);
    const problems = this.allProblems(survey);
    this.problems = problems;
    if (problems.length > 0) {
      this.phase = { kind: "editing" };
      this.showFirstProblem(survey);
      this.focusAfterUpdate = ".summary";
      return;
    }
    // Unchanged answers are resent as the very same response (id and time included): a store that
    // did receive the failed attempt then recognises the retry instead of counting the resident twice.
    if (!this.pending || !sameAnswers(this.pending.answers, answers)) {
      this.pending = {
        id: crypto.randomUUID(),
        partnershipId: survey.partnershipId,
        surveyId: survey.id,
        submittedAt: new Date().toISOString(),
        answers,
        ...extras,
      };
    }
    const response = this.pending;
    this.phase = { kind: "submitting" };
    let kept = false;
    try {
      const sender = this.keepsOffline ? await outboxFor(store) : store;
      kept = ((await sender.submit("responses", response)) as { pending?: boolean }).pending === true;
    } catch (error) {
      this.phase = this.failure(survey, error);
      return;
    }
    this.pending = undefined;
    clearDraft(survey.partnershipId, survey.id);
    if (survey.deviceMarker) markAnswered(survey.partnershipId, survey.id, response.submittedAt);
    if (kept) {
      this.waiting = response;
      this.phase = { kind: "editing" };
      this.focusAfterUpdate = ".saved h2";
      return;
    }
    this.phase = { kind: "done", response };
    this.focusAfterUpdate = ".thanks h2";
    this.emit("cwd-submit", response);
  }

  private failure(survey: Survey, error: unknown): Phase {
    if (isStoreError(error) && error.code === "forbidden") return { kind: "failed", reason: "closed" };
    if (isStoreError(error) && error.code === "invalid") {
      // These answers will not be accepted as they are; whatever is sent next is a new response.
      this.pending = undefined;
      this.problems = problemsFromIssues(survey, (error as ValidationError).issues ?? []);
      if (this.problems.length === 0) return { kind: "failed", reason: "rejected" };
      this.showFirstProblem(survey);
      this.focusAfterUpdate = ".summary";
      return { kind: "editing" };
    }
    return { kind: "failed", reason: "network" };
  }

  private readonly setAnswer = (questionId: string, answer: Answer) => {
    this.answers = { ...this.answers, [questionId]: answer };
    this.keepDraft();
    // The mark goes once the question is touched again; the next send checks everything anew.
    this.problems = this.problems.filter((p) => p.questionId !== questionId);
  };

  private readonly setOtherText = (questionId: string, text: string) => {
    this.otherTexts = { ...this.otherTexts, [questionId]: text };
    this.keepDraft();
    this.problems = this.problems.filter((p) => p.questionId !== questionId);
  };

  /** Tells a surrounding form the answers so far (JSON of the shown answers) and whether they are complete. */
  private reportToForm(survey: Survey | undefined = this.loader.value): void {
    if (!survey) return;
    const answers = answersToSend(survey, this.answers);
    this.internals.setFormValue(JSON.stringify(answers));
    const problems = answerProblems(
      survey,
      answers,
      responseExtras(answers, this.otherTexts, this.optionOrders),
    );
    const m = surveyMessages[this.language];
    if (problems.length === 0) this.internals.setValidity({});
    else this.internals.setValidity({ customError: true }, m.summaryTitle(problems.length));
  }

  private keepDraft(): void {
    this.reportToForm();
    const survey = this.loader.value;
    if (survey && !survey.kiosk)
      saveDraft(survey.partnershipId, survey.id, { answers: this.answers, otherTexts: this.otherTexts });
  }

  /** Kiosk mode: the next person starts on an empty form. */
  private readonly nextPerson = () => {
    this.answers = {};
    this.otherTexts = {};
    this.problems = [];
    this.phase = { kind: "editing" };
    this.step = 0;
    this.focusAfterUpdate = "h2";
    this.reportToForm();
  };

  private readonly announce = (text: string, options?: { debounce: boolean }) => {
    this.announcer.announce(text, options);
  };

  private focusQuestion(event: Event, questionId: string): void {
    event.preventDefault();
    const question = this.renderRoot.querySelector(`#${questionDomId(questionId)}`);
    const control =
      question?.querySelector<HTMLElement>("input:checked") ??
      question?.querySelector<HTMLElement>("input, textarea");
    control?.focus();
  }

  override render(): TemplateResult {
    const lang = this.language;
    const m = surveyMessages[lang];
    const loading = this.loader.status === "initial" || this.loader.status === "pending";
    const submitting = this.phase.kind === "submitting";
    const status = loading ? m.loadingSurvey : submitting ? m.sendingAnswers : undefined;
    // The live region stays outside the busy wrapper: aria-busy would hold back its announcements.
    return html`<div part="base" class="base" lang=${lang} aria-busy=${loading || submitting ? "true" : "false"}>
        ${this.connection.online ? nothing : html`<p class="offline" part="offline">${m.offlineNotice(this.keepsOffline)}</p>`}
        ${this.renderContent(lang, m, loading)}
      </div>
      ${this.announcer.region(lang, status)}`;
  }

  private renderContent(lang: Lang, m: SurveyMessages, loading: boolean): TemplateResult {
    const survey = this.loader.value;
    if (loading) return html`<p class="hint" part="hint">${m.loadingSurvey}</p>`;
    if (this.loader.status === "error" || !survey) {
      const error = this.loader.error;
      const notFound = isStoreError(error) && error.code === "not_found";
      return html`<div class="alert" role="alert" part="error">
        <p>${notFound ? m.notFound : m.loadFailed}</p>
        ${notFound ? nothing : html`<button type="button" part="button" @click=${this.retryLoad}>${m.retry}</button>`}
      </div>`;
    }
    return this.renderSurvey(survey, lang, m);
  }

  private renderSurvey(survey: Survey, lang: Lang, m: SurveyMessages): TemplateResult {
    if (this.phase.kind === "done") {
      return html`<div class="thanks">
        <h2 part="title" tabindex="-1">${m.thanksTitle}</h2>
        <p>${m.thanksText}</p>
        ${survey.kiosk ? html`<button type="button" part="button" @click=${this.nextPerson}>${m.nextPerson}</button>` : nothing}
      </div>`;
    }
    if (this.waiting) {
      return html`<div class="saved">
        <h2 part="title" tabindex="-1">${m.savedTitle}</h2>
        <p>${m.savedText}</p>
        <button type="button" part="button" class="secondary" @click=${() => this.listening?.flush()}>
          ${m.sendNow}
        </button>
      </div>`;
    }
    const title = html`<h2 part="title">${localised(survey.title, lang)}</h2>`;
    const closed =
      survey.status === "closed" ||
      (survey.closesAt !== undefined && Date.parse(survey.closesAt) < Date.now());
    if (survey.status === "draft" || closed) {
      return html`${title}
        <p>${survey.status === "draft" ? m.draft : m.closed}</p>`;
    }
    if (survey.opensAt && Date.parse(survey.opensAt) > Date.now()) {
      return html`${title}
        <p>${m.opensAt(survey.opensAt)}</p>`;
    }
    const answered = survey.deviceMarker ? answeredAt(survey.partnershipId, survey.id) : undefined;
    if (answered) {
      return html`${title}
        <p>${m.alreadyAnswered}</p>`;
    }
    const sections = shownSections(survey, this.answers);
    const steps = this.stepCount(survey);
    const stepped = steps > 1;
    const step = Math.min(this.step, steps - 1);
    return html`${title}
      ${survey.description ? html`<p>${localised(survey.description, lang)}</p>` : nothing}
      ${survey.closesAt ? html`<p class="hint" part="hint">${m.openUntil(survey.closesAt)}</p>` : nothing}
      ${this.renderSummary(survey, lang, m)}
      <form novalidate @submit=${this.onSubmit}>
        ${stepped ? this.renderProgress(step, steps, m) : nothing}
        ${(stepped ? sections.slice(step, step + 1) : sections).map(
          ({ section, questions }) => html`<fieldset class="section" part="section">
            <legend><h3 tabindex="-1">${localised(section.title, lang)}</h3></legend>
            ${section.description ? html`<p class="hint">${localised(section.description, lang)}</p>` : nothing}
            ${questions.map((question) =>
              renderQuestion(question, {
                lang,
                m,
                answer: answerTo(this.answers, question.id),
                problem: this.problems.find((p) => p.questionId === question.id),
                setAnswer: this.setAnswer,
                announce: this.announce,
                members: (this.membersLoader.value ?? []).map((member) => ({
                  id: member.id,
                  name: member.name,
                })),
                optionOrder: (id) => this.optionOrders[id],
                otherText: this.otherTexts[question.id] ?? "",
                setOtherText: this.setOtherText,
              }),
            )}
          </fieldset>`,
        )}
        <div class="actions">
          ${this.renderSubmitFailure(m)}
          <div class="buttons">
            ${step > 0 ? html`<button type="button" part="button" class="secondary back" @click=${this.previousStep}>${m.back}</button>` : nothing}
            ${
              step < steps - 1
                ? html`<button type="button" part="button" class="next" @click=${this.nextStep}>${m.next}</button>`
                : html`<button type="submit" part="button" aria-disabled=${this.phase.kind === "submitting" ? "true" : "false"}>
                    ${m.sendAnswers}
                  </button>`
            }
          </div>
        </div>
      </form>`;
  }

  private renderProgress(step: number, steps: number, m: SurveyMessages): TemplateResult {
    return html`<div class="progress" part="progress">
      <p id="progress-label">${m.stepOf(step + 1, steps)}</p>
      <progress max=${steps} value=${step + 1} aria-labelledby="progress-label"></progress>
    </div>`;
  }

  private renderSummary(survey: Survey, lang: Lang, m: SurveyMessages): TemplateResult | typeof nothing {
    if (this.problems.length === 0) return nothing;
    const questions = new Map(questionsOf(survey).map((q) => [q.id, q]));
    return html`<div class="summary" part="summary" tabindex="-1">
      <h3>${m.summaryTitle(this.problems.length)}</h3>
      <ul>
        ${this.problems.map((problem) => {
          const question = questions.get(problem.questionId);
          return html`<li>
            <a
              href="#${questionDomId(problem.questionId)}"
              @click=${(event: Event) => this.focusQuestion(event, problem.questionId)}
              >${question ? `${localised(question.text, lang)} – ` : ""}${m.problem(problem)}</a
            >
          </li>`;
        })}
      </ul>
    </div>`;
  }

  private renderSubmitFailure(m: SurveyMessages): TemplateResult | typeof nothing {
    if (this.phase.kind !== "failed") return nothing;
    const reason = this.phase.reason;
    const text = { network: m.submitFailed, closed: m.notAccepting, rejected: m.submitRejected }[reason];
    return html`<div class="alert" role="alert" part="error">
      <p>${text}</p>
      ${
        reason === "network"
          ? html`<button type="button" part="button" class="secondary" @click=${() => this.submit()}>
              ${m.retry}
            </button>`
          : nothing
      }
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "cwd-survey": CwdSurvey;
  }
  interface GlobalEventHandlersEventMap {
    "cwd-submit": CustomEvent<SurveyResponse>;
  }
}

function randomOrders(survey: Survey): Record<string, string[]> {
  const orders: Record<string, string[]> = {};
  for (const question of questionsOf(survey)) {
    if ("randomiseOptions" in question && question.randomiseOptions)
      orders[question.id] = shownOptionOrder(question, Math.random);
  }
  return orders;
}
