import type { Question } from "@cwd/core";
import { html, nothing, type TemplateResult } from "lit";
import { ifDefined } from "lit/directives/if-defined.js";
import { live } from "lit/directives/live.js";
import { localised } from "../internal/i18n.js";
import {
  describedBy,
  helpAndError,
  ids,
  invalid,
  label,
  type QuestionContext,
  questionGroup,
} from "./questions.js";

type Of<T extends Question["type"]> = Extract<Question, { type: T }>;

/** A number or a date in a native input: the browser's own keyboard and picker, no script of ours. */
export function renderNumberOrDate(
  question: Of<"number"> | Of<"date">,
  context: QuestionContext,
): TemplateResult {
  const { base } = ids(question);
  const inputId = `${base}-input`;
  const value = context.answer === undefined ? "" : String(context.answer);
  const onInput = (event: Event) => {
    const text = (event.target as HTMLInputElement).value;
    if (question.type === "date") context.setAnswer(question.id, text);
    else context.setAnswer(question.id, text === "" ? "" : Number(text));
  };
  const step = question.type === "number" && !question.integer ? "any" : undefined;
  return html`<div class="question ${context.problem ? "invalid" : ""}" part="question" id=${base}>
    <label for=${inputId}>${label(question, context)}</label>
    ${helpAndError(question, context)}
    <input
      id=${inputId}
      type=${question.type}
      inputmode=${ifDefined(question.type === "number" ? (question.integer ? "numeric" : "decimal") : undefined)}
      step=${ifDefined(step)}
      min=${ifDefined(question.min === undefined ? undefined : String(question.min))}
      max=${ifDefined(question.max === undefined ? undefined : String(question.max))}
      ?required=${question.required}
      aria-invalid=${invalid(context)}
      aria-describedby=${ifDefined(describedBy(question, context) || undefined)}
      .value=${live(value)}
      @input=${onInput}
    />
  </div>`;
}

/** One box to tick; unticked counts as no answer. */
export function renderConsent(question: Of<"consent">, context: QuestionContext): TemplateResult {
  const { base } = ids(question);
  return html`<div class="question ${context.problem ? "invalid" : ""}" part="question" id=${base}>
    ${helpAndError(question, context)}
    <label class="option">
      <input
        type="checkbox"
        .checked=${live(context.answer === true)}
        ?required=${question.required}
        aria-invalid=${invalid(context)}
        aria-describedby=${ifDefined(describedBy(question, context) || undefined)}
        @change=${(e: Event) => context.setAnswer(question.id, (e.target as HTMLInputElement).checked)}
      />
      ${label(question, context)}
    </label>
  </div>`;
}

/** The partnership's gminy as a dropdown; the answer is the member's id. */
export function renderMember(question: Of<"member">, context: QuestionContext): TemplateResult {
  const { base } = ids(question);
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
      ${context.members.map(
        (member) =>
          html`<option value=${member.id} ?selected=${context.answer === member.id}>${member.name}</option>`,
      )}
    </select>
  </div>`;
}

/**
 * Rows on one scale, each row a radio group: arrow keys move along a row, Tab to the next. On a
 * narrow screen the styles stack each row as a list.
 */
export function renderMatrix(question: Of<"matrix">, context: QuestionContext): TemplateResult {
  const { base } = ids(question);
  const values = Array.from({ length: question.max - question.min + 1 }, (_, i) => question.min + i);
  const answer =
    context.answer && typeof context.answer === "object" && !Array.isArray(context.answer)
      ? context.answer
      : {};
  // Read every row's checked radio rather than the last render's answer: clicks come faster than renders.
  const readMatrix = (event: Event) => {
    const matrix = (event.target as HTMLElement).closest(".matrix") as HTMLElement;
    const values: Record<string, number> = {};
    for (const row of question.rows) {
      const checked = matrix.querySelector<HTMLInputElement>(`input[name="${base}-${row.id}"]:checked`);
      if (checked) values[row.id] = Number(checked.value);
    }
    context.setAnswer(question.id, values);
  };
  return questionGroup(
    question,
    context,
    html`<div class="matrix" part="matrix">
      ${question.rows.map(
        (row) => html`<div class="matrix-row" role="radiogroup" aria-labelledby="${base}-${row.id}">
          <span class="matrix-label" id="${base}-${row.id}">${localised(row.label, context.lang)}</span>
          <span class="scale">
            ${values.map(
              (value) => html`<label class="scale-option">
                <input
                  type="radio"
                  name="${base}-${row.id}"
                  value=${value}
                  .checked=${live(answer[row.id] === value)}
                  aria-invalid=${invalid(context)}
                  @change=${readMatrix}
                />
                <span>${value}</span>
              </label>`,
            )}
          </span>
        </div>`,
      )}
    </div>`,
  );
}

/**
 * Options in order of preference. Buttons move an option up or down (so the keyboard is enough and
 * nothing needs dragging); with `top`, only the first K count and the rest are shown as unranked.
 */
export function renderRanking(question: Of<"ranking">, context: QuestionContext): TemplateResult {
  const { base } = ids(question);
  const { m, lang } = context;
  const order = Array.isArray(context.answer)
    ? [
        ...context.answer,
        ...question.options.map((o) => o.id).filter((id) => !(context.answer as string[]).includes(id)),
      ]
    : (context.optionOrder(question.id) ?? question.options.map((o) => o.id));
  const top = question.top ?? question.options.length;
  const labelOf = (id: string) =>
    localised(question.options.find((o) => o.id === id)?.label ?? { pl: id }, lang);
  const move = (from: number, to: number) => {
    const next = [...order];
    const [item] = next.splice(from, 1);
    next.splice(to, 0, item as string);
    context.setAnswer(question.id, next.slice(0, top));
    context.announce(m.rankedAt(labelOf(item as string), to + 1));
  };
  return questionGroup(
    question,
    context,
    html`<ol class="ranking" part="ranking">
      ${order.map(
        (id, i) => html`<li class=${i < top ? "ranked" : "unranked"}>
          <span id="${base}-${id}">${labelOf(id)}</span>
          <button type="button" aria-describedby="${base}-${id}" ?disabled=${i === 0} @click=${() => move(i, i - 1)}>
            ${m.moveUp}
          </button>
          <button
            type="button"
            aria-describedby="${base}-${id}"
            ?disabled=${i === order.length - 1}
            @click=${() => move(i, i + 1)}
          >
            ${m.moveDown}
          </button>
        </li>`,
      )}
    </ol>
    ${question.top ? html`<p class="hint" part="hint">${m.rankTop(question.top)}</p>` : nothing}`,
  );
}
