import { css } from "lit";

/**
 * Theme tokens and the basics every widget shares. Text, font and background come from the page, so
 * a widget looks like part of the municipal site; the defaults of the colours meet WCAG AA on white.
 */
export const baseStyles = css`
  /* Each public --cwd-* property is read once into a private one with its default, so a site can
     theme every widget at once from :root, or one element by its tag, and both override the default. */
  :host {
    --_accent: var(--cwd-color-accent, #0b57d0);
    --_on-accent: var(--cwd-color-on-accent, #ffffff);
    --_error: var(--cwd-color-error, #b3261e);
    /* Borders follow the page's text colour, so they keep 3:1 contrast on light and dark sites alike. */
    --_border: var(--cwd-color-border, color-mix(in srgb, currentColor 60%, transparent));
    --_muted: var(--cwd-color-muted, color-mix(in srgb, currentColor 80%, transparent));
    --_focus: var(--cwd-color-focus, var(--_accent));
    --_radius: var(--cwd-radius, 0.375rem);
    --_space: var(--cwd-space, 1rem);
    --_max-width: var(--cwd-max-width, 42rem);

    display: block;
    font: inherit;
    color: inherit;
    line-height: 1.5;
    max-width: var(--_max-width);
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  button {
    font: inherit;
    min-height: 2.75rem;
    padding: 0.5rem 1.25rem;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 600;
    cursor: pointer;
  }

  button.secondary {
    background: transparent;
    color: inherit;
  }

  button[aria-disabled="true"] {
    opacity: 0.7;
    cursor: progress;
  }

  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
      scroll-behavior: auto !important;
    }
  }
`;
