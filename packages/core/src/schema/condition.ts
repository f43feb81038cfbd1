import * as z from "zod/mini";
import { DocumentId } from "./common.js";

const comparable = z.union([z.string().check(z.maxLength(64)), z.number(), z.boolean()]);

/** The question answered at all. */
const Answered = z.object({ op: z.literal("answered"), question: DocumentId });
/** The answer is this option id, number or yes/no; `not_equals` holds also when unanswered. */
const Equals = z.object({ op: z.literal("equals"), question: DocumentId, value: comparable });
const NotEquals = z.object({ op: z.literal("not_equals"), question: DocumentId, value: comparable });
/** A multiple choice or ranking answer holds this option. */
const Includes = z.object({ op: z.literal("includes"), question: DocumentId, value: DocumentId });
/** A number or scale answer above or below a value. */
const GreaterThan = z.object({ op: z.literal("greater_than"), question: DocumentId, value: z.number() });
const LessThan = z.object({ op: z.literal("less_than"), question: DocumentId, value: z.number() });

/**
 * When a question or section is shown (logika ankiety), as data rather than an expression in a
 * string, so the widget and the server decide it with the same function (`isShown`).
 *
 * @example
 * { op: "all", conditions: [{ op: "equals", question: "gmina", value: "gmina-klukowo" },
 *   { op: "not", condition: { op: "answered", question: "wiek" } }] }
 */
// The type is spelled out because a recursive schema cannot infer its own type.
export type Condition =
  | z.infer<typeof Answered>
  | z.infer<typeof Equals>
  | z.infer<typeof NotEquals>
  | z.infer<typeof Includes>
  | z.infer<typeof GreaterThan>
  | z.infer<typeof LessThan>
  | { op: "all"; conditions: Condition[] }
  | { op: "any"; conditions: Condition[] }
  | { op: "not"; condition: Condition };

export const Condition: z.ZodMiniType<Condition> = z.union([
  Answered,
  Equals,
  NotEquals,
  Includes,
  GreaterThan,
  LessThan,
  z.object({
    op: z.literal("all"),
    get conditions(): z.ZodMiniType<Condition[]> {
      return z.array(Condition).check(z.minLength(1), z.maxLength(50));
    },
  }),
  z.object({
    op: z.literal("any"),
    get conditions(): z.ZodMiniType<Condition[]> {
      return z.array(Condition).check(z.minLength(1), z.maxLength(50));
    },
  }),
  z.object({
    op: z.literal("not"),
    get condition(): z.ZodMiniType<Condition> {
      return Condition;
    },
  }),
]);
