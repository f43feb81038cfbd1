import { type Answer, choiceIds, dontKnow, noneOptionId, otherOptionId, type Question } from "@cwd/core";
import { html, nothing, type TemplateResult } from "lit";
import { ifDefined } from "lit/directives/if-defined.js";
import { live } from "lit/directives/live.js";
import { localised } from "../internal/i18n.js";
import type { Lang } from "../internal/lang.js";
import {
  renderConsent,
  renderMatrix,
  renderMember,
  renderNumberOrDate,
  renderRanking,
} from "./questions-more.js";
import type { QuestionProblem, SurveyMessages } from "./survey.messages.js";

type SingleChoiceQuestion = Extract<Question, { type: "single_choice" }>;
type MultipleChoiceQuestion = Extract<Question, { type: "multiple_choice" }>;
type ScaleQuestion = Extract<Question, { type: "scale" }>;
type TextQuestion = Extract<Question, { type: "text" }>;

/** What a question needs from the survey to render and to report changes. */
export interface QuestionContext {
  lang: Lang;
  m: SurveyMessages;
  answer: Answer | undefined;
  problem: QuestionProblem | undefined;
  setAnswer(questionId: string, answer: Answer): void;
  /** Says something to screen readers without moving focus (polite). */
  announce(text: string, options?: { debounce: boolean }): void;
  /** The gminy a `member` question offers. */
  members: { id: string; name: string }[];
  /** The order to show a question's options in (shuffled for some), "other" and "none" last. */
  optionOrder(questionId: string): string[] | undefined;
  /** The text typed for "other, please specify". */
  otherText: string;
  setOtherText(questionId: string, text: string): void;
}

/** The element id of a question, which the error summary links to. */
export const questionDomId = (questionId: string): string => `q-${questionId}`;

export function renderQuestion(question: Question, context: QuestionContext): TemplateResult {
  switch (question.type) {
    case "single_choice":
      return renderSingleChoice(question, context);
    case "multiple_choice":
      return renderMultipleChoice(question, context);
    case "scale":
      return renderScale(question, context);
    case "text":
      return renderText(question, context);
    case "number":
    case "date":
      return renderNumberOrDate(question, context);
    case "consent":
      return renderConsent(question, context);
    case "member":
      return renderMember(question, context);
    case "matrix":
      return renderMatrix(question, context);
    case "ranking":
      return renderRanking(question, context);
  }
}

export const ids = (question: Question) => {
  const base = questionDomId(question.id);
  return { base, help: `${base}-help`, error: `${base}-error`, count: `${base}-count` };
};

/** The description of a question: its help text, a hint we add (limits) and its error, when present. */
export function describedBy(question: Question, context: QuestionContext, extra: string[] = []): string {
  const { help, error } = ids(question);
  return [question.help ? help : "", ...extra, context.problem ? error : ""].filter(Boolean).join(" ");
}

export function label(question: Question, { lang, m }: QuestionContext): TemplateResult {
  return html`<span class="label" part="label">${localised(question.text, lang)}</span>
    ${question.required ? html`<span class="required">${m.required}</span>` : nothing}`;
}

export function helpAndError(question: Question, context: QuestionContext): TemplateResult {
  const { help, error } = ids(question);
  return html`${
    question.help
      ? html`<p class="hint" part="hint" id=${help}>${localised(question.help, context.lang)}</p>`
      : nothing
  }
  ${
    context.problem
      ? html`<p class="error" part="error" id=${error}>
          <span class="sr-only">${context.m.errorPrefix}</span> ${context.m.problem(context.problem)}
        </p>`
      : nothing
  }`;
}

/**
 * The fieldset a choice or scale question stands in: the question as legend, then an optional hint
 * we add (such as a choice limit), its help and error, all tied to the group by aria-describedby.
 */
export function questionGroup(
  question: Question,
  context: QuestionContext,
  content: TemplateResult,
  hint?: { id: string; text: string },
): TemplateResult {
  const { base } = ids(question);
  return html`<fieldset
    class="question ${context.problem ? "invalid" : ""}"
    part="question"
    id=${base}
    aria-describedby=${ifDefined(describedBy(question, context, hint ? [hint.id] : []) || undefined)}
  >
    <legend>${label(question, context)}</legend>
    ${hint ? html`<p class="hint" part="hint" id=${hint.id}>${hint.text}</p>` : nothing}
    ${helpAndError(question, context)}
    ${content}
  </fieldset>`;
}

