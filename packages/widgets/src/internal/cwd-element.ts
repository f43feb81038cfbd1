import type { Store } from "@cwd/core";
import { type CSSResultGroup, LitElement } from "lit";
import { property } from "lit/decorators.js";
import { Announcer } from "./announcer.js";
import { InheritedLang, type Lang, languageOf } from "./lang.js";
import { StoreController } from "./store-controller.js";
import { baseStyles } from "./tokens.styles.js";

/** Events whose `detail` type is declared in `GlobalEventHandlersEventMap` as a CustomEvent. */
type CwdEventName = {
  [K in keyof GlobalEventHandlersEventMap]: GlobalEventHandlersEventMap[K] extends CustomEvent ? K : never;
}[keyof GlobalEventHandlersEventMap];

type DetailOf<K extends CwdEventName> =
  GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never;

/**
 * What every `cwd-*` element shares: its language, its data source, typed events, one screen-reader
 * announcer and the theme tokens. Elements extend it and only render.
 */
export class CwdElement extends LitElement {
  static override styles: CSSResultGroup = baseStyles;

  /**
   * Language of the texts: "pl" or "en". Empty by default, when the element follows the nearest
   * `lang` of the page (Polish when there is none).
   */
  @property() override lang = "";

  /** Address of the CWD API, when the element is not inside a `cwd-provider`. */
  @property() api?: string;

  /** The Store to read from and send to, set from code; wins over `api` and any provider. */
  @property({ attribute: false }) store?: Store;

  /** The Store resolved from `store`, `api` or the nearest provider: read `stores.store`. */
  protected readonly stores = new StoreController(this);

  /** Tells screen readers what changed; render `announcer.region(...)` once. */
  protected readonly announcer = new Announcer(this);

  private readonly inherited = new InheritedLang(this);

  /** The language to render in: the element's own `lang`, else the page's around it. */
  protected get language(): Lang {
    return this.lang ? languageOf(this.lang) : this.inherited.value;
  }

  /**
   * Fires a domain event, bubbling and composed so the page hears it from inside any shadow root.
   * The name and `detail` are checked against the element's `GlobalEventHandlersEventMap` entry.
   *
   * @example
   * this.emit("cwd-submit", response);
   */
  protected emit<K extends CwdEventName>(name: K, detail: DetailOf<K>): boolean {
    const event = new CustomEvent(name, { detail, bubbles: true, composed: true });
    return this.dispatchEvent(event);
  }
}
