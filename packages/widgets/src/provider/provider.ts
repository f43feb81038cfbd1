import { css, html, type TemplateResult } from "lit";
import { CwdElement } from "../internal/cwd-element.js";
import { httpStore } from "../internal/http-store.js";
import { StoreProvision } from "../internal/store-context.js";

/**
 * @tag cwd-provider
 * @summary Gives every CWD widget inside it one data source, so the API address is written once per page.
 *
 * @slot - The widgets (and any other content) that use this store.
 *
 * @example
 * <cwd-provider api="https://cwd.example.pl/api">
 *   <cwd-survey partnership="ziemia-wysokomazowiecka" survey="ankieta-mieszkancow"></cwd-survey>
 * </cwd-provider>
 */
export class CwdProvider extends CwdElement {
  // It adds no box of its own: the page's layout applies to the widgets as if it were not there.
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  // `api` (an HTTP store is made for it) and `store` (set from code, wins over `api`) come from
  // CwdElement; the provider hands down its own, never one from a provider around it.
  private readonly provision = new StoreProvision(this);

  protected override willUpdate(): void {
    const store = this.store ?? (this.api ? httpStore(this.api) : undefined);
    if (store) this.provision.store = store;
  }

  override render(): TemplateResult {
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "cwd-provider": CwdProvider;
  }
}
