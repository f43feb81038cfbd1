import * as z from "zod/mini";
import { goalTreeIssues } from "../goals/tree.js";
import { dependencyIssues } from "../plan/admit-action.js";
import { actionGoalIssues, eventLinkIssues } from "../plan/links.js";
import { Instant } from "../schema/common.js";
import { parse } from "../schema/parse.js";
import { Partnership } from "../schema/partnership.js";
import { type Issue, ValidationError } from "../store/errors.js";
import { type KindDeclaration, type KindName, kinds } from "../store/kinds.js";
import { kindSchemas } from "../store/rules.js";

export const exchangeFormat = "cwd.partnership/v1";

/** The kinds an exchange document carries in arrays: all but the partnership, in registry order. */
type ArrayKind = Exclude<KindName, "partnerships">;
const arrayKinds = (Object.keys(kinds) as KindName[]).filter(
  (name): name is ArrayKind => name !== "partnerships",
);

type Field<K extends ArrayKind> = (typeof kinds)[K]["exchange"];
type Required<K extends ArrayKind> = (typeof kinds)[K] extends { exchangeRequired: true } ? K : never;
type ExchangeArrays = {
  [K in ArrayKind as Field<K>]: K extends Required<K>
    ? z.ZodMiniArray<(typeof kindSchemas)[K]>
    : z.ZodMiniOptional<z.ZodMiniArray<(typeof kindSchemas)[K]>>;
};

/** What an exchange document is made from: the partnership and, by exchange field, each kind's items. */
export type ExchangeContent = { partnership: Partnership; exportedAt: Date } & {
  [K in ArrayKind as Field<K>]?: readonly z.infer<(typeof kindSchemas)[K]>[];
};

/**
 * The exchange document (`cwd.partnership/v1`): a whole partnership with everything of every kind in
 * the registry, as one JSON file that other partnerships and tools can read. Each kind has its array
 * (`surveys`, `responses`, …), optional so that documents written before a kind existed stay valid.
 */
export const ExchangeDocument = z.object({
  format: z.literal(exchangeFormat),
  exportedAt: Instant,
  partnership: Partnership,
  ...(Object.fromEntries(
    arrayKinds.map((name) => {
      const kind: KindDeclaration = kinds[name];
      const items = z.array(kindSchemas[name] as z.ZodMiniType);
      return [kind.exchange, kind.exchangeRequired ? items : z.optional(items)];
    }),
  ) as ExchangeArrays),
});
export type ExchangeDocument = z.infer<typeof ExchangeDocument>;

/** The items of one kind in an exchange document (none when its array is absent). */
export function exchangeItems<K extends ArrayKind>(
  document: ExchangeDocument,
  kind: K,
): z.infer<(typeof kindSchemas)[K]>[] {
  return ((document as Record<string, unknown>)[kinds[kind].exchange] ?? []) as z.infer<
    (typeof kindSchemas)[K]
  >[];
}

/**
 * Reads an exchange document from parsed JSON, checking the format, each schema, and that everything
 * belongs to the partnership and refers to what the document holds (a response to one of its
 * surveys). Throws ValidationError naming each field.
 */
export function parseExchangeDocument(input: unknown): ExchangeDocument {
  const format = (input as { format?: unknown } | null)?.format;
  if (typeof format === "string" && format !== exchangeFormat) {
    throw new ValidationError([
      { path: "format", message: `${format} is not supported; expected ${exchangeFormat}` },
    ]);
  }
  const document = parse(ExchangeDocument, input);
  const issues: { path: string; message: string }[] = [];
  const idsOf = new Map<string, Set<string>>();
  const partnershipId = document.partnership.id;
  for (const name of arrayKinds) {
    const kind: KindDeclaration = kinds[name];
    const ids = new Set<string>();
    exchangeItems(document, name).forEach((item, i) => {
      const { id, partnershipId: itsPartnership } = item as { id: string; partnershipId: string };
      const at = `${kind.exchange}.${i}`;
      if (itsPartnership !== partnershipId)
        issues.push({ path: `${at}.partnershipId`, message: `must be ${partnershipId}` });
      if (kind.parent) {
        const parentId = (item as Record<string, unknown>)[kind.parent.field] as string;
        const parentKind: KindDeclaration = kinds[kind.parent.kind as KindName];
        if (!idsOf.get(kind.parent.kind)?.has(parentId)) {
          issues.push({
            path: `${at}.${kind.parent.field}`,
            message: `${parentId} is not a ${parentKind.noun} in this document`,
          });
        }
      }
      if (kind.type === "document" && ids.has(id)) {
        issues.push({ path: `${at}.id`, message: `${kind.noun} ${id} appears twice` });
      }
      ids.add(id);
    });
    idsOf.set(name, ids);
  }
  issues.push(...goalTreeIssues(exchangeItems(document, "goals"), exchangeItems(document, "indicators")));
  issues.push(...dependencyIssues(exchangeItems(document, "actions")));
  if (issues.length > 0) throw new ValidationError(issues);
  return document;
}

/**
 * Links a document holds that lead nowhere in it: an action serving a goal it does not carry, an
 * event's result linked to a goal or project it does not carry. Reported, not refused: stores have
 * never checked these links, so documents exported today may hold such links and must still import.
 *
 * @example
 * danglingLinks(document) // [{ path: "actions.0.goalId", message: "cel-9, the goal of action a, is not a goal in this document" }]
 */
export function danglingLinks(document: ExchangeDocument): Issue[] {
  const goals = exchangeItems(document, "goals");
  return [
    ...actionGoalIssues(exchangeItems(document, "actions"), goals),
    ...eventLinkIssues(exchangeItems(document, "events"), {
      goals,
      projects: exchangeItems(document, "projects"),
    }),
  ];
}

/**
 * Builds an exchange document from a partnership and the items of each kind (by exchange field);
 * versions are left out, as they belong to the store that wrote them. A kind not given is left out,
 * unless every document carries it.
 */
export function createExchangeDocument(content: ExchangeContent): ExchangeDocument {
  const arrays = Object.fromEntries(
    arrayKinds.flatMap((name) => {
      const kind: KindDeclaration = kinds[name];
      const items = (content as Record<string, unknown>)[kind.exchange] as
        | readonly { version?: number }[]
        | undefined;
      if (items === undefined) return kind.exchangeRequired ? [[kind.exchange, []]] : [];
      return [[kind.exchange, kind.type === "document" ? items.map(withoutVersion) : items]];
    }),
  );
  return {
    format: exchangeFormat,
    exportedAt: content.exportedAt.toISOString(),
    partnership: withoutVersion(content.partnership),
    ...arrays,
  } as ExchangeDocument;
}

function withoutVersion<T extends { version?: number }>(document: T): T {
  const { version: _version, ...rest } = document;
  return rest as T;
}
