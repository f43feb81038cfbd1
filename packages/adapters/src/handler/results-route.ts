import { NotFoundError, type Store, surveyResults, ValidationError } from "@cwd/core";
import type { Hono } from "hono";
import * as z from "zod/mini";
import { allowed, forbidden } from "./auth.js";
import { ApiError } from "./errors.js";
import { documentRoute } from "./openapi.js";
import type { HandlerEnv } from "./routes.js";
import { validate } from "./schemas.js";

/** The smallest crosstab cell the public sees: a request may ask for more suppression, never less. */
const publicK = 5;

const ResultsQuery = z.object({
  by: z.optional(z.string()),
  weighted: z.optional(z.enum(["true", "false"])),
  k: z.optional(z.coerce.number().check(z.int(), z.gte(1, "must be 1 or more"), z.lte(1000))),
  /** Only respondents whose answer to this choice or member question is, or includes, `equals`. */
  where: z.optional(z.string()),
  equals: z.optional(z.string()),
});

/** Documented loosely: the fields depend on the survey's questions (see `SurveyResults` in @cwd/core). */
const ResultsDocument = z.looseObject({
  surveyId: z.string(),
  respondents: z.int(),
  questions: z.record(z.string(), z.unknown()),
});

/**
 * `GET /partnerships/{pid}/surveys/{sid}/results`: the results document. Public once the survey is
 * closed or its results are published, with crosstab cells under 5 suppressed (and, filtered by
 * `where`/`equals`, every figure on fewer than 5); callers who may read raw responses see it any time
 * and may choose a smaller k.
 */
export function addResultsRoute(app: Hono<HandlerEnv>, store: Store): void {
  app.get(
    "/partnerships/:pid/surveys/:sid/results",
    documentRoute({
      summary: "The results of a survey (public when closed or published; crosstab cells under k suppressed)",
      auth: "optional",
      params: ["pid", "sid"],
      ok: [200, "The results document", ResultsDocument],
      errors: [400, 401, 403, 404],
    }),
    validate("query", ResultsQuery),
    async (c) => {
      const pid = c.req.param("pid");
      const sid = c.req.param("sid");
      const query = c.req.valid("query");
      const insider = allowed(c.get("principal"), "readResponses", pid);
      const survey = await store.get("surveys", { partnershipId: pid, id: sid });
      if (!insider) {
        if (survey.status === "draft") throw new NotFoundError(`survey ${sid} not found`);
        if (survey.status !== "closed" && !survey.resultsPublished) {
          const principal = c.get("principal");
          if (principal) throw forbidden(principal, "readResponses", pid);
          throw new ApiError(
            401,
            "unauthorized",
            `the results of survey ${sid} are not published while it is open; send a token whose role may read responses`,
          );
        }
      }
      const k = insider ? query.k : Math.max(query.k ?? publicK, publicK);
      if ((query.where === undefined) !== (query.equals === undefined))
        throw new ValidationError([{ path: "where", message: "where and equals go together" }]);
      const where =
        query.where === undefined ? undefined : { question: query.where, option: query.equals as string };
      c.header("Cache-Control", insider ? "no-store" : "public, max-age=60");
      return c.json(
        await surveyResults(store, pid, sid, {
          by: query.by,
          k,
          weighted: query.weighted !== "false",
          where,
        }),
      );
    },
  );
}
