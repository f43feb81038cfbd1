import {
  type ExchangeDocument,
  ForbiddenError,
  importPartnership,
  type KindDeclaration,
  kinds,
  parseExchangeDocument,
  type Store,
  UnavailableError,
} from "@cwd/core";
import { createMemoryStore } from "./memory.js";

/** Where a static store reads its exchange document: a URL (fetched once, on first use) or the document itself. */
export type StaticSource = { url: string | URL; fetch?: typeof fetch } | { document: unknown };

/**
 * A read-only Store over an exported exchange document (`cwd.partnership/v1`): a JSON file a
 * municipal site can host beside its pages, so a goal tree or a portrait can be shown with no server.
 * It holds only what the public may read: drafts and items of kinds read behind a role (survey
 * responses) are left out. Every write throws ForbiddenError. Safe in a browser (no Node imports).
 *
 * @example
 * const store = createStaticStore({ url: "/strategia/ziemia-wysokomazowiecka.cwd.json" });
 * const { items } = await store.list("goals", { partnershipId: "ziemia-wysokomazowiecka" });
 */
export function createStaticStore(source: StaticSource): Store {
  let loaded: Promise<Store> | undefined;
  const inner = () => {
    loaded ??= load(source).catch((error: unknown) => {
      loaded = undefined; // a failed fetch may be retried
      throw error;
    });
    return loaded;
  };
  const readOnly = () =>
    Promise.reject(new ForbiddenError("this store is a published file and cannot be written to"));
  return {
    get: async (collection, key) => (await inner()).get(collection, key),
    list: async (collection, query) => (await inner()).list(collection, query),
    put: readOnly,
    submit: readOnly,
    async listSubmissions(kind, query) {
      const declaration: KindDeclaration = kinds[kind];
      if (declaration.read !== "public")
        throw new ForbiddenError(`a published file holds no ${declaration.noun}s: they are not public`);
      return (await inner()).listSubmissions(kind, query);
    },
    async close() {
      const store = await loaded?.catch(() => undefined);
      await store?.close();
    },
  };
}

async function load(source: StaticSource): Promise<Store> {
  const document = publicPart(
    parseExchangeDocument("document" in source ? source.document : await download(source)),
  );
  const store = createMemoryStore();
  await importPartnership(store, document);
  return store;
}

async function download(source: { url: string | URL; fetch?: typeof fetch }): Promise<unknown> {
  const response = await (source.fetch ?? fetch)(source.url).catch((error: unknown) => {
    throw new UnavailableError(`cannot fetch ${source.url}: ${(error as Error).message}`);
  });
  if (!response.ok) throw new UnavailableError(`fetching ${source.url} answered ${response.status}`);
  return response.json();
}

/** The document without what the public may not read: items hidden from the public, kinds read behind a role. */
function publicPart(document: ExchangeDocument): ExchangeDocument {
  const copy: Record<string, unknown> = { ...document };
  for (const declaration of Object.values(kinds) as KindDeclaration[]) {
    const items = copy[declaration.exchange];
    if (declaration.exchange === "partnership" || !Array.isArray(items)) continue;
    const hidden = declaration.hiddenFromPublic;
    if (declaration.read !== "public") delete copy[declaration.exchange];
    else if (hidden)
      copy[declaration.exchange] = items.filter(
        (item) => !hidden.values.includes((item as Record<string, string>)[hidden.field] as string),
      );
  }
  return copy as ExchangeDocument;
}
