import { ValidationError } from "./errors.js";
import { documentAdmission } from "./rules.js";
import type { CollectionName, DocumentOf } from "./store.js";

/**
 * The order to save `incoming` documents of one kind in so that the store admits each one
 * (`documentAdmission`) against what it holds by then, found by trying the saves on a copy of
 * `stored`. An import needs it when it restructures what is stored: a goal moving down a level
 * is refused while its old children still hang below it, so they must move first. `preferred` order
 * (vision down, dependencies first) is kept wherever it works. Throws before anything is saved when
 * no order works, with the issues of a document that could not be placed, at `<index>.<field>` of
 * `incoming`.
 *
 * @example
 * // stored: a (strategic) above b (operational); incoming: b strategic, a operational below b
 * admissibleOrder("goals", stored, [a2, b2]) // [b2, a2]
 */
export function admissibleOrder<C extends CollectionName>(
  collection: C,
  stored: readonly DocumentOf<C>[],
  incoming: readonly DocumentOf<C>[],
): DocumentOf<C>[] {
  const admit = documentAdmission[collection] as
    | ((document: DocumentOf<C>, stored: DocumentOf<C>[]) => void)
    | undefined;
  if (!admit) return [...incoming];
  const held = new Map(stored.map((document) => [document.id, document]));
  const order: DocumentOf<C>[] = [];
  let waiting = incoming.map((document, index) => ({ document, index }));
  let refusal: { index: number; error: ValidationError } | undefined;
  // Each pass saves every waiting document that is admitted now; one that saves nothing ends it.
  while (waiting.length > 0) {
    const still: typeof waiting = [];
    refusal = undefined;
    for (const entry of waiting) {
      try {
        admit(entry.document, [...held.values()]);
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        refusal ??= { index: entry.index, error };
        still.push(entry);
        continue;
      }
      held.set(entry.document.id, entry.document);
      order.push(entry.document);
    }
    if (still.length === waiting.length && refusal) {
      const { index, error } = refusal;
      throw new ValidationError(
        error.issues.map(({ path, message }) => ({ path: path ? `${index}.${path}` : `${index}`, message })),
      );
    }
    waiting = still;
  }
  return order;
}
