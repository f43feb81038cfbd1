import * as z from "zod/mini";
import { type KindName, kinds } from "../store/kinds.js";
import { kindSchemas } from "../store/rules.js";
import { ExchangeDocument } from "./exchange.js";

/**
 * JSON Schema (draft 2020-12) of each published format, generated from the zod schemas, for tools in
 * other languages: one per kind of the registry (named by its `schemaName`) and the exchange document.
 * Rules that JSON Schema cannot express (TERC code against member kind, unique ids) are checked only
 * by `parse`.
 */
export function jsonSchemas(): Record<string, object> {
  const published: [string, z.ZodMiniType][] = [
    ...(Object.keys(kinds) as KindName[]).map((name): [string, z.ZodMiniType] => [
      kinds[name].schemaName,
      kindSchemas[name],
    ]),
    ["exchange-document", ExchangeDocument],
  ];
  return Object.fromEntries(
    published.map(([name, schema]) => [
      name,
      { $id: `urn:cwd:schema:${name}:v1`, ...z.toJSONSchema(schema, { io: "input" }) },
    ]),
  );
}
