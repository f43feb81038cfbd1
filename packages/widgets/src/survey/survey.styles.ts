import { css } from "lit";
import { baseStyles } from "../internal/tokens.styles.js";

export const surveyStyles = [
  baseStyles,
  css`
    :host {
      --_gap: var(--cwd-survey-gap, var(--_space));
    }

    h2,
    h3 {
      line-height: 1.25;
      margin: 0 0 calc(var(--_gap) / 2);
    }

    h2 {
      font-size: 1.5em;
    }

    h3 {
      font-size: 1.2em;
    }

    p {
      margin: 0 0 calc(var(--_gap) / 2);
    }

    form {
      display: grid;
      gap: calc(var(--_gap) * 1.5);
    }

    fieldset {
      margin: 0;
      padding: 0;
      border: 0;
      min-width: 0;
    }

    legend {
      padding: 0;
    }

    .section {
      display: grid;
      gap: var(--_gap);
    }

    .section > legend {
      margin-bottom: calc(var(--_gap) / 2);
    }

    .question {
      display: grid;
      gap: 0.5rem;
      padding-left: var(--_gap);
      border-left: 4px solid transparent;
    }

    .question.invalid {
      border-left-color: var(--_error);
    }

    .label {
      font-weight: 600;
    }

    .required {
      font-weight: 400;
      color: var(--_muted);
    }

    .hint {
      color: var(--_muted);
      margin: 0;
    }

    .error {
      color: var(--_error);
      font-weight: 600;
      margin: 0;
    }

    .options {
      display: grid;
      gap: 0.25rem;
    }

    .option {
      display: flex;
      align-items: center;
      gap: 0.75rem;
      min-height: 2.75rem;
      padding: 0.25rem 0;
      cursor: pointer;
    }

    input[type="radio"],
    input[type="checkbox"] {
      flex: none;
      width: 1.5rem;
      height: 1.5rem;
      margin: 0;
      accent-color: var(--_accent);
      cursor: pointer;
    }

    .scale {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }

    .scale-option {
      display: inline-flex;
      flex-direction: column;
      align-items: center;
      gap: 0.25rem;
      min-width: 2.75rem;
      padding: 0.375rem;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      cursor: pointer;
    }

    .scale-option:has(input:checked) {
      border-color: var(--_accent);
      box-shadow: inset 0 0 0 1px var(--_accent);
    }

    .scale-ends {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      gap: 0.5rem;
      margin: 0;
    }

    input[type="text"],
    textarea {
      width: 100%;
      font: inherit;
      color: inherit;
      background: transparent;
      min-height: 2.75rem;
      padding: 0.5rem 0.75rem;
      border: 2px solid var(--_border);
      border-radius: var(--_radius);
    }

    textarea {
      resize: vertical;
    }

    [aria-invalid="true"]:is(input[type="text"], textarea) {
      border-color: var(--_error);
    }

    .summary {
      margin-bottom: var(--_gap);
      padding: var(--_gap);
      border: 3px solid var(--_error);
      border-radius: var(--_radius);
    }

    .summary ul {
      margin: 0;
      padding-left: 1.25rem;
    }

    /* Line height and spacing keep each link a 24px target (WCAG 2.5.8) while long questions wrap
       naturally next to their bullet. */
    .summary li {
      line-height: 1.5rem;
      margin-block: 0.25rem;
    }

    .summary a {
      color: var(--_error);
      font-weight: 600;
    }

    .alert {
      display: grid;
      gap: 0.75rem;
      justify-items: start;
      padding: var(--_gap);
      border-left: 4px solid var(--_error);
    }

    .progress {
      display: grid;
      gap: 0.25rem;
    }

    .progress p {
      margin: 0;
    }

    .progress progress {
      width: 100%;
      accent-color: var(--_accent);
    }

    .buttons {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem;
    }

    .section h3:focus-visible {
      outline: none;
    }

    .offline {
      padding: calc(var(--_gap) / 2) var(--_gap);
      border-left: 4px solid currentColor;
      font-weight: 600;
    }

    .saved {
      display: grid;
      gap: 0.75rem;
      justify-items: start;
    }

    .actions {
      display: grid;
      gap: 0.75rem;
      justify-items: start;
    }

    /* Focus lands on these by script, to have them read out; they are not controls, and the
       summary's border already marks it, so a ring would only look like a bug. */
    .thanks h2:focus-visible,
    .saved h2:focus-visible,
    .summary:focus-visible {
      outline: none;
    }
  `,
];
