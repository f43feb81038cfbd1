import * as z from "zod/mini";

/** An ISO 4217 currency code (`PLN`, `EUR`). */
export const Currency = z.string().check(z.regex(/^[A-Z]{3}$/, "must be a three-letter currency code (PLN)"));

/** An amount of money in hundredths of the currency unit (grosze for PLN, cents for EUR), so that sums stay exact. */
export const Money = z.object({
  amount: z.int().check(z.gte(0, "cannot be negative"), z.lte(Number.MAX_SAFE_INTEGER, "is too large")),
  currency: Currency,
});
export type Money = z.infer<typeof Money>;
