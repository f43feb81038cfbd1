import * as z from "zod/mini";
import { StrategySections } from "../goals/strategy.js";
import { checkTerc, memberKinds } from "../partnership/terc.js";
import { DocumentId, LocalisedText, Version, wellFormedText } from "./common.js";

/** A figure with the year it describes and where it comes from, so nobody mistakes 2019 data for today's. */
const SourcedFigure = <T extends z.ZodMiniType>(value: T) =>
  z.object({
    value,
    year: z.int().check(z.gte(1900, "must be a year from 1900 on"), z.lte(2100, "must be a year up to 2100")),
    source: z
      .string()
      .check(z.trim(), z.minLength(1, "the source is required"), z.maxLength(1000), wellFormedText),
    note: z.optional(z.string().check(z.maxLength(1000), wellFormedText)),
  });

/** Kind of local government (rodzaj JST), which decides the shape of its TERC code. */
export const MemberKind = z.enum(memberKinds);
export type MemberKind = z.infer<typeof MemberKind>;

/** A local government in the partnership (członek partnerstwa: gmina or powiat). */
export const Member = z
  .object({
    id: DocumentId,
    name: z
      .string()
      .check(z.trim(), z.minLength(1, "the name is required"), z.maxLength(200), wellFormedText),
    kind: MemberKind,
    terc: z.string(),
    /** Residents (ludność). */
    population: z.optional(SourcedFigure(z.int().check(z.gte(0, "cannot be negative")))),
    /** Area in km² (powierzchnia). */
    area: z.optional(SourcedFigure(z.number().check(z.positive("must be more than 0")))),
  })
  .check(
    z.superRefine((member, ctx) => {
      const problem = checkTerc(member.terc, member.kind);
      if (problem) ctx.issues.push({ code: "custom", message: problem, path: ["terc"], input: member.terc });
    }),
  );
export type Member = z.infer<typeof Member>;

/** A partnership of local governments (partnerstwo JST) taking part in CWD. */
export const Partnership = z
  .object({
    id: DocumentId,
    version: z.optional(Version),
    name: LocalisedText,
    voivodeship: z.object({
      name: z.string().check(z.minLength(1), z.maxLength(100), wellFormedText),
      terc: z.string().check(z.regex(/^\d{2}$/, "must be the 2-digit voivodeship TERC code")),
    }),
    members: z.array(Member).check(z.minLength(1, "a partnership has at least one member"), z.maxLength(500)),
    /** Its strategy's parts beyond the goal tree (spatial model, financing …), as far as written. */
    strategy: z.optional(StrategySections),
  })
  .check(
    z.superRefine((partnership, ctx) => {
      const seenIds = new Set<string>();
      const seenTerc = new Set<string>();
      partnership.members.forEach((member, i) => {
        if (seenIds.has(member.id)) {
          ctx.issues.push({
            code: "custom",
            message: `id ${member.id} is used twice`,
            path: ["members", i, "id"],
            input: member.id,
          });
        }
        if (seenTerc.has(member.terc)) {
          ctx.issues.push({
            code: "custom",
            message: `TERC ${member.terc} is used twice`,
            path: ["members", i, "terc"],
            input: member.terc,
          });
        }
        if (!member.terc.startsWith(partnership.voivodeship.terc)) {
          ctx.issues.push({
            code: "custom",
            message: `TERC ${member.terc} is not in voivodeship ${partnership.voivodeship.terc}`,
            path: ["members", i, "terc"],
            input: member.terc,
          });
        }
        seenIds.add(member.id);
        seenTerc.add(member.terc);
      });
    }),
  );
export type Partnership = z.infer<typeof Partnership>;
