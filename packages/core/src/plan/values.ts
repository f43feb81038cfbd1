import * as z from "zod/mini";

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
