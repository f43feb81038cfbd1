import * as z from "zod/mini";
import { CalendarDate, DocumentId, LocalisedText, Money, Version } from "../schema/common.js";
import { actionStatuses } from "./vocabulary.js";

export const ActionStatus = z.enum(actionStatuses);
export type ActionStatus = z.infer<typeof ActionStatus>;

/** A milestone of an action (kamień milowy): a dated step that can be reached. */
export const Milestone = z.object({
  title: LocalisedText,
  date: CalendarDate,
  reached: z.optional(z.boolean()),
});
export type Milestone = z.infer<typeof Milestone>;

/**
 * An action of the partnership's joint plan (działanie planu wspólnych działań): who leads it, with
 * which members, from when to when, after which other actions (finish-to-start), and for how much.
 */
export const PlanAction = z
  .object({
    id: DocumentId,
    partnershipId: DocumentId,
    version: z.optional(Version),
    title: LocalisedText,
    description: z.optional(LocalisedText),
    /** The goal or direction of action it serves. */
    goalId: DocumentId,
    /** The member that leads it. */
    lead: DocumentId,
    /** Other members taking part. */
    partners: z.optional(z.array(DocumentId).check(z.maxLength(500))),
    start: CalendarDate,
    /** The last planned day, included. */
    end: CalendarDate,
    /** Actions that must finish before this one starts. */
    dependsOn: z.optional(z.array(DocumentId).check(z.maxLength(500))),
    milestones: z.optional(z.array(Milestone).check(z.maxLength(100))),
    budget: z.optional(Money),
    status: ActionStatus,
  })
  .check(
    z.superRefine((action, ctx) => {
      if (action.end < action.start)
        ctx.issues.push({
          code: "custom",
          message: `must not be before start ${action.start}`,
          path: ["end"],
          input: action.end,
        });
      (action.dependsOn ?? []).forEach((id, i) => {
        if (id === action.id)
          ctx.issues.push({
            code: "custom",
            message: "an action cannot depend on itself",
            path: ["dependsOn", i],
            input: id,
          });
      });
    }),
  );
export type PlanAction = z.infer<typeof PlanAction>;
