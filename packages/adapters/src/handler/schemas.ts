import {
  DocumentId,
  type KindName,
  kindSchemas,
  kinds,
  maxPageSize,
  parse,
  ValidationError,
} from "@cwd/core";
import type { ValidationTargets } from "hono/types";
import { validator } from "hono-openapi";
import * as z from "zod/mini";
import { AuditEntry, IssuedToken, TokenGrant, TokenInfo } from "../tokens/schemas.js";
import { ErrorBody } from "./errors.js";

/**
 * The named schemas of the OpenAPI document. A registry of our own (not zod's global one) so that
 * importing the handler changes nothing for other users of the core schemas.
 */
export const components = z.registry<{ id: string }>();
components.add(DocumentId, { id: "DocumentId" });
// Each kind's schema by its JSON Schema name in PascalCase: survey-response → SurveyResponse.
for (const name of Object.keys(kinds) as KindName[]) {
  const id = kinds[name].schemaName.replace(/(^|-)([a-z])/g, (_m, _dash, letter: string) =>
    letter.toUpperCase(),
  );
  components.add(kindSchemas[name] as z.ZodMiniType, { id });
}
components.add(ErrorBody, { id: "Error" });
components.add(TokenGrant, { id: "TokenGrant" });
components.add(TokenInfo, { id: "TokenInfo" });
components.add(IssuedToken, { id: "IssuedToken" });
components.add(AuditEntry, { id: "AuditEntry" });

/** Options for hono-openapi's resolver and validator: named schemas become `$ref`s to components. */
export const schemaOptions = {
  options: { metadata: components, uri: (id: string) => `#/components/schemas/${id}` },
};

const limitMessage = `must be a whole number from 1 to ${maxPageSize}`;

/** `cursor` and `limit` of every list; query values are text, so the limit is read as a number. */
export const pageParams = {
  cursor: z.optional(z.string()),
  limit: z.optional(
    z.coerce
      .number({ error: limitMessage })
      .check(z.int({ error: limitMessage }), z.gte(1, limitMessage), z.lte(maxPageSize, limitMessage)),
  ),
};

export const PartnershipListQuery = z.object(pageParams);

/** A page of a list, as `Store.list` returns it. */
export function pageSchema<T extends z.ZodMiniType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.optional(z.string()) });
}

export const Health = z.object({ ok: z.literal(true) });

/**
 * hono-openapi's validator (which also documents the input) with failures turned into the core
 * ValidationError, re-parsed by core `parse` so that messages and field paths are exactly those any
 * Store gives for the same input.
 */
export function validate<T extends keyof ValidationTargets, S extends z.ZodMiniType>(target: T, schema: S) {
  return validator(
    target,
    schema,
    (result) => {
      if (result.success) return;
      parse(schema, result.data);
      // Unreachable unless the two parses disagree; still answer in our shape, never with the default.
      throw new ValidationError([{ path: "", message: "is not valid" }]);
    },
    schemaOptions,
  );
}
