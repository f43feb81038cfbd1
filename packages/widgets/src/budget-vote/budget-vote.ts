import {
  type Ballot,
  type BudgetOutcome,
  type BudgetRound,
  ballotCost,
  isStoreError,
  NotFoundError,
  normaliseCode,
  type Page,
  type Store,
  submissionIdForCode,
  type ValidationError,
  withinLimit,
} from "@cwd/core";
import { html, nothing, type TemplateResult } from "lit";
import { property, state } from "lit/decorators.js";
import { CwdElement } from "../internal/cwd-element.js";
import { deviceMarkedAt, markDevice } from "../internal/device-marker.js";
import { localised } from "../internal/i18n.js";
import type { Lang } from "../internal/lang.js";
import { initial, Loader } from "../internal/load.js";
import { isOutboxStore, outboxFor } from "../internal/offline.js";
import { type BudgetVoteMessages, budgetVoteMessages } from "./budget-vote.messages.js";
import { budgetVoteStyles } from "./budget-vote.styles.js";
import { money } from "./money.js";
import { renderOutcome } from "./outcome.js";

/** Where a round with `deviceMarker` notes that this device voted (as surveys note answers). */
const votedKey = (partnershipId: string, roundId: string) =>
  `cwd-budget-vote:voted:${partnershipId}:${roundId}`;

type Phase =
  | { kind: "choosing" }
  | { kind: "confirming" }
  | { kind: "submitting" }
  | { kind: "failed"; reason: "network" | "closed" | "rejected" | "code" | "used" }
  | { kind: "done"; ballot: Ballot }
  | { kind: "saved"; ballot: Ballot };

/** What the element loads: the vote, the projects' titles, and (for results) the ballots cast. */
interface Loaded {
  round: BudgetRound;
  titles: Map<string, string>;
  outcome?: { ballots: number; result: BudgetOutcome };
}

async function allPages<T>(next: (cursor?: string) => Promise<Page<T>>): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await next(cursor);
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}

async function load(store: Store, partnershipId: string, id: string, results: boolean): Promise<Loaded> {
  const round = await store.get("rounds", { partnershipId, id });
  if (round.type !== "budget") throw new NotFoundError(`round ${id} is not a budget vote`);
  const projects = await allPages((cursor) => store.list("projects", { partnershipId, cursor, limit: 100 }));
  const titles = new Map(projects.map((p) => [p.id, p.title.pl] as const));
  if (!results) return { round, titles };
  const ballots = await allPages((cursor) =>
    store.listSubmissions("ballots", { partnershipId, filter: { roundId: id }, cursor, limit: 100 }),
  );
  const { countBallots } = await import("./count.js");
  return { round, titles, outcome: { ballots: ballots.length, result: countBallots(round, ballots) } };
}

/**
 * @tag cwd-budget-vote
 * @summary A resident's ballot in a budget vote (głosowanie budżetowe), and the vote's results.
 *
 * Residents tick projects within the budget (or up to N projects), see the running total, confirm and
 * send. A failed send keeps the very same ballot, so a retry is stored once. A round with invitation
 * codes asks for one (the ballot's id is the one the code gives, so a code votes once); with
 * `deviceMarker` the device remembers it voted; in `kiosk` mode a "next person" button clears the
 * ballot after each vote. `view="results"` shows
 * what the vote's rule selected, with each winner's payment and why each other project was not chosen.
 *
 * @fires cwd-vote - After the ballot is stored. `detail` is the Ballot that was sent.
 *
 * @csspart base - The wrapper of everything the element shows.
 * @csspart title - The vote's title, and the thank-you heading.
 * @csspart total - The running total under the projects.
 * @csspart error - An error message: over the budget, or when loading or sending failed.
 * @csspart button - The buttons.
 *
 * @cssproperty --cwd-color-accent - Buttons, ticks and focus rings. Default #0b57d0.
 * @cssproperty --cwd-color-error - Error messages. Default #b3261e.
 * @cssproperty --cwd-budget-vote-gap - Space between the projects. Default: --cwd-space.
 *
 * @example
 * <cwd-budget-vote api="https://cwd.example.pl/api" partnership="ziemia-wysokomazowiecka"
 *   round="glosowanie-2026"></cwd-budget-vote>
 */
export class CwdBudgetVote extends CwdElement {
  static override styles = budgetVoteStyles;

  /** Id of the partnership. */
  @property() partnership = "";

  /** Id of the budget round (a `rounds` document of type `budget`). */
  @property() round = "";

  /** `ballot` (default): the resident's ballot; `results`: what the rule selected, and why. */
  @property() view: "ballot" | "results" = "ballot";