export const invalid = (context: QuestionContext) => (context.problem ? "true" : "false");

/** The options as shown: in the stored order, with "other" and "none" labelled from the question. */
function shownOptions(question: SingleChoiceQuestion | MultipleChoiceQuestion, context: QuestionContext) {
  const label = (id: string) =>
    id === otherOptionId && question.other
      ? question.other
      : id === noneOptionId && question.none
        ? question.none
        : (question.options.find((o) => o.id === id)?.label ?? { pl: id });
  return (context.optionOrder(question.id) ?? choiceIds(question)).map((id) => ({
    id,
    label: localised(label(id), context.lang),
  }));
}

/** The text box of "other, please specify", shown once "other" is chosen. */
function otherText(
  question: SingleChoiceQuestion | MultipleChoiceQuestion,
  context: QuestionContext,
  chosen: boolean,
) {
  if (!question.other || !chosen) return nothing;
  const inputId = `${ids(question).base}-other`;
  return html`<label class="other" for=${inputId}>${context.m.pleaseSpecify}</label>
    <input
      type="text"
      id=${inputId}
      maxlength="1000"
      .value=${live(context.otherText)}
      @input=${(e: Event) => context.setOtherText(question.id, (e.target as HTMLInputElement).value)}
    />`;
}

function renderSingleChoice(question: SingleChoiceQuestion, context: QuestionContext): TemplateResult {
  const { base } = ids(question);
  const options = shownOptions(question, context);
  if (question.display === "dropdown") {
    const selectId = `${base}-input`;
    return html`<div class="question ${context.problem ? "invalid" : ""}" part="question" id=${base}>
      <label for=${selectId}>${label(question, context)}</label>
      ${helpAndError(question, context)}
      <select
        id=${selectId}
        ?required=${question.required}
        aria-invalid=${invalid(context)}
        aria-describedby=${ifDefined(describedBy(question, context) || undefined)}
        @change=${(e: Event) => context.setAnswer(question.id, (e.target as HTMLSelectElement).value)}
      >
        <option value="" ?selected=${context.answer === undefined}>${context.m.chooseOne}</option>
        ${options.map((o) => html`<option value=${o.id} ?selected=${context.answer === o.id}>${o.label}</option>`)}
      </select>
      ${otherText(question, context, context.answer === otherOptionId)}
    </div>`;
  }
  return questionGroup(
    question,
    context,
    html`<div class="options">
      ${options.map(
        (option) => html`<label class="option">
          <input
            type="radio"
            name=${base}
            value=${option.id}
            .checked=${live(context.answer === option.id)}
            ?required=${question.required}
            aria-invalid=${invalid(context)}
            @change=${() => context.setAnswer(question.id, option.id)}
          />
          <span>${option.label}</span>
        </label>`,
      )}
      ${otherText(question, context, context.answer === otherOptionId)}
    </div>`,
  );
}

function renderMultipleChoice(question: MultipleChoiceQuestion, context: QuestionContext): TemplateResult {
  const { base } = ids(question);
  const chosen = Array.isArray(context.answer) ? context.answer : [];
  const max = question.maxChoices;
  // Read the boxes rather than the last render's answer: ticks can come faster than renders.
  const toggle = (event: Event) => {
    const input = event.target as HTMLInputElement;
    const ticked = [...input.closest("fieldset")!.querySelectorAll<HTMLInputElement>("input:checked")];
    // Refusing the extra tick (rather than disabling the rest) keeps every option reachable by
    // keyboard and tells the resident why nothing happened.
    if (input.checked && max !== undefined && ticked.length > max) {
      event.preventDefault();
      context.announce(context.m.chooseAtMost(max));
      return;
    }
    // "None of these" excludes the rest: ticking it clears them, ticking another clears it.
    const values = ticked.map((box) => box.value);
    const exclusive = question.none && values.includes(noneOptionId) && values.length > 1;
    context.setAnswer(
      question.id,
      exclusive
        ? input.value === noneOptionId
          ? [noneOptionId]
          : values.filter((v) => v !== noneOptionId)
        : values,
    );
  };
  return questionGroup(
    question,
    context,
    html`<div class="options">
      ${shownOptions(question, context).map(
        (option) => html`<label class="option">
          <input
            type="checkbox"
            name=${base}
            value=${option.id}
            .checked=${live(chosen.includes(option.id))}
            aria-invalid=${invalid(context)}
            @click=${toggle}
          />
          <span>${option.label}</span>
        </label>`,
      )}
      ${otherText(question, context, chosen.includes(otherOptionId))}
    </div>`,
    max ? { id: `${base}-limit`, text: context.m.chooseAtMost(max) } : undefined,
  );
}

