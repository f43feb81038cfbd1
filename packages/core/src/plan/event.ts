import * as z from "zod/mini";
import { DocumentId, LocalisedText, Version, wellFormedText } from "../schema/common.js";
import { WarsawDateTime } from "./values.js";
import { eventKinds } from "./vocabulary.js";

export const EventKind = z.enum(eventKinds);
export type EventKind = z.infer<typeof EventKind>;

/** What a result of an event is linked to. */
export const resultTargets = ["goal", "project", "comment"] as const;

/** A result an event produced, linked to the goals, projects or comments it fed. */
export const EventResult = z.object({
  summary: LocalisedText,
  links: z.optional(
    z.array(
      z.object({
        kind: z.enum(resultTargets),
        id: z.string().check(z.minLength(1), z.maxLength(64), wellFormedText),
      }),
    ),
  ),
});
export type EventResult = z.infer<typeof EventResult>;

/**
 * An event of the participation calendar (kalendarz partycypacji): a strategic workshop, an
 * interview, a debate, a meeting or a consultation meeting, at a time in Europe/Warsaw, in a place
 * or online. With `signups` residents may sign up without an account, up to `capacity` of them.
 */
export const PlanEvent = z
  .object({
    id: DocumentId,
    partnershipId: DocumentId,
    version: z.optional(Version),
    kind: EventKind,
    title: LocalisedText,
    start: WarsawDateTime,
    end: WarsawDateTime,
    place: z.optional(LocalisedText),
    onlineUrl: z.optional(z.url({ protocol: /^https?$/, error: "must be an http(s) address" })),
    audience: z.optional(LocalisedText),
    agenda: z.optional(z.array(LocalisedText).check(z.maxLength(100))),
    /** The members that host it. */
    members: z.optional(z.array(DocumentId).check(z.maxLength(500))),
    /** Present when residents may sign up. */
    signups: z.optional(
      z.object({
        /** How many may sign up; no limit when absent. */
        capacity: z.optional(z.int().check(z.gte(1, "must be 1 or more"))),
        /** The information clause (klauzula informacyjna, art. 13 RODO) shown before signing up. */
        informationClause: LocalisedText,
      }),
    ),
    /** Written afterwards. */
    notes: z.optional(LocalisedText),
    results: z.optional(z.array(EventResult).check(z.maxLength(100))),
  })
  .check(
    z.superRefine((event, ctx) => {
      if (event.end <= event.start)
        ctx.issues.push({
          code: "custom",
          message: `must be after start ${event.start}`,
          path: ["end"],
          input: event.end,
        });
      if (!event.place && !event.onlineUrl)
        ctx.issues.push({
          code: "custom",
          message: "give a place or an online link",
          path: ["place"],
          input: event.place,
        });
    }),
  );
export type PlanEvent = z.infer<typeof PlanEvent>;