  /**
   * Keep a ballot cast without a network on this device (an IndexedDB outbox) and send it, once,
   * when the network returns, even after a reload, as `cwd-survey` does with responses.
   */
  @property({ type: Boolean }) offline = false;

  @state() private chosen: string[] = [];
  @state() private phase: Phase = { kind: "choosing" };
  /** Set when "review" was pressed with nothing chosen: the hint then says to choose one. */
  @state() private askedEmpty = false;
  /** The invitation code typed, for rounds that ask for one. */
  @state() private code = "";
  @state() private codeMissing = false;
  /** Kept after a failed send, so a retry sends the same ballot (same id) and is stored once. */
  private pending?: Ballot;
  private focusAfterUpdate?: string;

  private readonly loader = new Loader(this, {
    args: () => [this.stores.store, this.partnership, this.round, this.view] as const,
    task: ([store, partnershipId, id, view]) =>
      store ? load(store, partnershipId, id, view === "results") : initial,
    onComplete: () => {
      this.chosen = [];
      this.phase = { kind: "choosing" };
      this.pending = undefined;
      void this.findKeptBallot();
    },
  });

  private get keepsOffline(): boolean {
    const store = this.stores.store;
    return this.offline || (store !== undefined && isOutboxStore(store));
  }

  /** A ballot cast here offline before a reload is still waiting: say so, and thank once it arrives. */
  private async findKeptBallot(): Promise<void> {
    const store = this.stores.store;
    if (!store || !this.keepsOffline || this.view !== "ballot") return;
    const outbox = await outboxFor(store);
    const kept = (await outbox.pending()).find(
      (item) => item.kind === "ballots" && item.submission.roundId === this.round,
    );
    if (kept) this.waitFor(kept.submission as Ballot);
  }

  /** Shows the ballot as kept on this device, until the outbox reports it sent or refused. */
  private waitFor(ballot: Ballot): void {
    const store = this.stores.store;
    if (!store) return;
    this.phase = { kind: "saved", ballot };
    void outboxFor(store).then((outbox) => {
      const settle = (event: Event) => {
        const detail = (event as CustomEvent<{ submission: { id: string } }>).detail;
        if (detail.submission.id !== ballot.id) return;
        outbox.events.removeEventListener("cwd-outbox-sent", settle);
        outbox.events.removeEventListener("cwd-outbox-refused", settle);
        if (event.type === "cwd-outbox-sent") this.voted(ballot);
        else this.phase = { kind: "failed", reason: "rejected" };
      };
      outbox.events.addEventListener("cwd-outbox-sent", settle);
      outbox.events.addEventListener("cwd-outbox-refused", settle);
    });
  }

  private readonly sendKeptNow = () => {
    const store = this.stores.store;
    if (store) void outboxFor(store).then((outbox) => outbox.flush());
  };

  private voted(ballot: Ballot): void {
    const round = this.loader.value?.round;
    if (round?.deviceMarker) markDevice(votedKey(round.partnershipId, round.id), ballot.submittedAt);
    this.phase = { kind: "done", ballot };
    this.focusAfterUpdate = ".thanks h2";
    this.emit("cwd-vote", ballot);
  }

  protected override updated(): void {
    if (!this.focusAfterUpdate) return;
    this.renderRoot.querySelector<HTMLElement>(this.focusAfterUpdate)?.focus();
    this.focusAfterUpdate = undefined;
  }

  private toggle(round: BudgetRound, projectId: string, on: boolean): void {
    this.chosen = on ? [...this.chosen, projectId] : this.chosen.filter((id) => id !== projectId);
    this.askedEmpty = false;
    const m = budgetVoteMessages[this.language];
    this.announcer.announce(this.totalText(round, m), { debounce: true });
  }

  private readonly toConfirm = (event: SubmitEvent) => {
    event.preventDefault();
    const round = this.loader.value?.round;
    this.codeMissing = round?.invitationCodes !== undefined && normaliseCode(this.code) === "";
    if (!round || this.chosen.length === 0 || !withinLimit(round, this.chosen) || this.codeMissing) {
      this.askedEmpty = this.chosen.length === 0;
      const choiceFine = this.chosen.length > 0 && round !== undefined && withinLimit(round, this.chosen);
      this.focusAfterUpdate = choiceFine ? "#code" : ".limit";
      this.requestUpdate();
      return;
    }
    this.phase = { kind: "confirming" };
    this.focusAfterUpdate = ".confirm h3";
  };

