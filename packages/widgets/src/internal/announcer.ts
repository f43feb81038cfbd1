import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from "lit";
import type { Lang } from "./lang.js";

/**
 * Says things to screen readers without moving focus, through one polite live region per element.
 *
 * The region lives in the element's own shadow root rather than once per document: it then speaks in
 * the element's language, is styled by us alone (a CMS page's CSS cannot unhide or hide it), needs
 * nothing inserted into the host page, and goes away with the element. Screen readers announce live
 * regions inside shadow roots like any other.
 */
export class Announcer implements ReactiveController {
  private text = "";
  private timer?: ReturnType<typeof setTimeout>;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Announces `text`; with `debounce`, only the last of quick successive texts (a counter while typing). */
  announce(text: string, options?: { debounce: boolean }): void {
    clearTimeout(this.timer);
    // A live region ignores a text it already holds, so a repeated message gets a changed ending.
    const say = () => {
      this.text = text === this.text ? `${text}\u00a0` : text;
      this.host.requestUpdate();
    };
    if (options?.debounce) this.timer = setTimeout(say, 800);
    else say();
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  /**
   * The live region to render once per element, outside any `aria-busy` wrapper (which would hold
   * back its announcements). `status` (what is going on now: loading, sending) wins over the last
   * announcement.
   */
  region(lang: Lang, status?: string): TemplateResult {
    return html`<div class="sr-only" role="status" lang=${lang}>${status || this.text}</div>`;
  }
}
