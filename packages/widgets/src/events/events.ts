import {
  type EventKind,
  type EventSignup,
  eventKinds,
  isStoreError,
  type Partnership,
  type PlanEvent,
  type Store,
} from "@cwd/core";
import { html, nothing, type TemplateResult } from "lit";
import { property, state } from "lit/decorators.js";
import { CwdElement } from "../internal/cwd-element.js";
import { localised } from "../internal/i18n.js";
import { initial, Loader } from "../internal/load.js";
import { eventsMessages } from "./events.messages.js";
import { eventsStyles } from "./events.styles.js";

interface Calendar {
  partnership: Partnership;
  events: PlanEvent[];
}

/** What became of a sign-up, by event id. */
type Outcome = { kind: "sending" } | { kind: "done"; text: string } | { kind: "refused"; text: string };

async function loadCalendar(store: Store, partnershipId: string): Promise<Calendar> {
  const partnership = await store.get("partnerships", { partnershipId, id: partnershipId });
  const events: PlanEvent[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.list("events", { partnershipId, cursor, limit: 100 });
    events.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return { partnership, events };
}

/** Now as a Warsaw wall-clock time, `YYYY-MM-DDTHH:mm`, comparable with an event's times as text. */
function nowInWarsaw(): string {
  return new Date().toLocaleString("sv-SE", { timeZone: "Europe/Warsaw" }).slice(0, 16).replace(" ", "T");
}

/** `2026-03-30T18:00` as "30.03.2026, 18:00" — it is Warsaw time already, so no zone is applied. */
const when = (time: string) =>
  `${time.slice(8, 10)}.${time.slice(5, 7)}.${time.slice(0, 4)}, ${time.slice(11)}`;

/**
 * @tag cwd-events
 * @summary The participation calendar (kalendarz partycypacji): upcoming and past workshops, debates
 * and meetings, filtered by member and kind, with sign-up without an account, results of past events
 * and an "add to calendar" link.
 *
 * @fires cwd-signup - After a sign-up is stored. `detail` is the EventSignup sent.
 *
 * @csspart base - The wrapper of everything.
 * @csspart event - One event.
 * @csspart button - The sign-up and retry buttons.
 * @csspart error - A message when loading or signing up failed.
 *
 * @cssproperty --cwd-events-gap - Space between events. Default: --cwd-space.
 *
 * @example
 * <cwd-events api="https://cwd.example.pl/api" partnership="ziemia-wysokomazowiecka"></cwd-events>
 */
export class CwdEvents extends CwdElement {
  static override styles = eventsStyles;

  /** Id of the partnership. */
  @property() partnership = "";

  /** The present as a Warsaw time `YYYY-MM-DDTHH:mm`; now when absent. */
  @property() now = "";

  @state() private member = "";
  @state() private kind = "";
  @state() private outcomes: Record<string, Outcome> = {};

  private readonly loader = new Loader(this, {
    args: () => [this.stores.store, this.partnership] as const,
    task: ([store, partnershipId]) => (store ? loadCalendar(store, partnershipId) : initial),
  });

  private async signUp(event: PlanEvent, form: HTMLFormElement): Promise<void> {
    const m = eventsMessages[this.language];
    const data = new FormData(form);
    const name = String(data.get("name") ?? "").trim();
    const contact = String(data.get("contact") ?? "").trim();
    const problem = !name ? m.needName : !data.get("consent") ? m.needConsent : undefined;
    const store = this.stores.store;
    if (problem || !store) {
      this.outcomes = { ...this.outcomes, [event.id]: { kind: "refused", text: problem ?? m.sendFailed } };
      return;
    }
    const signup: EventSignup = {
      id: crypto.randomUUID(),
      partnershipId: event.partnershipId,
      eventId: event.id,
      submittedAt: new Date().toISOString(),
      name,
      ...(contact ? { contact } : {}),
      consent: true,
    };
    this.outcomes = { ...this.outcomes, [event.id]: { kind: "sending" } };
    let outcome: Outcome;
    try {
      await store.submit("signups", signup);
      outcome = { kind: "done", text: m.signedUp(name, localised(event.title, this.language)) };
      this.emit("cwd-signup", signup);
    } catch (error) {
      const full = isStoreError(error) && (error as { reason?: string }).reason === "full";
      const closed = isStoreError(error) && error.code === "forbidden";
      outcome = { kind: "refused", text: full ? m.full : closed ? m.closed : m.sendFailed };
    }
    this.outcomes = { ...this.outcomes, [event.id]: outcome };
    this.announcer.announce(outcome.text);
  }

  override render(): TemplateResult {
    const m = eventsMessages[this.language];
    const loading = this.loader.status === "initial" || this.loader.status === "pending";
    return html`<div part="base" lang=${this.language} aria-busy=${loading ? "true" : "false"}>
        <h2>${m.title}</h2>
        ${loading ? html`<p>${m.loading}</p>` : this.renderCalendar()}
      </div>
      ${this.announcer.region(this.language, loading ? m.loading : undefined)}`;
  }

  private renderCalendar(): TemplateResult {
    const m = eventsMessages[this.language];
    const calendar = this.loader.value;
    if (this.loader.status === "error" || !calendar) {
      return html`<div role="alert" part="error">
        <p>${m.loadFailed}</p>
        <button type="button" part="button" @click=${() => this.loader.run()}>${m.retry}</button>
      </div>`;
    }
    const now = this.now || nowInWarsaw();
    const shown = calendar.events
      .filter((e) => !this.member || (e.members ?? []).includes(this.member))
      .filter((e) => !this.kind || e.kind === this.kind)
      .sort((a, b) => (a.start < b.start ? -1 : 1));
    const upcoming = shown.filter((e) => e.end > now);
    const past = shown.filter((e) => e.end <= now).reverse();
    const select = (label: string, value: string, options: [string, string][], set: (v: string) => void) =>
      html`<label>${label}
        <select .value=${value} @change=${(e: Event) => set((e.target as HTMLSelectElement).value)}>
          <option value="">${m.all}</option>
          ${options.map(([v, text]) => html`<option value=${v} ?selected=${v === value}>${text}</option>`)}
        </select>
      </label>`;
    return html`<div class="filters">
        ${select(
          m.member,
          this.member,
          calendar.partnership.members.map((x) => [x.id, x.name]),
          (v) => {
            this.member = v;
          },
        )}
        ${select(
          m.kind,
          this.kind,
          eventKinds.map((k) => [k, m.kinds[k]]),
          (v) => {
            this.kind = v;
          },
        )}
      </div>
      <h3>${m.upcoming}</h3>
      ${upcoming.length ? upcoming.map((e) => this.renderEvent(e, calendar, true)) : html`<p>${m.none}</p>`}
      <h3>${m.past}</h3>
      ${past.length ? past.map((e) => this.renderEvent(e, calendar, false)) : html`<p>${m.none}</p>`}`;
  }

  /**
   * Saves the event as an .ics file. The iCalendar writer is fetched only now, when a resident
   * asks for it, so the calendar itself stays small.
   */
  private async addToCalendar(event: PlanEvent, calendar: Calendar): Promise<void> {
    const { eventsToIcs } = await import("./ics.js");
    const lang = this.language;
    const name = localised(calendar.partnership.name, lang);
    const ics = eventsToIcs([event], { name, stamp: new Date(), lang });
    const url = URL.createObjectURL(new Blob([ics], { type: "text/calendar;charset=utf-8" }));
    const link = Object.assign(document.createElement("a"), { href: url, download: `${event.id}.ics` });
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }

  private renderEvent(event: PlanEvent, calendar: Calendar, upcoming: boolean): TemplateResult {
    const lang = this.language;
    const m = eventsMessages[lang];
    const text = (value: { pl: string; en?: string }) => localised(value, lang);
    const outcome = this.outcomes[event.id];
    return html`<article part="event" aria-labelledby="t-${event.id}">
      <h4 id="t-${event.id}">${text(event.title)}</h4>
      <p class="meta">${m.kinds[event.kind as EventKind]} · ${when(event.start)} – ${event.end.slice(0, 10) === event.start.slice(0, 10) ? event.end.slice(11) : when(event.end)}</p>
      ${event.place ? html`<p>${text(event.place)}</p>` : nothing}
      ${event.onlineUrl ? html`<p><a href=${event.onlineUrl}>${m.online}</a></p>` : nothing}
      ${event.audience ? html`<p>${m.audience}: ${text(event.audience)}</p>` : nothing}
      ${event.agenda?.length ? html`<p>${m.agenda}:</p><ol>${event.agenda.map((item) => html`<li>${text(item)}</li>`)}</ol>` : nothing}
      ${upcoming ? html`<p><button type="button" class="secondary" @click=${() => this.addToCalendar(event, calendar)}>${m.addToCalendar}</button></p>` : nothing}
      ${event.notes && !upcoming ? html`<p><strong>${m.notes}:</strong> ${text(event.notes)}</p>` : nothing}
      ${event.results?.length && !upcoming ? html`<p><strong>${m.results}:</strong></p><ul>${event.results.map((r) => html`<li>${text(r.summary)}</li>`)}</ul>` : nothing}
      ${upcoming && event.signups ? this.renderSignup(event, event.signups, outcome) : nothing}
    </article>`;
  }

  private renderSignup(
    event: PlanEvent,
    signups: NonNullable<PlanEvent["signups"]>,
    outcome?: Outcome,
  ): TemplateResult {
    const m = eventsMessages[this.language];
    if (outcome?.kind === "done") return html`<p class="confirmation" role="status">${outcome.text}</p>`;
    return html`<form novalidate aria-label="${m.signUp}: ${localised(event.title, this.language)}" @submit=${(
      e: SubmitEvent,
    ) => {
      e.preventDefault();
      void this.signUp(event, e.target as HTMLFormElement);
    }}>
      ${signups.capacity ? html`<p class="meta">${m.places(signups.capacity)}</p>` : nothing}
      <label>${m.name} <input type="text" name="name" autocomplete="name" maxlength="200" /></label>
      <label>${m.contact} <input type="text" name="contact" autocomplete="email" maxlength="200" /></label>
      <details><summary>${m.clause}</summary><p>${localised(signups.informationClause, this.language)}</p></details>
      <label class="consent"><input type="checkbox" name="consent" /> <span>${m.consent}</span></label>
      ${outcome?.kind === "refused" ? html`<p class="error" part="error" role="alert">${outcome.text}</p>` : nothing}
      <div><button part="button" aria-disabled=${outcome?.kind === "sending" ? "true" : "false"}>${outcome?.kind === "sending" ? m.sending : m.signUp}</button></div>
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "cwd-events": CwdEvents;
  }
  interface GlobalEventHandlersEventMap {
    "cwd-signup": CustomEvent<EventSignup>;
  }
}