  /** Kiosk mode: the next person starts on an empty ballot. */
  private readonly nextPerson = () => {
    this.chosen = [];
    this.code = "";
    this.phase = { kind: "choosing" };
    this.focusAfterUpdate = "fieldset input";
  };

  private readonly backToChoice = () => {
    this.phase = { kind: "choosing" };
    this.focusAfterUpdate = "fieldset input";
  };

  private async submit(): Promise<void> {
    const round = this.loader.value?.round;
    const store = this.stores.store;
    if (!round || !store || this.phase.kind === "submitting") return;
    const code = round.invitationCodes ? normaliseCode(this.code) : undefined;
    const same =
      this.pending && this.pending.projectIds.join() === this.chosen.join() && this.pending.code === code;
    if (!same)
      this.pending = {
        id: code ? submissionIdForCode(round.id, code) : crypto.randomUUID(),
        partnershipId: round.partnershipId,
        roundId: round.id,
        submittedAt: new Date().toISOString(),
        projectIds: [...this.chosen],
        ...(code ? { code } : {}),
      };
    const ballot = this.pending as Ballot;
    this.phase = { kind: "submitting" };
    try {
      if (this.keepsOffline) {
        const { pending } = await (await outboxFor(store)).submit("ballots", ballot);
        this.pending = undefined;
        if (pending) {
          this.waitFor(ballot);
          this.focusAfterUpdate = ".thanks h2";
          return;
        }
      } else {
        await store.submit("ballots", ballot);
      }
    } catch (error) {
      const code = isStoreError(error) ? error.code : undefined;
      const badCode =
        code === "invalid" && ((error as ValidationError).issues ?? []).some((i) => i.path === "code");
      // A refused ballot or a spent code will not be taken as it is: what is sent next is a new ballot.
      if (code === "invalid" || code === "conflict") this.pending = undefined;
      this.phase = {
        kind: "failed",
        reason:
          code === "forbidden"
            ? "closed"
            : code === "conflict"
              ? "used"
              : badCode
                ? "code"
                : code === "invalid"
                  ? "rejected"
                  : "network",
      };
      this.focusAfterUpdate = ".alert";
      return;
    }
    this.pending = undefined;
    this.voted(ballot);
  }

  private totalText(round: BudgetRound, m: BudgetVoteMessages): string {
    const lang = this.language;
    if (round.ballot.limit === "count") return m.chosen(this.chosen.length, round.ballot.max);
    const spent = ballotCost(round, this.chosen);
    return m.total(money(lang, spent, round.currency), money(lang, round.budget, round.currency));
  }

  override render(): TemplateResult {
    const lang = this.language;
    const m = budgetVoteMessages[lang];
    const loading = this.loader.status === "initial" || this.loader.status === "pending";
    const submitting = this.phase.kind === "submitting";
    return html`<div part="base" class="base" lang=${lang} aria-busy=${loading || submitting ? "true" : "false"}>
        ${this.renderContent(lang, m, loading)}
      </div>
      ${this.announcer.region(lang, loading ? m.loadingVote : submitting ? m.sendingVote : undefined)}`;
  }

  private renderContent(lang: Lang, m: BudgetVoteMessages, loading: boolean): TemplateResult {
    const loaded = this.loader.value;
    if (loading) return html`<p class="hint">${m.loadingVote}</p>`;
    if (this.loader.status === "error" || !loaded) {
      const error = this.loader.error;
      const notFound = isStoreError(error) && error.code === "not_found";
      return html`<div class="alert" role="alert" part="error">
        <p>${notFound ? m.notFound : m.loadFailed}</p>
        ${notFound ? nothing : html`<button type="button" part="button" @click=${() => this.loader.run()}>${m.retry}</button>`}
      </div>`;
    }
    const { round } = loaded;
    const header = html`<h2 part="title">${localised(round.title, lang)}</h2>
      ${round.sample ? html`<p class="sample">${m.sample}</p>` : nothing}`;
    if (loaded.outcome) return html`${header}${renderOutcome(lang, m, round, loaded.titles, loaded.outcome)}`;
    if (this.phase.kind === "saved")
      return html`<div class="thanks saved"><h2 part="title" tabindex="-1">${m.savedTitle}</h2><p>${m.savedText}</p>
        <button type="button" part="button" class="secondary" @click=${this.sendKeptNow}>${m.sendNow}</button></div>`;
    if (this.phase.kind === "done")
      return html`<div class="thanks"><h2 part="title" tabindex="-1">${m.thanksTitle}</h2><p>${m.thanksText}</p>
        ${round.kiosk ? html`<button type="button" part="button" @click=${this.nextPerson}>${m.nextPerson}</button>` : nothing}</div>`;
    const closed = round.closesAt !== undefined && Date.parse(round.closesAt) < Date.now();
    if (round.status !== "open" || closed) return html`${header}<p>${m.notOpen}</p>`;
    if (round.deviceMarker && deviceMarkedAt(votedKey(round.partnershipId, round.id)))
      return html`${header}<p>${m.alreadyVoted}</p>`;
    if (this.phase.kind === "choosing") return html`${header}${this.renderChoice(lang, m, loaded)}`;
    return html`${header}${this.renderConfirm(lang, m, loaded)}`;
  }

