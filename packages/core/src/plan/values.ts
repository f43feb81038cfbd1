import * as z from "zod/mini";

/** A calendar day, `YYYY-MM-DD`, with no time and no time zone (dzień kalendarzowy). */
export const CalendarDate = z.iso.date({ error: "must be a date written YYYY-MM-DD" });
export type CalendarDate = z.infer<typeof CalendarDate>;

/**
 * A wall-clock time in Europe/Warsaw, `YYYY-MM-DDTHH:mm` (czas lokalny): what a notice says, so that
 * a meeting at 18:00 stays at 18:00 whichever side of the daylight-saving change it falls on.
 */
export const WarsawDateTime = z
  .string()
  .check(
    z.regex(
      /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d$/,
      "must be a Warsaw wall-clock time written YYYY-MM-DDTHH:mm",
    ),
  );
export type WarsawDateTime = z.infer<typeof WarsawDateTime>;

/** An amount of money in integer grosze (1/100 of the currency) and its ISO 4217 currency. */
export const Money = z.object({
  amount: z.int().check(z.gte(0, "cannot be negative")),
  currency: z.string().check(z.regex(/^[A-Z]{3}$/, "must be a 3-letter ISO 4217 code such as PLN")),
});
export type Money = z.infer<typeof Money>;