function renderScale(question: ScaleQuestion, context: QuestionContext): TemplateResult {
  const { base } = ids(question);
  const { lang, m } = context;
  const minId = `${base}-min`;
  const maxId = `${base}-max`;
  const values = Array.from({ length: question.max - question.min + 1 }, (_, i) => question.min + i);
  // The end labels describe the end values themselves, so "1" is read as "1, very bad".
  const endLabel = (value: number) =>
    value === question.min && question.minLabel
      ? minId
      : value === question.max && question.maxLabel
        ? maxId
        : undefined;
  return questionGroup(
    question,
    context,
    html`<div class="scale">
      ${values.map(
        (value) => html`<label class="scale-option">
          <input
            type="radio"
            name=${base}
            value=${value}
            .checked=${live(context.answer === value)}
            ?required=${question.required}
            aria-invalid=${invalid(context)}
            aria-describedby=${ifDefined(endLabel(value))}
            @change=${() => context.setAnswer(question.id, value)}
          />
          <span>${value}</span>
        </label>`,
      )}
      ${
        question.dontKnow
          ? html`<label class="scale-option dont-know">
              <input
                type="radio"
                name=${base}
                value=${dontKnow}
                .checked=${live(context.answer === dontKnow)}
                aria-invalid=${invalid(context)}
                @change=${() => context.setAnswer(question.id, dontKnow)}
              />
              <span>${localised(question.dontKnow, lang)}</span>
            </label>`
          : nothing
      }
    </div>
    ${
      question.minLabel || question.maxLabel
        ? html`<p class="scale-ends hint" part="hint">
            ${question.minLabel ? html`<span id=${minId}>${m.scaleEnd(question.min, localised(question.minLabel, lang))}</span>` : nothing}
            ${question.maxLabel ? html`<span id=${maxId}>${m.scaleEnd(question.max, localised(question.maxLabel, lang))}</span>` : nothing}
          </p>`
        : nothing
    }`,
  );
}

function renderText(question: TextQuestion, context: QuestionContext): TemplateResult {
  const { base, count } = ids(question);
  const inputId = `${base}-input`;
  const value = typeof context.answer === "string" ? context.answer : "";
  const left = context.m.charactersLeft(question.maxLength - value.length);
  const onInput = (event: Event) => {
    const text = (event.target as HTMLInputElement | HTMLTextAreaElement).value;
    context.setAnswer(question.id, text);
    // Debounced: announcing every keystroke would drown out what the resident is typing.
    context.announce(context.m.charactersLeft(question.maxLength - text.length), { debounce: true });
  };
  const described = describedBy(question, context, [count]);
  return html`<div class="question ${context.problem ? "invalid" : ""}" part="question" id=${base}>
    <label for=${inputId}>${label(question, context)}</label>
    ${helpAndError(question, context)}
    ${
      question.multiline
        ? html`<textarea
            id=${inputId}
            rows="4"
            maxlength=${question.maxLength}
            ?required=${question.required}
            aria-invalid=${invalid(context)}
            aria-describedby=${described}
            .value=${live(value)}
            @input=${onInput}
          ></textarea>`
        : html`<input
            type="text"
            id=${inputId}
            maxlength=${question.maxLength}
            ?required=${question.required}
            aria-invalid=${invalid(context)}
            aria-describedby=${described}
            .value=${live(value)}
            @input=${onInput}
          />`
    }
    <p class="hint" part="hint" id=${count}>${left}</p>
  </div>`;
}