  private renderChoice(lang: Lang, m: BudgetVoteMessages, { round, titles }: Loaded): TemplateResult {
    const rule =
      round.ballot.limit === "budget"
        ? m.budgetRule(money(lang, round.budget, round.currency))
        : m.countRule(round.ballot.max);
    const within = withinLimit(round, this.chosen);
    const over =
      round.ballot.limit === "budget"
        ? m.overBudget(money(lang, ballotCost(round, this.chosen) - round.budget, round.currency))
        : m.overCount(round.ballot.max);
    return html`<p id="rule">${rule}</p>
      <form novalidate @submit=${this.toConfirm}>
        <fieldset aria-describedby="rule">
          <legend>${m.projects}</legend>
          ${round.candidates.map(
            (c) => html`<label class="candidate">
              <input
                type="checkbox"
                .checked=${this.chosen.includes(c.projectId)}
                @change=${(e: Event) => this.toggle(round, c.projectId, (e.target as HTMLInputElement).checked)}
              />
              <span class="name">${titles.get(c.projectId) ?? c.projectId}</span>
              <span class="cost">${money(lang, c.cost, round.currency)}</span>
            </label>`,
          )}
        </fieldset>
        <p class="total" part="total">${this.totalText(round, m)}</p>
        ${round.invitationCodes ? this.renderCode(m) : nothing}
        <div class="limit" tabindex="-1">
          ${within ? nothing : html`<p class="alert" role="alert" part="error">${over}</p>`}
          ${this.askedEmpty ? html`<p class="alert" role="alert" part="error">${m.chooseOne}</p>` : nothing}
        </div>
        <button type="submit" part="button" aria-disabled=${within && this.chosen.length > 0 ? "false" : "true"}>
          ${m.review}
        </button>
      </form>`;
  }

  private renderCode(m: BudgetVoteMessages): TemplateResult {
    return html`<div class="code">
      <label for="code">${m.codeLabel}</label>
      <input id="code" autocomplete="off" spellcheck="false" aria-describedby="code-hint"
        aria-invalid=${this.codeMissing ? "true" : "false"} .value=${this.code}
        @input=${(e: Event) => {
          this.code = (e.target as HTMLInputElement).value;
          this.codeMissing = false;
        }} />
      <p id="code-hint" class="hint">${m.codeHint}</p>
      ${this.codeMissing ? html`<p class="alert" role="alert" part="error">${m.codeMissing}</p>` : nothing}
    </div>`;
  }

  private renderConfirm(lang: Lang, m: BudgetVoteMessages, { round, titles }: Loaded): TemplateResult {
    const failure = this.phase.kind === "failed" ? this.phase.reason : undefined;
    const failureText =
      failure &&
      {
        network: m.submitFailed,
        closed: m.notAccepting,
        rejected: m.rejected,
        code: m.codeRejected,
        used: m.codeUsed,
      }[failure];
    return html`<div class="confirm">
      <h3 tabindex="-1">${m.confirmTitle}</h3>
      <ul>
        ${this.chosen.map((id) => {
          const cost = round.candidates.find((c) => c.projectId === id)?.cost ?? 0;
          return html`<li>${titles.get(id) ?? id} – ${money(lang, cost, round.currency)}</li>`;
        })}
      </ul>
      <p class="total" part="total">${this.totalText(round, m)}</p>
      ${failureText ? html`<div class="alert" role="alert" part="error" tabindex="-1"><p>${failureText}</p></div>` : nothing}
      <div class="actions">
        ${
          failure === "closed" || failure === "used" || failure === "code"
            ? nothing
            : html`<button type="button" part="button" aria-disabled=${this.phase.kind === "submitting" ? "true" : "false"}
                @click=${() => this.submit()}>${failure === "network" ? m.retry : m.confirm}</button>`
        }
        <button type="button" part="button" class="secondary" @click=${this.backToChoice}>${m.back}</button>
      </div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "cwd-budget-vote": CwdBudgetVote;
  }
  interface GlobalEventHandlersEventMap {
    "cwd-vote": CustomEvent<Ballot>;
  }
}
