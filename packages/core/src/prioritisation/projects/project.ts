import * as z from "zod/mini";
import {
  CalendarDate,
  DocumentId,
  LocalisedText,
  Money,
  Version,
  wellFormedText,
} from "../../schema/common.js";
import { projectStatuses } from "../vocabulary.js";

/** A calendar day, `2026-11-27`. */

const name = z.string().check(z.trim(), z.minLength(1, "is required"), z.maxLength(200), wellFormedText);

/** How far a project is from starting: an idea, a concept, a technical design, or permits in hand. */
export const ProjectReadiness = z.enum(["idea", "concept", "design", "permits"]);
export type ProjectReadiness = z.infer<typeof ProjectReadiness>;

/** Where a project stands in the partnership's choice and after it. */
export const ProjectStatus = z.enum(projectStatuses);
export type ProjectStatus = z.infer<typeof ProjectStatus>;

/** An advisor's opinion on a project (opinia doradcy): analysis, recommendation, author, date. */
export const ProjectOpinion = z.object({
  analysis: LocalisedText,
  recommendation: z.enum(["recommend", "recommend-with-changes", "do-not-recommend"]),
  author: name,
  date: CalendarDate,
});
export type ProjectOpinion = z.infer<typeof ProjectOpinion>;

/** An application for funds (wniosek o dofinansowanie) to one call of a programme. */
export const FundingApplication = z.object({
  /** The programme, e.g. `FEdP 2021-2027` (Fundusze Europejskie dla Podlaskiego). */
  programme: name,
  /** The call (nabór), e.g. `FEPD.07.01-IZ.00-001/25`. */
  call: name,
  deadline: CalendarDate,
  amountRequested: Money,
  /** The applicant's own contribution (wkład własny), in % of the eligible cost. */
  coFinancingShare: z.number().check(z.gte(0, "must be 0 or more"), z.lte(100, "must be at most 100 (%)")),
  status: z.enum(["planned", "submitted", "under-evaluation", "approved", "rejected", "contract-signed"]),
});
export type FundingApplication = z.infer<typeof FundingApplication>;

/** A project of the partnership (projekt, e.g. a candidate key project), led by one member with others. */
export const Project = z
  .object({
    id: DocumentId,
    partnershipId: DocumentId,
    version: z.optional(Version),
    title: LocalisedText,
    description: z.optional(LocalisedText),
    /** Member ids from the partnership document: the leader (lider) and its partners. */
    leadMemberId: DocumentId,
    partnerMemberIds: z.array(DocumentId).check(z.maxLength(500)),
    estimatedCost: Money,
    /** The goals it serves, by their ids in the goal tree. */
    goalIds: z.array(DocumentId).check(z.maxLength(100)),
    readiness: ProjectReadiness,
    timeline: z.object({ start: CalendarDate, end: CalendarDate }),
    status: ProjectStatus,
    opinions: z.array(ProjectOpinion).check(z.maxLength(100)),
    funding: z.array(FundingApplication).check(z.maxLength(20)),
    /** Demonstration data, not a real project: shown with a "sample" mark. */
    sample: z.optional(z.boolean()),
  })
  .check(
    z.superRefine((project, ctx) => {
      const issue = (path: (string | number)[], message: string, input: unknown) =>
        ctx.issues.push({ code: "custom", message, path, input });
      if (project.timeline.end < project.timeline.start)
        issue(["timeline", "end"], "must not be before the start", project.timeline.end);
      project.partnerMemberIds.forEach((id, i) => {
        if (id === project.leadMemberId) issue(["partnerMemberIds", i], `${id} is the lead member`, id);
        else if (project.partnerMemberIds.indexOf(id) < i)
          issue(["partnerMemberIds", i], `${id} is listed twice`, id);
      });
      project.funding.forEach((application, i) => {
        if (application.amountRequested.currency !== project.estimatedCost.currency)
          issue(
            ["funding", i, "amountRequested", "currency"],
            `must be the estimated cost's currency (${project.estimatedCost.currency})`,
            application.amountRequested.currency,
          );
      });
    }),
  );
export type Project = z.infer<typeof Project>;
